package fr.mutualis.portal.reuse;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The geometry of a horizontal SVG gauge of 0–100 % drawn by the template (viewBox 0 0 200 24): the width of the bar
 * and the position of the target mark, both in viewBox units. The figures themselves are in the table beside it.
 *
 * @param value the percentage, or null when there is no figure
 * @param target the target percentage, or null when no target applies
 * @param barWidth the bar's width (0–200)
 * @param targetX the target mark's x (0–200), or -1 without a target
 */
public record Gauge(@Nullable BigDecimal value, @Nullable BigDecimal target, double barWidth, double targetX) {

	static final double WIDTH = 200;

	static Gauge of(@Nullable BigDecimal value, @Nullable BigDecimal target) {
		return new Gauge(value, target, scale(value), (target != null) ? scale(target) : -1);
	}

	public boolean hasTarget() {
		return this.targetX >= 0;
	}

	public boolean reached() {
		return this.value != null && this.target != null && this.value.compareTo(this.target) >= 0;
	}

	private static double scale(@Nullable BigDecimal percent) {
		if (percent == null) {
			return 0;
		}
		double clamped = Math.max(0, Math.min(100, percent.doubleValue()));
		return Math.round(clamped * WIDTH) / 100.0;
	}

}

package fr.mutualis.portal.reuse;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One line of the purchases ledger, amounts in euros excluding VAT. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Purchase(String id, int year, String category, int quantity, BigDecimal amount, boolean fromReuse,
		boolean recycledContent, @Nullable String supplier) {

	/** The ledger as the api answers it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Ledger(List<Purchase> items) {

		public Ledger {
			items = (items != null) ? List.copyOf(items) : List.of();
		}

	}

}

package fr.mutualis.api.reuse;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A lot as an authority declares it. */
public record LotDraft(EquipmentCategory category, int quantity, BigDecimal averageAgeYears, LotCondition condition,
        boolean dataErasureRequired, boolean classifiedData, String departmentCode, LotDestination destination,
        String description, LocalDate retiredOn) {
}

package fr.mutualis.api.reuse;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the purchases ledger: amounts in euros excluding VAT. */
public record Purchase(UUID id, int year, EquipmentCategory category, int quantity, BigDecimal amount,
        boolean fromReuse, boolean recycledContent, String supplier, @Nullable UUID partnerId) {
}

package fr.mutualis.api.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** EMBODIED_CO2_PER_AGENT from the device inventory and the current footprint factors. */
@Component
class EmbodiedCarbon implements ComputedIndicator {

    private final InventoryRows inventories;

    EmbodiedCarbon(InventoryRows inventories) {
        this.inventories = inventories;
    }

    @Override
    public String code() {
        return "EMBODIED_CO2_PER_AGENT";
    }

    @Override
    public String formula() {
        return "Somme, pour chaque catégorie de l'inventaire de l'année, de : nombre d'unités × facteur d'empreinte "
                + "de fabrication (kgCO2e) ÷ durée de vie (années), avec les facteurs en vigueur ; rapportée au nombre "
                + "d'agents pour la comparaison.";
    }

    @Override
    public Mono<Optional<BigDecimal>> compute(UUID tenantId, int year) {
        return inventories.embodiedCarbon(tenantId, year).map(Optional::of).defaultIfEmpty(Optional.empty());
    }
}

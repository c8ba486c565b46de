package fr.mutualis.api.reuse;

import fr.mutualis.api.indicator.ComputedIndicator;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The four reuse indicators of the catalogue, computed from the lots and purchases of this module (the same figures
 * as the compliance report).
 */
@Configuration(proxyBeanMethods = false)
class ReuseIndicators {

    @Bean
    ComputedIndicator reusePurchaseShare(ReuseFigures figures) {
        return new FromFigures("REUSE_PURCHASE_SHARE", "Montant HT des achats issus du réemploi ÷ montant HT des "
                + "achats d'équipements numériques de l'année × 100 (registre des achats)", figures,
                ReuseFigures.Yearly::reusePurchaseShare);
    }

    @Bean
    ComputedIndicator recycledPurchaseShare(ReuseFigures figures) {
        return new FromFigures("RECYCLED_PURCHASE_SHARE", "Montant HT des achats intégrant des matières recyclées ÷ "
                + "montant HT des achats d'équipements numériques de l'année × 100 (registre des achats)", figures,
                ReuseFigures.Yearly::recycledPurchaseShare);
    }

    @Bean
    ComputedIndicator retiredReuseRate(ReuseFigures figures) {
        return new FromFigures("RETIRED_REUSE_RATE", "A ÷ B × 100, A = unités orientées vers le réemploi dans l'année, "
                + "B = unités réformées en stock au 1er janvier (décret n° 2023-266, lots déclarés)", figures,
                ReuseFigures.Yearly::retiredReuseRate);
    }

    @Bean
    ComputedIndicator localRefurbShare(ReuseFigures figures) {
        return new FromFigures("LOCAL_REFURB_SHARE", "Unités remises dans l'année à des partenaires de l'ESS ou du "
                + "département du lot ÷ unités remises dans l'année × 100 (lots)", figures,
                ReuseFigures.Yearly::localRefurbShare);
    }

    /** One of the yearly figures, as an indicator value; empty when the figure cannot be computed. */
    record FromFigures(String code, String formula, ReuseFigures figures, Function<ReuseFigures.Yearly, BigDecimal> pick)
            implements ComputedIndicator {

        @Override
        public Mono<Optional<BigDecimal>> compute(UUID tenantId, int year) {
            return figures.of(tenantId, year).map(yearly -> Optional.ofNullable(pick.apply(yearly)))
                    .defaultIfEmpty(Optional.empty());
        }
    }
}

package fr.mutualis.api.indicator.web;

import fr.mutualis.api.indicator.Comparison;
import fr.mutualis.api.indicator.Distribution;
import fr.mutualis.api.indicator.PeerComparison;
import fr.mutualis.api.indicator.PeerGroup;
import fr.mutualis.api.indicator.SeriesPoint;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Indicators")
class ComparisonController {

    private final PeerComparison comparison;
    private final AuthorityAccess access;

    ComparisonController(PeerComparison comparison, AuthorityAccess access) {
        this.comparison = comparison;
        this.access = access;
    }

    @GetMapping("/api/v1/authorities/{slug}/comparisons/{code}")
    @Operation(summary = "The authority among its peers for an indicator and a year (members)",
            description = "peers: KIND, REGION, POPULATION_BAND or ALL (default). Statistics of values that are not "
                    + "confidential, computed by PostgreSQL; below 3 values only the count. rank 1 is the best. "
                    + "Without year: the latest year the authority has a value for, else last year.")
    Mono<ComparisonResponse> compare(@PathVariable String slug, @PathVariable String code, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "ALL") PeerGroup peers) {
        return comparison.compare(slug, code, year, peers).map(ComparisonResponse::of);
    }

    @GetMapping("/api/v1/authorities/{slug}/comparisons/{code}/series")
    @Operation(summary = "The authority's values and its peers' median over the years (members)",
            description = "from and to default to the last ten years; at most 30 years.")
    Mono<SeriesResponse> series(@PathVariable String slug, @PathVariable String code,
            @RequestParam(defaultValue = "ALL") PeerGroup peers, @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to) {
        int last = to == null ? Year.now().getValue() : to;
        int first = from == null ? last - 9 : from;
        return access.within(slug, Role.VIEWER, tenant -> comparison.series(tenant, code, first, last, peers))
                .map(points -> new SeriesResponse(code, peers, points));
    }

    /** The contract's comparison, plus the indicator it is about. */
    record ComparisonResponse(IndicatorResponse indicator, int year, PeerGroup peers, @Nullable BigDecimal value,
            @Nullable BigDecimal normalizedValue, boolean confidential, Distribution peerGroup, @Nullable Long rank,
            @Nullable BigDecimal percentile) {

        static ComparisonResponse of(Comparison c) {
            return new ComparisonResponse(IndicatorResponse.of(c.indicator()), c.year(), c.peers(), c.value(),
                    c.normalizedValue(), c.confidential(), c.peerGroup(), c.rank(), c.percentile());
        }
    }

    /** A time series of one indicator. */
    record SeriesResponse(String indicator, PeerGroup peers, List<SeriesPoint> points) {
    }
}

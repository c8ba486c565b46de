package fr.mutualis.api.practice;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Searches the published practices of the network: ranked, with excerpts, facets and a cursor. */
@Service
public class PracticeSearch {

    private final SearchRows rows;
    private final Tenancy tenancy;

    PracticeSearch(SearchRows rows, Tenancy tenancy) {
        this.rows = rows;
        this.tenancy = tenancy;
    }

    public Mono<PracticeResults> search(@Nullable Caller caller, PracticeQuery query, @Nullable String cursor,
            int limit) {
        Position after = cursor == null ? null : Position.of(Page.decode(cursor));
        TenantContext context = caller == null ? Practices.anonymous() : TenantContext.of(caller);
        Mono<List<PracticeHit>> hits = tenancy.runMany(context, () -> rows.page(query,
                after == null ? null : after.rank(), after == null ? null : after.id(), limit + 1)).collectList();
        Mono<List<SearchRows.FacetRow>> facets = tenancy.runMany(context, () -> rows.facets(query)).collectList();
        return Mono.zip(hits, facets).map(found -> results(found.getT1(), found.getT2(), limit));
    }

    private static PracticeResults results(List<PracticeHit> hits, List<SearchRows.FacetRow> facetRows, int limit) {
        Page<PracticeHit> page = Page.of(hits, limit, hit -> hit.rank() + "|" + hit.id());
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        long total = 0;
        for (String name : List.of("theme", "authorityKind", "region")) {
            facets.put(name, facetRows.stream().filter(row -> row.facet().equals(name) && row.value() != null)
                    .map(row -> new Facet(row.value(), row.count())).toList());
        }
        for (SearchRows.FacetRow row : facetRows) {
            total = row.facet().equals("total") ? row.count() : total;
        }
        return new PracticeResults(page.items(), page.nextCursor(), total, facets);
    }

    private record Position(float rank, UUID id) {

        static Position of(String key) {
            String[] parts = key.split("\\|", 2);
            try {
                return new Position(Float.parseFloat(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidCursor();
            }
        }
    }
}

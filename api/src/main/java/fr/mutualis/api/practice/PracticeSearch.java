package fr.mutualis.api.practice;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        return tenancy.runMany(context, () -> rows.search(query, after == null ? null : after.rank(),
                        after == null ? null : after.id(), limit + 1))
                .collectList()
                .map(found -> results(found, limit));
    }

    private static PracticeResults results(List<SearchRows.Row> rows, int limit) {
        List<PracticeHit> hits = rows.stream().map(SearchRows.Row::hit).filter(Objects::nonNull).toList();
        Page<PracticeHit> page = Page.of(hits, limit, hit -> hit.rank() + "|" + hit.id());
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        List.of("theme", "authorityKind", "region").forEach(name -> facets.put(name, new ArrayList<>()));
        long total = 0;
        for (String entry : rows.isEmpty() ? List.<String>of() : rows.getFirst().facets()) {
            String[] parts = entry.split("\\|", 3);
            if (parts[0].equals("total")) {
                total = Long.parseLong(parts[2]);
            } else if (!parts[1].isEmpty()) {
                facets.get(parts[0]).add(new Facet(parts[1], Long.parseLong(parts[2])));
            }
        }
        facets.values().forEach(list -> list.sort(Comparator.comparingLong(Facet::count).reversed()
                .thenComparing(Facet::value)));
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

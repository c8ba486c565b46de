package fr.mutualis.api.practice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start when the database cannot use the index of the library's search under row-level security: every
 * search with words then reads every practice (tens of milliseconds each per 10,000 practices). A superuser's
 * statement fixes it (ADR 0019, docs/operations.md); the answers are the same either way.
 */
@Component
class SearchIndexCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexCheck.class);

    private final SearchRows rows;

    SearchIndexCheck(SearchRows rows) {
        this.rows = rows;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        rows.searchIndexUsable().subscribe(usable -> {
            if (!usable) {
                LOG.warn("The library's search cannot use its full-text index under row-level security: as the "
                        + "database superuser, run ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF "
                        + "in this database (ADR 0019, docs/operations.md)");
            }
        }, failure -> LOG.warn("Could not check the full-text index of the library's search", failure));
    }
}

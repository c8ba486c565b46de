package fr.mutualis.api.practice;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Remembers, per person and on the server, when they last looked at what is new in the network. Views less than an
 * hour apart belong to the same visit, so reloading the page does not empty it; a new visit moves the baseline.
 */
@Service
public class NetworkVisits {

    /** A first visit compares with the last 30 days; {@code xmax = 0} tells a row just inserted. */
    private static final String RECORD = """
            INSERT INTO network_visit AS v (user_id, previous_visit_at, last_visit_at)
            VALUES (app_user(), now() - interval '30 days', now())
            ON CONFLICT (user_id) DO UPDATE SET
                previous_visit_at = CASE WHEN v.last_visit_at < now() - interval '1 hour' THEN v.last_visit_at
                                         ELSE v.previous_visit_at END,
                last_visit_at = now()
            RETURNING previous_visit_at AS since, last_visit_at, xmax = 0 AS first_visit""";

    private final DatabaseClient database;
    private final Tenancy tenancy;

    NetworkVisits(DatabaseClient database, Tenancy tenancy) {
        this.database = database;
        this.tenancy = tenancy;
    }

    /** Records a view of the page now and answers the baseline to compare with. */
    public Mono<NetworkVisit> record(Caller caller) {
        return tenancy.run(TenantContext.of(caller), () -> database.sql(RECORD)
                .map(row -> new NetworkVisit(row.get("since", OffsetDateTime.class),
                        row.get("last_visit_at", OffsetDateTime.class),
                        Boolean.TRUE.equals(row.get("first_visit", Boolean.class))))
                .one());
    }
}

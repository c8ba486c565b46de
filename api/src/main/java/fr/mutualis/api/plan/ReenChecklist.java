package fr.mutualis.api.plan;

import fr.mutualis.api.shared.tenancy.Tenancy;
import io.r2dbc.spi.Readable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Which of the six REEN strategy themes a plan covers. A theme is covered when at least one (not abandoned) action
 * counts towards it, one of them states an objective, and one has a linked indicator with a target. The mapping from
 * plan themes to REEN themes is data (migration V3, tables {@code reen_theme} and {@code reen_theme_mapping}).
 */
@Service
public class ReenChecklist {

    private static final String COVERAGE = """
            SELECT r.code, r.label_fr, r.source,
                   array(SELECT m2.plan_theme FROM reen_theme_mapping m2 WHERE m2.reen_theme = r.code
                         ORDER BY m2.plan_theme) AS plan_themes,
                   count(a.id)::integer AS actions,
                   coalesce(bool_or(btrim(coalesce(a.objective, '')) <> ''), false) AS objective,
                   coalesce(bool_or(EXISTS (SELECT 1 FROM plan_action_indicator i WHERE i.tenant_id = a.tenant_id
                                            AND i.action_id = a.id AND i.target IS NOT NULL)), false) AS indicator
            FROM reen_theme r
            LEFT JOIN reen_theme_mapping m ON m.reen_theme = r.code
            LEFT JOIN plan_action a ON a.theme = m.plan_theme AND a.tenant_id = $1 AND a.plan_id = $2
                                   AND a.status <> 'ABANDONED'
            GROUP BY r.code, r.label_fr, r.source, r.position
            ORDER BY r.position""";

    private final DatabaseClient database;
    private final PlanRows plans;
    private final Tenancy tenancy;

    ReenChecklist(DatabaseClient database, PlanRows plans, Tenancy tenancy) {
        this.database = database;
        this.plans = plans;
        this.tenancy = tenancy;
    }

    public Mono<ReenCoverage> coverage(PlanReader reader, UUID planId) {
        return tenancy.run(reader.context(), () -> plans.find(reader.tenantId(), planId, reader.member())
                .switchIfEmpty(Mono.error(() -> new PlanNotFound("plan " + planId)))
                .thenMany(database.sql(COVERAGE).bind("$1", reader.tenantId()).bind("$2", planId)
                        .map(ReenChecklist::theme).all())
                .collectList())
                .map(themes -> new ReenCoverage((int) themes.stream().filter(ReenCoverage.ThemeCoverage::covered)
                        .count(), themes.size(), themes));
    }

    private static ReenCoverage.ThemeCoverage theme(Readable row) {
        int actions = row.get("actions", Integer.class);
        boolean objective = Boolean.TRUE.equals(row.get("objective", Boolean.class));
        boolean indicator = Boolean.TRUE.equals(row.get("indicator", Boolean.class));
        List<String> missing = new ArrayList<>();
        if (actions == 0) {
            missing.add("ACTION");
        }
        if (!objective) {
            missing.add("OBJECTIVE");
        }
        if (!indicator) {
            missing.add("INDICATOR_TARGET");
        }
        String[] planThemes = row.get("plan_themes", String[].class);
        return new ReenCoverage.ThemeCoverage(row.get("code", String.class), row.get("label_fr", String.class),
                row.get("source", String.class),
                planThemes == null ? List.of() : Arrays.stream(planThemes).map(Theme::valueOf).toList(), actions,
                objective, indicator, List.copyOf(missing));
    }
}

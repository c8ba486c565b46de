package fr.mutualis.api.plan;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A plan imported from a CSV file in one statement (a thousand actions in one round trip), or not at all. */
@Service
public class PlanImports {

    private static final String INSERT_ACTIONS = """
            INSERT INTO plan_action (tenant_id, id, plan_id, title, description, objective, theme, status, priority,
                                     start_date, due_date, pilot, budget, progress)
            SELECT $1, u.id::uuid, $2, u.title, u.description, u.objective, u.theme, u.status, u.priority,
                   u.start_date::date, u.due_date::date, u.pilot, u.budget::numeric, u.progress::integer
            FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                        $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
                 AS u(id, title, description, objective, theme, status, priority, start_date, due_date, pilot, budget,
                      progress)""";

    private static final String INSERT_HISTORY = """
            INSERT INTO plan_action_change (tenant_id, id, action_id, actor_id, actor_name, kind)
            SELECT $1, u.id::uuid, u.action_id::uuid, $2, $3, 'IMPORTED'
            FROM unnest($4::text[], $5::text[]) AS u(id, action_id)""";

    private final DatabaseClient database;
    private final PlanRows planRows;
    private final Tenancy tenancy;
    private final AuditLog audit;

    PlanImports(DatabaseClient database, PlanRows planRows, Tenancy tenancy, AuditLog audit) {
        this.database = database;
        this.planRows = planRows;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    /** What the file would import, and every error in it; writes nothing. */
    public PlanCsv.Parsed preview(String csv) {
        return PlanCsv.parse(csv);
    }

    public Mono<Plan> importPlan(TenantAccess access, PlanDraft plan, String csv) {
        PlanCsv.Parsed parsed = PlanCsv.parse(csv);
        if (!parsed.errors().isEmpty()) {
            return Mono.error(new CsvRejected(parsed.errors()));
        }
        UUID tenant = access.authorityId();
        UUID planId = Ids.next();
        List<ActionDraft> actions = parsed.actions();
        List<String> ids = actions.stream().map(action -> Ids.next().toString()).toList();
        return tenancy.run(access.context(), () -> planRows.insert(tenant, planId, plan)
                .then(insertActions(tenant, planId, ids, actions))
                .then(database.sql(INSERT_HISTORY).bind("$1", tenant).bind("$2", access.caller().userId())
                        .bind("$3", access.caller().name())
                        .bind("$4", ids.stream().map(id -> Ids.next().toString()).toArray(String[]::new))
                        .bind("$5", ids.toArray(String[]::new)).fetch().rowsUpdated())
                .then(audit.append(access, "plan.imported", "plan", planId.toString(),
                        Map.of("title", String.valueOf(plan.title()), "actions", actions.size())))
                .then(planRows.find(tenant, planId, true)));
    }

    private Mono<Long> insertActions(UUID tenant, UUID planId, List<String> ids, List<ActionDraft> actions) {
        return database.sql(INSERT_ACTIONS).bind("$1", tenant).bind("$2", planId)
                .bind("$3", ids.toArray(String[]::new))
                .bind("$4", column(actions, ActionDraft::title))
                .bind("$5", column(actions, ActionDraft::description))
                .bind("$6", column(actions, ActionDraft::objective))
                .bind("$7", column(actions, ActionDraft::theme))
                .bind("$8", column(actions, action -> action.status() == null ? ActionStatus.PLANNED : action.status()))
                .bind("$9", column(actions, action -> action.priority() == null ? Priority.MEDIUM : action.priority()))
                .bind("$10", column(actions, ActionDraft::startDate))
                .bind("$11", column(actions, ActionDraft::dueDate))
                .bind("$12", column(actions, ActionDraft::pilot))
                .bind("$13", column(actions, action -> action.budget() == null ? null
                        : action.budget().toPlainString()))
                .bind("$14", column(actions, action -> action.progress() == null ? 0 : action.progress()))
                .fetch().rowsUpdated();
    }

    private static String[] column(List<ActionDraft> actions, Function<ActionDraft, ?> value) {
        return actions.stream().map(value).map(v -> v == null ? null : v instanceof Enum<?> e ? e.name()
                : v.toString()).toArray(String[]::new);
    }
}

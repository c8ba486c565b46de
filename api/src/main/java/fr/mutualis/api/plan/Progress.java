package fr.mutualis.api.plan;

/**
 * The progress roll-up, in one place, as SQL that the queries of plans and actions embed: an action with sub-actions
 * counts as the average of its sub-actions, a plan as the average of its top-level actions; ABANDONED actions count in
 * neither. Correlated subqueries rather than SQL functions: PostgreSQL cannot inline a function with a FROM clause,
 * and calling one per row cost about 0.7 ms, ten times the subquery (see docs/benchmarks.md).
 */
final class Progress {

    /** The rolled-up progress of the action {@code a}. */
    static final String OF_ACTION = """
            coalesce((SELECT round(avg(c.progress))::integer FROM plan_action c
                      WHERE c.tenant_id = a.tenant_id AND c.plan_id = a.plan_id AND c.parent_id = a.id
                        AND c.status <> 'ABANDONED'), a.progress)""";

    /**
     * The progress of the plan {@code p}, in one scan of its actions grouped by top-level action (a top-level action
     * and its sub-actions form one group; an abandoned top-level action's group does not count).
     */
    static final String OF_PLAN = """
            (SELECT coalesce(round(avg(g.value))::integer, 0) FROM (
                 SELECT coalesce(avg(x.progress) FILTER (WHERE x.parent_id IS NOT NULL AND x.status <> 'ABANDONED'),
                                 max(x.progress) FILTER (WHERE x.parent_id IS NULL)) AS value,
                        bool_or(x.parent_id IS NULL AND x.status <> 'ABANDONED') AS counted
                 FROM plan_action x WHERE x.tenant_id = p.tenant_id AND x.plan_id = p.id
                 GROUP BY coalesce(x.parent_id, x.id)) g
             WHERE g.counted)""";

    private Progress() {
    }
}

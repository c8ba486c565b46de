-- A visitor (no signed-in person: the public api /public/v1 and the open-data export, which set an empty app.user_id)
-- sees published plans and practices only when their visibility is PUBLIC; a signed-in agent of any authority also
-- sees those published for the NETWORK. The api filters on visibility too; this makes PostgreSQL refuse the rest.
-- For signed-in readers the policies stay as cheap as before (the visitor test comes first and is false for them).

CREATE FUNCTION app_is_visitor() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT app_user() IS NULL $$;

CREATE FUNCTION plan_is_public(tenant uuid, plan uuid) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM action_plan p WHERE p.tenant_id = tenant AND p.id = plan
                                                        AND p.visibility = 'PUBLIC') $$;

DROP POLICY action_plan_published_read ON action_plan;
CREATE POLICY action_plan_published_read ON action_plan FOR SELECT
    USING (status = 'PUBLISHED' AND (NOT app_is_visitor() OR visibility = 'PUBLIC'));

DROP POLICY plan_action_published_read ON plan_action;
CREATE POLICY plan_action_published_read ON plan_action FOR SELECT
    USING (plan_published AND (NOT app_is_visitor() OR plan_is_public(tenant_id, plan_id)));

DROP POLICY plan_action_indicator_published_read ON plan_action_indicator;
CREATE POLICY plan_action_indicator_published_read ON plan_action_indicator FOR SELECT
    USING (plan_published AND (NOT app_is_visitor() OR EXISTS (
        SELECT 1 FROM plan_action a WHERE a.tenant_id = plan_action_indicator.tenant_id
                                      AND a.id = plan_action_indicator.action_id
                                      AND plan_is_public(a.tenant_id, a.plan_id))));

DROP POLICY practice_read ON practice;
CREATE POLICY practice_read ON practice FOR SELECT
    USING (tenant_id = app_tenant()
           OR (status = 'PUBLISHED' AND (NOT app_is_visitor() OR visibility = 'PUBLIC')));

-- A visitor (no signed-in person: the public api /public/v1 and the open-data export, which set an empty app.user_id)
-- sees published plans and practices only when their visibility is PUBLIC; a signed-in agent of any authority also
-- sees those published for the NETWORK. The api filters on visibility too; this makes PostgreSQL refuse the rest.
-- Actions and indicator links of a plan follow their plan (plan_is_published reads action_plan under these policies).

CREATE FUNCTION app_is_visitor() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT app_user() IS NULL $$;

DROP POLICY action_plan_published_read ON action_plan;
CREATE POLICY action_plan_published_read ON action_plan FOR SELECT
    USING (status = 'PUBLISHED' AND (visibility = 'PUBLIC' OR NOT app_is_visitor()));

DROP POLICY practice_read ON practice;
CREATE POLICY practice_read ON practice FOR SELECT
    USING (tenant_id = app_tenant()
           OR (status = 'PUBLISHED' AND (visibility = 'PUBLIC' OR NOT app_is_visitor())));

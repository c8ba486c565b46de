-- Scheduled work runs once per cluster (ADR 17): before running a job, an api instance takes its row here with
-- ShedLock (net.javacrumbs.shedlock, R2DBC provider); the others skip that tick. A shared table: it names jobs and
-- instances, never a tenant, so it has no tenant_id and nothing points at it.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);

-- Every table has forced row-level security and a policy; this one is open to the runtime role, which takes locks
-- outside any tenant's transaction.
ALTER TABLE shedlock ENABLE ROW LEVEL SECURITY;
ALTER TABLE shedlock FORCE ROW LEVEL SECURITY;
CREATE POLICY scheduler_locks ON shedlock USING (true) WITH CHECK (true);

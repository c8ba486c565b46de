-- Audit events: {{auditEvents}} in all, shared among authorities in proportion to the square root of their agents
-- (times a random factor from 0.5 to 1.5), over the last two years, with the actions the api writes.

CREATE TEMPORARY TABLE scale_audit_plan AS
SELECT id, sqrt(greatest(coalesce(agents, 1), 1)) * (0.5 + random()) AS weight FROM authority;

INSERT INTO audit_event (tenant_id, id, occurred_at, actor_id, actor_name, action, target_type, target_id,
                         request_id, details)
SELECT e.tenant_id, pg_temp.uuid7(e.at), e.at, e.actor_id, 'Agent ' || (e.n % 5 + 1),
       (ARRAY['authority.updated', 'member.invited', 'member.joined', 'member.joined', 'member.role-changed',
              'member.removed', 'invitation.revoked', 'authority.updated'])[e.n % 8 + 1],
       (ARRAY['authority', 'invitation', 'member', 'member', 'member', 'member', 'invitation', 'authority'])[e.n % 8 + 1],
       e.target_id, substr(md5(e.n::text || e.tenant_id::text), 1, 16),
       CASE e.n % 8 WHEN 1 THEN jsonb_build_object('email', 'agent' || e.n || '@example.fr', 'role', 'VIEWER')
                    WHEN 2 THEN jsonb_build_object('role', 'VIEWER')
                    WHEN 3 THEN jsonb_build_object('role', 'EDITOR')
                    WHEN 4 THEN jsonb_build_object('from', 'VIEWER', 'to', 'EDITOR')
                    ELSE '{}'::jsonb END
FROM (SELECT p.id AS tenant_id, n, now() - random() * interval '730 days' AS at,
             md5(p.id::text || (n % 5)::text)::uuid::text AS actor_id, gen_random_uuid()::text AS target_id
      FROM (SELECT id, round({{auditEvents}} * weight / sum(weight) OVER ())::integer AS events
            FROM scale_audit_plan) p
      CROSS JOIN LATERAL generate_series(1, p.events) AS n) e;

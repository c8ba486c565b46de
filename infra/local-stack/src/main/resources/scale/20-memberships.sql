-- Memberships and invitations. Members per authority by kind (régions 30-80, départements 15-50, EPCI 4-20,
-- communes 1-5 growing with population, syndicats 1-4); the first member is the administrator, then about one
-- editor in four. About one authority in six has pending, accepted or revoked invitations.

INSERT INTO membership (tenant_id, id, user_id, email, name, role, created_at, updated_at)
SELECT s.tenant_id, pg_temp.uuid7(s.since), gen_random_uuid()::text,
       'agent' || s.n || '@' || s.domain, 'Agent ' || s.n || ' ' || s.authority_name,
       CASE WHEN s.n = 1 OR s.n % 23 = 0 THEN 'ADMIN' WHEN s.n % 4 = 0 THEN 'EDITOR' ELSE 'VIEWER' END,
       s.since, s.since
FROM (SELECT a.id AS tenant_id, a.name AS authority_name, d.domain, n,
             now() - random() * interval '700 days' AS since
      FROM (SELECT id, name,
                   CASE kind WHEN 'REGION' THEN 30 + (50 * random())::integer
                             WHEN 'DEPARTEMENT' THEN 15 + (35 * random())::integer
                             WHEN 'EPCI' THEN 4 + (16 * random())::integer
                             WHEN 'COMMUNE' THEN 1 + least(4, (ln(greatest(population, 1)) / 3 * random())::integer)
                             ELSE 1 + (3 * random())::integer END AS members
            FROM authority) a
      JOIN authority_domain d ON d.authority_id = a.id
      CROSS JOIN LATERAL generate_series(1, a.members) AS n) s;

INSERT INTO invitation (tenant_id, id, email, role, invited_by, status, created_at)
SELECT s.tenant_id, pg_temp.uuid7(s.at), 'invite' || s.n || '@' || s.domain,
       CASE WHEN s.n % 3 = 0 THEN 'EDITOR' ELSE 'VIEWER' END, s.admin,
       CASE WHEN s.n % 4 = 0 THEN 'REVOKED' WHEN s.n % 2 = 0 THEN 'ACCEPTED' ELSE 'PENDING' END, s.at
FROM (SELECT a.id AS tenant_id, d.domain, n, m.user_id AS admin, now() - random() * interval '300 days' AS at
      FROM (SELECT id, 1 + (4 * random())::integer AS invitations FROM authority WHERE random() < 0.17) a
      JOIN authority_domain d ON d.authority_id = a.id
      JOIN membership m ON m.tenant_id = a.id AND m.role = 'ADMIN' AND m.email LIKE 'agent1@%'
      CROSS JOIN LATERAL generate_series(1, a.invitations) AS n) s;

-- Reuse (issue 6): 400 partners spread over the départements (each serves its own and a neighbour, most categories),
-- about 3 equipment lots per authority in every status of the state machine, 4 purchase lines per authority and year
-- for the last three years, and one review in five authority-partner pairs of the same département. The partners
-- have no Keycloak client (benchmarks register their own through the api).

INSERT INTO partner (id, name, siret, kind, services, categories, departments, labels, website, client_id)
SELECT pg_temp.uuid7(now() - interval '400 days' + n * interval '1 hour'),
       'Atelier du réemploi ' || n, pg_temp.siren(40000000 + n) || '00014',
       (ARRAY['ASSOCIATION', 'SOCIAL_ECONOMY_COMPANY', 'SOCIAL_ENTERPRISE', 'COMPANY'])[1 + n % 4],
       ARRAY['COLLECTION', 'DATA_ERASURE', 'REFURBISHMENT'],
       CASE WHEN n % 3 = 0 THEN ARRAY['LAPTOP', 'DESKTOP'] ELSE ARRAY['LAPTOP', 'DESKTOP', 'MONITOR', 'SMARTPHONE', 'TABLET'] END,
       ARRAY[d.code, d2.code], ARRAY['ESS'], NULL, 'scale-partner-' || n
FROM generate_series(1, 400) AS n
JOIN LATERAL (SELECT code, row_number() OVER (ORDER BY code) AS r FROM scale_department) d ON d.r = 1 + n % 101
JOIN LATERAL (SELECT code, row_number() OVER (ORDER BY code) AS r FROM scale_department) d2 ON d2.r = 1 + (n + 1) % 101
ON CONFLICT (siret) DO NOTHING;

INSERT INTO partner_secret (partner_id, webhook_secret)
SELECT id, 'whsec_scale_' || md5(id::text) FROM partner WHERE client_id LIKE 'scale-partner-%';

-- Lots: statuses weighted towards the end of the chain, as on a platform in use for a while.
INSERT INTO equipment_lot (tenant_id, id, category, quantity, average_age_years, condition, data_erasure_required,
                           classified_data, department_code, destination, description, retired_on, status,
                           claimed_by, offered_at, claimed_at, collected_at, processed_at, cancelled_at,
                           reused, refurbished, recycled, destroyed, erasure_certificate_ref, created_at)
SELECT l.tenant_id, pg_temp.uuid7(l.at), l.category, l.quantity, l.age, 'WORKING', true, false, l.dept,
       'EXTERNAL_REUSE', '', l.at::date, l.status,
       CASE WHEN l.status IN ('CLAIMED', 'COLLECTED', 'PROCESSED') THEN l.partner END,
       CASE WHEN l.status <> 'DECLARED' THEN l.at + interval '1 day' END,
       CASE WHEN l.status IN ('CLAIMED', 'COLLECTED', 'PROCESSED') THEN l.at + interval '3 days' END,
       CASE WHEN l.status IN ('COLLECTED', 'PROCESSED') THEN l.at + interval '10 days' END,
       CASE WHEN l.status = 'PROCESSED' THEN l.at + interval '40 days' END,
       CASE WHEN l.status = 'CANCELLED' THEN l.at + interval '2 days' END,
       CASE WHEN l.status = 'PROCESSED' THEN l.quantity / 4 END,
       CASE WHEN l.status = 'PROCESSED' THEN l.quantity / 2 END,
       CASE WHEN l.status = 'PROCESSED' THEN l.quantity - l.quantity / 4 - l.quantity / 2 END,
       CASE WHEN l.status = 'PROCESSED' THEN 0 END,
       CASE WHEN l.status = 'PROCESSED' THEN 'SCALE-CERT' END, l.at
FROM (SELECT a.id AS tenant_id, coalesce(a.department_code, '29') AS dept,
             (ARRAY['LAPTOP', 'DESKTOP', 'MONITOR', 'SMARTPHONE'])[1 + n % 4] AS category,
             5 + (95 * random())::integer AS quantity, round((2 + 9 * random())::numeric, 1) AS age,
             (ARRAY['PROCESSED', 'PROCESSED', 'PROCESSED', 'COLLECTED', 'CLAIMED', 'OFFERED', 'DECLARED', 'CANCELLED'])
                 [1 + (7 * random())::integer] AS status,
             now() - random() * interval '1000 days' AS at,
             (SELECT p.id FROM partner p WHERE coalesce(a.department_code, '29') = ANY (p.departments) LIMIT 1) AS partner
      FROM authority a CROSS JOIN LATERAL generate_series(1, 1 + (4 * random())::integer) AS n) l;
-- A lot whose area no partner serves cannot have been claimed: keep it offered.
UPDATE equipment_lot SET status = 'OFFERED', claimed_at = NULL, collected_at = NULL, processed_at = NULL,
       reused = NULL, refurbished = NULL, recycled = NULL, destroyed = NULL, erasure_certificate_ref = NULL
WHERE claimed_by IS NULL AND status IN ('CLAIMED', 'COLLECTED', 'PROCESSED');

INSERT INTO lot_event (tenant_id, id, lot_id, status, actor, occurred_at)
SELECT tenant_id, pg_temp.uuid7(created_at), id, 'DECLARED', 'scale', created_at FROM equipment_lot;

INSERT INTO purchase (tenant_id, id, year, category, quantity, amount, from_reuse, recycled_content, supplier,
                      created_at)
SELECT a.id, pg_temp.uuid7(make_date(y, 3, 1)::timestamptz + n * interval '1 day'), y,
       (ARRAY['LAPTOP', 'DESKTOP', 'MONITOR', 'SMARTPHONE'])[n], 1 + (40 * random())::integer,
       round((500 + 30000 * random())::numeric, 2), random() < 0.2, random() < 0.3, 'Fournisseur ' || n,
       make_date(y, 3, 1)
FROM authority a
CROSS JOIN generate_series(extract(year FROM now())::int - 2, extract(year FROM now())::int) AS y
CROSS JOIN generate_series(1, 4) AS n;

INSERT INTO partner_review (tenant_id, id, partner_id, rating, comment, author)
SELECT DISTINCT ON (a.id, p.id) a.id, pg_temp.uuid7(now()), p.id, 1 + (4 * random())::integer, 'Avis de test', 'scale'
FROM authority a JOIN partner p ON a.department_code = ANY (p.departments)
WHERE random() < 0.2;

-- Action plans (issue 4): every authority has one PUBLISHED plan of 30 actions (the last 6 are sub-actions of the
-- first 6), a third of the actions with an objective and a linked indicator with a target, one change of history per
-- action, and about one authority in ten that adopted an action of another authority's plan. Ids are UUID v7.

CREATE TEMPORARY TABLE scale_plan AS
SELECT a.id AS tenant_id, now() - random() * interval '900 days' AS at FROM authority a;
ALTER TABLE scale_plan ADD COLUMN id uuid;
UPDATE scale_plan SET id = pg_temp.uuid7(at);

INSERT INTO action_plan (tenant_id, id, title, start_year, end_year, status, visibility, label_target, published_at,
                         created_at, updated_at)
SELECT tenant_id, id,
       'Plan Numérique responsable ' || extract(year FROM at)::integer || '-' || (extract(year FROM at)::integer + 2),
       extract(year FROM at)::integer, extract(year FROM at)::integer + 2, 'PUBLISHED',
       CASE WHEN random() < 0.3 THEN 'PUBLIC' ELSE 'NETWORK' END,
       (ARRAY['NONE', 'NONE', 'INR_LEVEL_1', 'INR_LEVEL_2'])[1 + floor(random() * 4)::integer], at, at, at
FROM scale_plan;

CREATE TEMPORARY TABLE scale_action AS
SELECT p.tenant_id, p.id AS plan_id, n, pg_temp.uuid7(p.at + n * interval '1 minute') AS id, p.at
FROM scale_plan p CROSS JOIN generate_series(1, 30) AS n;
CREATE INDEX ON scale_action (plan_id, n);

-- The generator runs with triggers off (session_replication_role = replica): plan_published is set here.
INSERT INTO plan_action (tenant_id, id, plan_id, parent_id, title, description, objective, theme, status, priority,
                         progress, pilot, plan_published, created_at, updated_at)
SELECT s.tenant_id, s.id, s.plan_id, parent.id,
       (ARRAY['Définir la gouvernance', 'Mesurer l''empreinte du parc', 'Acheter du matériel reconditionné',
              'Réduire le nombre d''équipements', 'Améliorer la stratégie d''impression', 'Écoconcevoir les services',
              'Optimiser l''hébergement', 'Former les agents et les élus', 'Donner le matériel réformé',
              'Accompagner les usagers éloignés du numérique', 'Ouvrir les données publiques'])[1 + s.n % 11]
           || ' (' || s.n || ')',
       'Action générée pour les mesures de charge.',
       CASE WHEN s.n % 3 = 0 THEN 'Objectif chiffré de l''action ' || s.n END,
       (ARRAY['STRATEGY_GOVERNANCE', 'MEASUREMENT', 'PROCUREMENT', 'EQUIPMENT_REDUCTION', 'USAGE', 'ECO_DESIGN',
              'DATA_CENTRES_HOSTING', 'TRAINING_AWARENESS', 'END_OF_LIFE', 'DIGITAL_INCLUSION', 'DATA_ETHICS'])[1 + s.n % 11],
       (ARRAY['PLANNED', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'PAUSED', 'BLOCKED'])[1 + floor(random() * 6)::integer],
       (ARRAY['HIGH', 'MEDIUM', 'LOW'])[1 + s.n % 3], floor(random() * 101)::integer, 'Service ' || (s.n % 7 + 1),
       true, s.at, s.at
FROM scale_action s
LEFT JOIN scale_action parent ON s.n > 24 AND parent.plan_id = s.plan_id AND parent.n = s.n - 24;

INSERT INTO plan_action_indicator (tenant_id, id, action_id, code, target, target_year, position, plan_published)
SELECT tenant_id, pg_temp.uuid7(at), id,
       (ARRAY['EQ_PER_AGENT', 'LIFESPAN_RETIRED', 'REUSE_PURCHASE_SHARE', 'RETIRED_REUSE_RATE', 'PAGES_PER_AGENT',
              'DC_PUE', 'AGENTS_TRAINED', 'ELECTED_TRAINED', 'RGESN_SCORE', 'INCLUSION_SUPPORT'])[1 + n % 10],
       round((random() * 100)::numeric, 1), extract(year FROM at)::integer + 2, 0, true
FROM scale_action WHERE n % 3 = 0;

INSERT INTO plan_action_change (tenant_id, id, action_id, changed_at, actor_id, actor_name, kind, changes)
SELECT tenant_id, pg_temp.uuid7(at), id, at, md5(tenant_id::text)::uuid::text, 'Agent 1', 'CREATED', '{}'
FROM scale_action;

-- Adoptions: one authority in ten adds to its plan a copy of action 8 of another authority's plan.
CREATE TEMPORARY TABLE scale_source AS
SELECT tenant_id, id, row_number() OVER (ORDER BY plan_id) AS rank FROM scale_action WHERE n = 8;
CREATE TEMPORARY TABLE scale_adoption AS
SELECT adopter.tenant_id, adopter.id AS plan_id, adopter.at, source.tenant_id AS source_tenant_id,
       source.id AS source_action_id, pg_temp.uuid7(adopter.at + interval '2 hours') AS id
FROM (SELECT *, row_number() OVER (ORDER BY tenant_id) AS rank FROM scale_plan) adopter
JOIN scale_source source ON source.rank = 1 + (adopter.rank * 7) % 97 AND source.tenant_id <> adopter.tenant_id
WHERE adopter.rank % 10 = 0;

INSERT INTO plan_action (tenant_id, id, plan_id, title, theme, adopted_from_tenant_id, adopted_from_action_id,
                         plan_published, created_at, updated_at)
SELECT tenant_id, id, plan_id, 'Former les agents et les élus (adoptée)', 'TRAINING_AWARENESS', source_tenant_id,
       source_action_id, true, at, at
FROM scale_adoption;
INSERT INTO action_adoption (tenant_id, id, source_tenant_id, source_action_id, adopted_at)
SELECT tenant_id, id, source_tenant_id, source_action_id, at FROM scale_adoption;

-- Authorities: 18 régions, 101 départements, then {{epcis}} EPCI, {{syndicats}} syndicats and {{communes}} communes
-- spread over the metropolitan départements. Parents first: commune -> EPCI of its département -> département
-- -> région. SIREN payload prefixes follow the real ones by kind (21 communes, 22 départements, 23 régions,
-- 24 EPCI, 25 syndicats), so SIRENs never collide; every one passes the Luhn check. One e-mail domain each.

CREATE TEMPORARY TABLE scale_region (code text PRIMARY KEY, name text NOT NULL, population integer NOT NULL);
INSERT INTO scale_region (code, name, population) VALUES
    ('01', 'Guadeloupe', 384000), ('02', 'Martinique', 361000), ('03', 'Guyane', 287000),
    ('04', 'La Réunion', 871000), ('06', 'Mayotte', 310000), ('11', 'Île-de-France', 12317000),
    ('24', 'Centre-Val de Loire', 2573000), ('27', 'Bourgogne-Franche-Comté', 2805000),
    ('28', 'Normandie', 3327000), ('32', 'Hauts-de-France', 5997000), ('44', 'Grand Est', 5562000),
    ('52', 'Pays de la Loire', 3873000), ('53', 'Bretagne', 3403000), ('75', 'Nouvelle-Aquitaine', 6081000),
    ('76', 'Occitanie', 6022000), ('84', 'Auvergne-Rhône-Alpes', 8114000),
    ('93', 'Provence-Alpes-Côte d''Azur', 5131000), ('94', 'Corse', 347000);

INSERT INTO authority (id, slug, name, kind, siren, population, agents, region_code)
SELECT pg_temp.uuid7(now() - interval '3 years'), 'region-' || code, 'Région ' || name, 'REGION',
       pg_temp.siren(23000000 + row_number() OVER (ORDER BY code)), population, greatest(300, population / 800), code
FROM scale_region;

INSERT INTO authority (id, slug, name, kind, siren, population, agents, region_code, department_code, parent_id)
SELECT pg_temp.uuid7(now() - interval '3 years'), 'departement-' || lower(d.code), 'Département ' || d.code,
       'DEPARTEMENT', pg_temp.siren(22000000 + row_number() OVER (ORDER BY d.code)), d.population,
       d.population / 250, d.region_code, d.code, r.id
FROM (SELECT code, region_code, (75000 + 1500000 * random() ^ 2)::integer AS population FROM scale_department) d
JOIN authority r ON r.slug = 'region-' || d.region_code;

-- EPCI, round robin over the metropolitan départements.
CREATE TEMPORARY TABLE scale_metro AS
SELECT code, region_code, (row_number() OVER (ORDER BY code) - 1)::integer AS k, count(*) OVER ()::integer AS n
FROM scale_department WHERE metropolitan;

INSERT INTO authority (id, slug, name, kind, siren, population, agents, region_code, department_code, parent_id)
SELECT pg_temp.uuid7(now() - interval '2 years'), 'epci-' || lower(m.code) || '-' || g.rank,
       CASE WHEN g.population > 400000 THEN 'Métropole '
            WHEN g.population > 250000 THEN 'Communauté urbaine '
            WHEN g.population > 50000 THEN 'Communauté d''agglomération '
            ELSE 'Communauté de communes ' END || m.code || '-' || g.rank,
       'EPCI', pg_temp.siren(24000000 + g.i), g.population, greatest(15, g.population / 180), m.region_code, m.code,
       d.id
FROM (SELECT i, ((i - 1) / 96 + 1)::integer AS rank, (8000 + 600000 * random() ^ 4)::integer AS population
      FROM generate_series(1, {{epcis}}) AS i) g
JOIN scale_metro m ON m.k = (g.i - 1) % m.n
JOIN authority d ON d.slug = 'departement-' || lower(m.code);

-- Syndicats mixtes: no population, a few agents, no parent.
INSERT INTO authority (id, slug, name, kind, siren, agents, region_code, department_code)
SELECT pg_temp.uuid7(now() - interval '2 years'), 'syndicat-' || lower(m.code) || '-' || ((g.i - 1) / 96 + 1),
       'Syndicat mixte ' || m.code || '-' || ((g.i - 1) / 96 + 1), 'SYNDICAT', pg_temp.siren(25000000 + g.i),
       g.agents, m.region_code, m.code
FROM (SELECT i, (2 + 60 * random() ^ 2)::integer AS agents FROM generate_series(1, {{syndicats}}) AS i) g
JOIN scale_metro m ON m.k = (g.i - 1) % m.n;

-- Communes: skewed populations (median about 250 inhabitants, a few large towns), in an EPCI of their département.
CREATE TEMPORARY TABLE scale_epci AS
SELECT id, department_code, (row_number() OVER (PARTITION BY department_code ORDER BY slug) - 1)::integer AS j,
       count(*) OVER (PARTITION BY department_code)::integer AS n
FROM authority WHERE kind = 'EPCI';

INSERT INTO authority (id, slug, name, kind, siren, insee_code, population, agents, region_code, department_code,
                       parent_id)
SELECT pg_temp.uuid7(now() - interval '1 year'), 'commune-' || lower(m.code) || lpad(g.number::text, 3, '0'),
       'Commune ' || m.code || lpad(g.number::text, 3, '0'), 'COMMUNE', pg_temp.siren(21000000 + g.i),
       m.code || lpad(g.number::text, 3, '0'), g.population, greatest(1, g.population / 70), m.region_code, m.code,
       coalesce(e.id, d.id)
FROM (SELECT i, ((i - 1) / 96 + 1)::integer AS number, (50 + 110 * exp(9 * random() ^ 4))::integer AS population
      FROM generate_series(1, {{communes}}) AS i) g
JOIN scale_metro m ON m.k = (g.i - 1) % m.n
JOIN authority d ON d.slug = 'departement-' || lower(m.code)
LEFT JOIN scale_epci e ON e.department_code = m.code AND e.j = (g.number - 1) % e.n;

INSERT INTO authority_domain (domain, authority_id)
SELECT slug || '.scale.test', id FROM authority;

-- Indicators (issue 5): a shared catalogue, custom indicators of one authority, yearly measurements, device
-- inventories, a versioned table of device footprint factors, and THE place where peer statistics are computed
-- (functions indicator_comparison and indicator_statistics below; docs/adr/0010-peer-statistics-in-postgresql.md).

-- The shared catalogue: readable by everyone, written by the platform operator only.
CREATE TABLE indicator (
    code           text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$' AND code !~ '^X_'),
    name_fr        text NOT NULL CHECK (length(btrim(name_fr)) BETWEEN 2 AND 200),
    name_en        text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 2 AND 200),
    unit           text NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 60),
    value_kind     text NOT NULL CHECK (value_kind IN ('PERCENTAGE', 'RATIO_AT_LEAST_ONE', 'COUNT', 'QUANTITY')),
    better_when    text NOT NULL CHECK (better_when IN ('HIGHER', 'LOWER')),
    normalization  text NOT NULL CHECK (normalization IN ('NONE', 'PER_AGENT', 'PER_1000_INHABITANTS')),
    theme          text NOT NULL CHECK (theme IN ('PROCUREMENT', 'LIFE_CYCLE', 'ECO_DESIGN', 'AWARENESS', 'INCLUSION',
                                                  'TERRITORY', 'INFRASTRUCTURE')),
    definition     text NOT NULL DEFAULT '',
    source         text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- An authority's own indicators: never compared (their codes start with X_ so they never meet the catalogue's).
CREATE TABLE custom_indicator (
    tenant_id     uuid NOT NULL REFERENCES authority (id),
    id            uuid NOT NULL,
    code          text NOT NULL CHECK (code ~ '^X_[A-Z0-9_]{1,38}$'),
    name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    unit          text NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 60),
    value_kind    text NOT NULL CHECK (value_kind IN ('PERCENTAGE', 'RATIO_AT_LEAST_ONE', 'COUNT', 'QUANTITY')),
    better_when   text NOT NULL CHECK (better_when IN ('HIGHER', 'LOWER')),
    theme         text NOT NULL CHECK (theme IN ('PROCUREMENT', 'LIFE_CYCLE', 'ECO_DESIGN', 'AWARENESS', 'INCLUSION',
                                                 'TERRITORY', 'INFRASTRUCTURE')),
    definition    text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code)
);

-- One value per authority, indicator and year. A computed value carries the formula that produced it.
CREATE TABLE measurement (
    tenant_id      uuid NOT NULL REFERENCES authority (id),
    id             uuid NOT NULL,
    indicator_code text NOT NULL,
    year           integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value          numeric NOT NULL,
    source         text NOT NULL DEFAULT '',
    comment        text NOT NULL DEFAULT '',
    confidential   boolean NOT NULL DEFAULT false,
    computed       boolean NOT NULL DEFAULT false,
    formula        text,
    version        bigint NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, indicator_code, year)
);
-- Comparisons read one indicator and one year over the whole network: only values that may be shared. Every column
-- that the query and the row-level security policies read is in the index, so that it is an index-only scan (rows of
-- one indicator and year are spread over the table: a heap fetch per row costs ten times more at 40,000 authorities).
CREATE INDEX measurement_shared ON measurement (indicator_code, year) INCLUDE (tenant_id, value, confidential)
    WHERE NOT confidential;

-- The devices an authority owns in a year, per equipment category ({"LAPTOP": 120, ...}).
CREATE TABLE device_inventory (
    tenant_id  uuid NOT NULL REFERENCES authority (id),
    id         uuid NOT NULL,
    year       integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    units      jsonb NOT NULL CHECK (jsonb_typeof(units) = 'object'),
    version    bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, year)
);

-- Manufacturing + distribution footprint per device, versioned: the operator adds a version, nothing is overwritten.
CREATE TABLE footprint_factor (
    category       text NOT NULL CHECK (category ~ '^[A-Z][A-Z_]{1,39}$'),
    version        integer NOT NULL CHECK (version >= 1),
    kg_co2e        numeric NOT NULL CHECK (kg_co2e > 0),
    lifespan_years numeric NOT NULL CHECK (lifespan_years > 0),
    source         text NOT NULL CHECK (length(btrim(source)) >= 2),
    licence_note   text NOT NULL DEFAULT '',
    recorded_by    text NOT NULL DEFAULT 'migration',
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (category, version)
);

-- Peer groups by population: < 10k, 10–50k, 50–200k, 200k–1M, > 1M.
CREATE FUNCTION population_band(population integer) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN population IS NULL THEN NULL
                WHEN population < 10000 THEN 'UNDER_10K' WHEN population < 50000 THEN 'FROM_10K_TO_50K'
                WHEN population < 200000 THEN 'FROM_50K_TO_200K' WHEN population < 1000000 THEN 'FROM_200K_TO_1M'
                ELSE 'OVER_1M' END $$;

-- The value as compared: raw, per agent, or per 1,000 inhabitants (no denominator: not comparable, NULL).
CREATE FUNCTION normalized_value(value numeric, normalization text, population integer, agents integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE normalization WHEN 'PER_AGENT' THEN value / NULLIF(agents, 0)
                              WHEN 'PER_1000_INHABITANTS' THEN value * 1000 / NULLIF(population, 0)
                              ELSE value END $$;

-- The distribution of a set of shared values: nothing but the count below 3 values.
CREATE TYPE indicator_distribution AS (
    count bigint, min numeric, p25 numeric, median numeric, p75 numeric, max numeric, mean numeric);

-- One authority's value for an indicator and a year, its peers' distribution and its position among them (rank 1 is
-- the best; percentile = share of the other peers it does better than, ties counting half). The distribution only
-- holds values that are not confidential, so a confidential value never shifts anyone's figures; the owner still
-- sees its own value ranked against that distribution. Peer kinds: KIND, REGION, POPULATION_BAND, ALL.
CREATE FUNCTION indicator_comparison(p_tenant uuid, p_code text, p_year integer, p_peers text)
    RETURNS TABLE (value numeric, normalized_value numeric, confidential boolean, peer_count bigint, min numeric,
                   p25 numeric, median numeric, p75 numeric, max numeric, mean numeric, rank bigint,
                   percentile numeric)
    LANGUAGE sql STABLE AS $$
    WITH ind AS (SELECT i.better_when, i.normalization FROM indicator i WHERE i.code = p_code),
    me AS (SELECT a.kind, a.region_code, population_band(a.population) AS band, a.population, a.agents
           FROM authority a WHERE a.id = p_tenant),
    own AS (SELECT m.value, normalized_value(m.value, ind.normalization, me.population, me.agents) AS nv,
                   m.confidential
            FROM measurement m, ind, me
            WHERE m.tenant_id = p_tenant AND m.indicator_code = p_code AND m.year = p_year),
    peers AS (SELECT m.tenant_id, normalized_value(m.value, ind.normalization, a.population, a.agents) AS nv
              FROM measurement m JOIN authority a ON a.id = m.tenant_id CROSS JOIN ind CROSS JOIN me
              WHERE m.indicator_code = p_code AND m.year = p_year AND NOT m.confidential
                AND CASE p_peers WHEN 'KIND' THEN a.kind = me.kind
                                 WHEN 'REGION' THEN a.region_code = me.region_code
                                 WHEN 'POPULATION_BAND' THEN population_band(a.population) = me.band
                                 ELSE true END),
    valid AS (SELECT p.tenant_id, p.nv FROM peers p WHERE p.nv IS NOT NULL),
    stats AS (SELECT count(*) AS n, min(v.nv) AS lo, max(v.nv) AS hi, avg(v.nv) AS mean,
                     percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY v.nv) AS q
              FROM valid v),
    position AS (SELECT count(*) FILTER (WHERE v.tenant_id <> p_tenant) AS others,
                        count(*) FILTER (WHERE v.tenant_id <> p_tenant
                            AND CASE ind.better_when WHEN 'LOWER' THEN v.nv < own.nv ELSE v.nv > own.nv END) AS better,
                        count(*) FILTER (WHERE v.tenant_id <> p_tenant
                            AND CASE ind.better_when WHEN 'LOWER' THEN v.nv > own.nv ELSE v.nv < own.nv END) AS worse
                 FROM valid v, ind, own)
    SELECT own.value, round(own.nv, 6), own.confidential, s.n,
           CASE WHEN s.n >= 3 THEN round(s.lo, 6) END, CASE WHEN s.n >= 3 THEN round(s.q[1]::numeric, 6) END,
           CASE WHEN s.n >= 3 THEN round(s.q[2]::numeric, 6) END, CASE WHEN s.n >= 3 THEN round(s.q[3]::numeric, 6) END,
           CASE WHEN s.n >= 3 THEN round(s.hi, 6) END, CASE WHEN s.n >= 3 THEN round(s.mean, 6) END,
           CASE WHEN s.n >= 3 AND own.nv IS NOT NULL THEN pos.better + 1 END,
           CASE WHEN s.n >= 3 AND own.nv IS NOT NULL AND pos.others > 0
                THEN round(100.0 * (pos.worse + 0.5 * (pos.others - pos.better - pos.worse)) / pos.others, 1) END
    FROM ind CROSS JOIN stats s LEFT JOIN own ON true LEFT JOIN position pos ON true $$;

-- Open statistics: the distribution of the shared values of an indicator in a year, optionally for one kind and one
-- région; the same threshold of 3 values.
CREATE FUNCTION indicator_statistics(p_code text, p_year integer, p_kind text, p_region text)
    RETURNS TABLE (count bigint, min numeric, p25 numeric, median numeric, p75 numeric, max numeric, mean numeric)
    LANGUAGE sql STABLE AS $$
    WITH valid AS (SELECT normalized_value(m.value, i.normalization, a.population, a.agents) AS nv
                   FROM measurement m JOIN authority a ON a.id = m.tenant_id
                   JOIN indicator i ON i.code = m.indicator_code
                   WHERE m.indicator_code = p_code AND m.year = p_year AND NOT m.confidential
                     AND (p_kind IS NULL OR a.kind = p_kind) AND (p_region IS NULL OR a.region_code = p_region)),
    stats AS (SELECT count(v.nv) AS n, min(v.nv) AS lo, max(v.nv) AS hi, avg(v.nv) AS mean,
                     percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY v.nv) AS q
              FROM valid v WHERE v.nv IS NOT NULL)
    SELECT s.n, CASE WHEN s.n >= 3 THEN round(s.lo, 6) END, CASE WHEN s.n >= 3 THEN round(s.q[1]::numeric, 6) END,
           CASE WHEN s.n >= 3 THEN round(s.q[2]::numeric, 6) END, CASE WHEN s.n >= 3 THEN round(s.q[3]::numeric, 6) END,
           CASE WHEN s.n >= 3 THEN round(s.hi, 6) END, CASE WHEN s.n >= 3 THEN round(s.mean, 6) END
    FROM stats s $$;

INSERT INTO indicator (code, name_fr, name_en, unit, value_kind, better_when, normalization, theme, definition, source)
VALUES
('EQ_PER_AGENT', 'Équipements par agent', 'Devices per agent', 'équipements', 'COUNT', 'LOWER', 'PER_AGENT', 'LIFE_CYCLE',
 'Nombre d''équipements numériques en service (postes, écrans, téléphones, tablettes, imprimantes), rapporté au nombre d''agents.', 'Inventaire de la collectivité'),
('LIFESPAN_RETIRED', 'Âge moyen à la réforme', 'Average age at retirement', 'années', 'QUANTITY', 'HIGHER', 'NONE', 'LIFE_CYCLE',
 'Âge moyen des équipements réformés dans l''année.', 'Inventaire de la collectivité'),
('REUSE_PURCHASE_SHARE', 'Part des achats numériques issus du réemploi', 'Share of IT spend from reuse', '%', 'PERCENTAGE', 'HIGHER', 'NONE', 'PROCUREMENT',
 'Montant HT des achats d''équipements issus du réemploi ÷ montant HT des achats d''équipements numériques × 100.', 'Loi AGEC art. 58, décret n° 2024-134'),
('RECYCLED_PURCHASE_SHARE', 'Part des achats intégrant des matières recyclées', 'Share of spend with recycled content', '%', 'PERCENTAGE', 'HIGHER', 'NONE', 'PROCUREMENT',
 'Montant HT des achats intégrant des matières recyclées ÷ montant HT des achats d''équipements numériques × 100.', 'Loi AGEC art. 58, décret n° 2024-134'),
('RETIRED_REUSE_RATE', 'Équipements réformés orientés vers le réemploi', 'Retired equipment sent to reuse', '%', 'PERCENTAGE', 'HIGHER', 'NONE', 'LIFE_CYCLE',
 'A ÷ B × 100 : A = unités orientées vers le réemploi l''année N, B = unités réformées en stock au 1er janvier de N.', 'Décret n° 2023-266'),
('EWASTE_PER_AGENT', 'Déchets d''équipements électriques et électroniques', 'E-waste', 'kg', 'QUANTITY', 'LOWER', 'PER_AGENT', 'LIFE_CYCLE',
 'Masse de DEEE produite dans l''année, rapportée au nombre d''agents.', 'Bordereaux de suivi des déchets'),
('LOCAL_REFURB_SHARE', 'Équipements confiés à des reconditionneurs locaux ou de l''ESS', 'Retired units sent to local or social-economy refurbishers', '%', 'PERCENTAGE', 'HIGHER', 'NONE', 'LIFE_CYCLE',
 'Part des unités réformées confiées à des structures locales ou de l''économie sociale et solidaire.', 'Conventions de cession'),
('PAGES_PER_AGENT', 'Pages imprimées', 'Printed pages', 'pages/an', 'COUNT', 'LOWER', 'PER_AGENT', 'INFRASTRUCTURE',
 'Nombre de pages imprimées dans l''année, rapporté au nombre d''agents.', 'Compteurs des imprimantes'),
('AGENTS_PER_PRINTER', 'Agents par imprimante', 'Agents per printer', 'ratio', 'QUANTITY', 'HIGHER', 'NONE', 'INFRASTRUCTURE',
 'Nombre d''agents ÷ nombre d''imprimantes en service.', 'Inventaire de la collectivité'),
('DC_PUE', 'PUE des salles informatiques', 'Data-centre PUE', 'ratio ≥ 1', 'RATIO_AT_LEAST_ONE', 'LOWER', 'NONE', 'INFRASTRUCTURE',
 'Énergie totale de la salle ÷ énergie des équipements informatiques (Power Usage Effectiveness).', 'ISO/IEC 30134-2'),
('DC_ENERGY', 'Électricité des salles informatiques', 'Data-centre electricity', 'MWh/an', 'QUANTITY', 'LOWER', 'PER_AGENT', 'INFRASTRUCTURE',
 'Consommation électrique annuelle des salles informatiques, rapportée au nombre d''agents.', 'Factures ou sous-comptage'),
('EMBODIED_CO2_PER_AGENT', 'Empreinte de fabrication amortie', 'Amortised manufacturing footprint', 'kgCO2e/an', 'QUANTITY', 'LOWER', 'PER_AGENT', 'LIFE_CYCLE',
 'Somme, pour chaque catégorie de l''inventaire, du nombre d''unités × facteur d''empreinte ÷ durée de vie, rapportée au nombre d''agents.', 'Base Empreinte (ADEME) via Boavizta, EcoDiag (EcoInfo CNRS)'),
('AGENTS_TRAINED', 'Agents formés', 'Agents trained', '%', 'PERCENTAGE', 'HIGHER', 'NONE', 'AWARENESS',
 'Part des agents ayant suivi une formation ou une sensibilisation au numérique responsable.', 'Plan de formation'),
('ELECTED_TRAINED', 'Élus formés', 'Elected officials trained', '%', 'PERCENTAGE', 'HIGHER', 'NONE', 'AWARENESS',
 'Part des élus ayant suivi une formation ou une sensibilisation au numérique responsable.', 'Plan de formation'),
('PIX_NR_COMPLETED', 'Agents ayant suivi un parcours PIX numérique responsable', 'Agents who completed a PIX sustainable-IT course', '%', 'PERCENTAGE', 'HIGHER', 'NONE', 'AWARENESS',
 'Part des agents ayant terminé un parcours PIX consacré au numérique responsable.', 'PIX'),
('RGESN_SCORE', 'Conformité au RGESN', 'RGESN compliance', '% des critères applicables', 'PERCENTAGE', 'HIGHER', 'NONE', 'ECO_DESIGN',
 'Part des critères applicables du référentiel général d''écoconception de services numériques (2024) respectés par les services de la collectivité.', 'RGESN 2024 (Arcep, Arcom, DINUM)'),
('INCLUSION_SUPPORT', 'Personnes accompagnées en médiation numérique', 'People helped by digital mediation', 'personnes', 'COUNT', 'HIGHER', 'PER_1000_INHABITANTS', 'INCLUSION',
 'Nombre de personnes accompagnées par la médiation numérique dans l''année, pour 1 000 habitants.', 'Structures de médiation numérique');

INSERT INTO footprint_factor (category, version, kg_co2e, lifespan_years, source, licence_note) VALUES
('LAPTOP', 1, 181, 4.5, 'Base Empreinte via Boavizta (ADEME Impact CO2 : 182,6 kgCO2e) ; durée de vie 4 à 5 ans',
 'Valeur dérivée de la Base Empreinte de l''ADEME : réutilisation soumise aux conditions d''utilisation de la Base Empreinte.'),
('DESKTOP', 1, 277, 6, 'Base Empreinte via Boavizta, unité centrale sans écran (ADEME : 204,4 kgCO2e)',
 'Valeur dérivée de la Base Empreinte de l''ADEME : réutilisation soumise aux conditions d''utilisation de la Base Empreinte.'),
('MONITOR', 1, 64.7, 6, 'Base Empreinte via Boavizta',
 'Valeur dérivée de la Base Empreinte de l''ADEME : réutilisation soumise aux conditions d''utilisation de la Base Empreinte.'),
('SMARTPHONE', 1, 84, 2.5, 'Base Empreinte via Boavizta',
 'Valeur dérivée de la Base Empreinte de l''ADEME : réutilisation soumise aux conditions d''utilisation de la Base Empreinte.'),
('TABLET', 1, 75.9, 3, 'Base Empreinte via Boavizta',
 'Valeur dérivée de la Base Empreinte de l''ADEME : réutilisation soumise aux conditions d''utilisation de la Base Empreinte.'),
('SERVER', 1, 3660, 5, 'Boavizta', 'Données Boavizta, à citer avec leur source.'),
('PRINTER', 1, 130, 5, 'EcoDiag (EcoInfo CNRS), imprimante laser de moins de 40 kg', 'Données EcoDiag (EcoInfo CNRS), à citer avec leur source.'),
('VIDEO_PROJECTOR', 1, 94, 7, 'EcoDiag (EcoInfo CNRS)', 'Données EcoDiag (EcoInfo CNRS), à citer avec leur source.');

-- Row-level security, forced even for the owner (after the seed rows above).
ALTER TABLE indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_read ON indicator FOR SELECT USING (true);
CREATE POLICY indicator_write ON indicator FOR ALL USING (app_is_operator()) WITH CHECK (app_is_operator());

ALTER TABLE footprint_factor ENABLE ROW LEVEL SECURITY;
ALTER TABLE footprint_factor FORCE ROW LEVEL SECURITY;
CREATE POLICY footprint_factor_read ON footprint_factor FOR SELECT USING (true);
CREATE POLICY footprint_factor_write ON footprint_factor FOR INSERT WITH CHECK (app_is_operator());
REVOKE UPDATE, DELETE, TRUNCATE ON footprint_factor FROM ${appRole};

ALTER TABLE custom_indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE custom_indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON custom_indicator USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE device_inventory ENABLE ROW LEVEL SECURITY;
ALTER TABLE device_inventory FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON device_inventory USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE measurement ENABLE ROW LEVEL SECURITY;
ALTER TABLE measurement FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON measurement USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
-- Values of catalogue indicators that are not confidential feed the network's statistics: any transaction may read
-- them (the api only ever serves aggregates of them). Confidential values and custom indicators stay with their owner.
CREATE POLICY shared_for_statistics ON measurement FOR SELECT USING (NOT confidential AND indicator_code !~ '^X_');

-- Action plans (issue 4): plans, their actions and sub-actions, indicators linked to actions, the history of every
-- action, the public ledger of adoptions, and the REEN themes that a plan's themes cover.
--
-- Visibility: a DRAFT (or ARCHIVED) plan and its actions are private to their authority; a PUBLISHED plan and its
-- actions are readable by every caller (policies *_published_read), so that the network view, another authority's
-- adoption and the future /public/v1/plans (which also filters on visibility = 'PUBLIC') can read them. Writes are
-- always limited to the owner. The api still filters on tenant_id and status explicitly (docs/adr/0007).

-- Shared reference data: the six themes of the REEN strategy and which plan themes count towards each one.
-- Written by migrations only; the single place where the mapping lives (read by ReenCoverage).
CREATE TABLE reen_theme (
    code     text PRIMARY KEY,
    position integer NOT NULL UNIQUE,
    label_fr text NOT NULL,
    source   text NOT NULL
);
INSERT INTO reen_theme (code, position, label_fr, source) VALUES
    ('SUSTAINABLE_PROCUREMENT', 1, 'Achats publics durables (réemploi, réparation, lutte contre l''obsolescence)',
     'Loi n° 2021-1485 (REEN) art. 35 ; décret n° 2022-1084, CGCT art. D.2311-15-1'),
    ('EQUIPMENT_LIFECYCLE', 2, 'Gestion durable du cycle de vie du matériel informatique',
     'Loi n° 2021-1485 (REEN) art. 35 ; décret n° 2022-1084, CGCT art. D.2311-15-1'),
    ('ECO_DESIGN', 3, 'Écoconception des sites et services numériques',
     'Loi n° 2021-1485 (REEN) art. 35 ; décret n° 2022-1084, CGCT art. D.2311-15-1'),
    ('AWARENESS', 4, 'Sensibilisation des agents et des élus (numérique responsable et sécurité informatique)',
     'Loi n° 2021-1485 (REEN) art. 35 ; décret n° 2022-1084, CGCT art. D.2311-15-1'),
    ('DIGITAL_INCLUSION', 5, 'Inclusion numérique des citoyens',
     'Loi n° 2021-1485 (REEN) art. 35 ; décret n° 2022-1084, CGCT art. D.2311-15-1'),
    ('SUSTAINABLE_TERRITORY', 6, 'Territoire connecté et durable, données ouvertes',
     'Loi n° 2021-1485 (REEN) art. 35 ; décret n° 2022-1084, CGCT art. D.2311-15-1');

-- Plan themes (enum fr.mutualis.api.plan.Theme) → REEN theme. STRATEGY_GOVERNANCE and MEASUREMENT are cross-cutting
-- and count towards none on their own.
CREATE TABLE reen_theme_mapping (
    plan_theme text PRIMARY KEY,
    reen_theme text NOT NULL REFERENCES reen_theme (code)
);
INSERT INTO reen_theme_mapping (plan_theme, reen_theme) VALUES
    ('PROCUREMENT', 'SUSTAINABLE_PROCUREMENT'),
    ('EQUIPMENT_REDUCTION', 'EQUIPMENT_LIFECYCLE'),
    ('END_OF_LIFE', 'EQUIPMENT_LIFECYCLE'),
    ('ECO_DESIGN', 'ECO_DESIGN'),
    ('DATA_CENTRES_HOSTING', 'ECO_DESIGN'),
    ('TRAINING_AWARENESS', 'AWARENESS'),
    ('USAGE', 'AWARENESS'),
    ('DIGITAL_INCLUSION', 'DIGITAL_INCLUSION'),
    ('DATA_ETHICS', 'SUSTAINABLE_TERRITORY');

CREATE TABLE action_plan (
    tenant_id    uuid NOT NULL REFERENCES authority (id),
    id           uuid NOT NULL,
    title        text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
    start_year   integer NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    end_year     integer NOT NULL CHECK (end_year BETWEEN 2000 AND 2100),
    status       text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    visibility   text NOT NULL DEFAULT 'NETWORK' CHECK (visibility IN ('NETWORK', 'PUBLIC')),
    label_target text NOT NULL DEFAULT 'NONE' CHECK (label_target IN ('NONE', 'INR_LEVEL_1', 'INR_LEVEL_2')),
    published_at timestamptz,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (end_year >= start_year AND end_year - start_year <= 20),
    CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);
-- The network view: newest published plans first.
CREATE INDEX action_plan_network ON action_plan (published_at DESC, id DESC) WHERE status = 'PUBLISHED';

CREATE TABLE plan_action (
    tenant_id                uuid NOT NULL,
    id                       uuid NOT NULL,
    plan_id                  uuid NOT NULL,
    parent_id                uuid,
    title                    text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
    description              text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    objective                text CHECK (length(objective) <= 1000),
    theme                    text NOT NULL CHECK (theme IN ('STRATEGY_GOVERNANCE', 'MEASUREMENT', 'PROCUREMENT',
                                 'EQUIPMENT_REDUCTION', 'USAGE', 'ECO_DESIGN', 'DATA_CENTRES_HOSTING',
                                 'TRAINING_AWARENESS', 'END_OF_LIFE', 'DIGITAL_INCLUSION', 'DATA_ETHICS')),
    status                   text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE',
                                 'PAUSED', 'ABANDONED', 'BLOCKED')),
    priority                 text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    start_date               date,
    due_date                 date,
    pilot                    text CHECK (length(pilot) <= 200),
    budget                   numeric(14, 2) CHECK (budget >= 0),
    progress                 integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    -- Whether its plan is PUBLISHED, kept by triggers (below): the read policy tests a column, not a subquery per row.
    plan_published           boolean NOT NULL DEFAULT false,
    -- Where an adopted action came from. The source belongs to ANOTHER tenant: no foreign key, on purpose. A composite
    -- foreign key across tenants would break the sharding rule (rows of one tenant must not depend on another
    -- tenant's shard), would let the source's owner be blocked from deleting their own action, and RLS would hide the
    -- referenced row from the adopter's transaction anyway. The adopter keeps its copy when the source goes away.
    adopted_from_tenant_id   uuid,
    adopted_from_action_id   uuid,
    adopted_from_practice_id uuid,
    version                  bigint NOT NULL DEFAULT 0,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, plan_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plan (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, plan_id, parent_id) REFERENCES plan_action (tenant_id, plan_id, id) ON DELETE CASCADE,
    CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date),
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK ((adopted_from_action_id IS NULL) = (adopted_from_tenant_id IS NULL)),
    CHECK (adopted_from_action_id IS NULL OR adopted_from_practice_id IS NULL)
);
CREATE INDEX plan_action_plan ON plan_action (tenant_id, plan_id, theme);
CREATE INDEX plan_action_parent ON plan_action (tenant_id, plan_id, parent_id);
-- An adoption names its source by id alone (the adopter does not know the source's tenant beforehand).
CREATE INDEX plan_action_id ON plan_action (id);

-- Indicators linked to an action, with a target value and year. The code names an indicator of the shared catalogue
-- (issue "indicators"): checked against its pattern here, against the catalogue once both features are merged.
CREATE TABLE plan_action_indicator (
    tenant_id   uuid NOT NULL,
    id          uuid NOT NULL,
    action_id   uuid NOT NULL,
    code        text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    target      numeric(14, 3),
    target_year integer CHECK (target_year BETWEEN 2000 AND 2100),
    position    integer NOT NULL,
    plan_published boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, action_id, code),
    FOREIGN KEY (tenant_id, action_id) REFERENCES plan_action (tenant_id, id) ON DELETE CASCADE
);

-- Who changed an action, when, and what (field → {from, to}). Private to the authority.
CREATE TABLE plan_action_change (
    tenant_id  uuid NOT NULL,
    id         uuid NOT NULL,
    action_id  uuid NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    actor_id   text NOT NULL,
    actor_name text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('CREATED', 'UPDATED', 'IMPORTED', 'ADOPTED')),
    changes    jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, action_id) REFERENCES plan_action (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX plan_action_change_action ON plan_action_change (tenant_id, action_id, changed_at DESC, id DESC);

-- The public ledger of adoptions, owned by the ADOPTER (tenant_id) and readable by everyone: the source authority,
-- the network view and the best-practice pages count adoptions without seeing the adopter's (possibly draft) plan.
-- It tells only "this authority adopted that published action or practice", which the network is meant to know.
CREATE TABLE action_adoption (
    tenant_id        uuid NOT NULL,
    id               uuid NOT NULL,
    source_tenant_id uuid,
    source_action_id uuid,
    practice_id      uuid,
    adopted_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, id) REFERENCES plan_action (tenant_id, id) ON DELETE CASCADE,
    CHECK ((source_action_id IS NULL) <> (practice_id IS NULL))
);
CREATE INDEX action_adoption_source ON action_adoption (source_action_id) WHERE source_action_id IS NOT NULL;
CREATE INDEX action_adoption_practice ON action_adoption (practice_id) WHERE practice_id IS NOT NULL;

-- plan_published follows the plan's status: set on insert, updated when the plan's status changes. The triggers run
-- with the caller's rights (RLS applies): a plan's actions and indicators belong to the plan's tenant.
CREATE FUNCTION plan_action_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.plan_published := EXISTS (SELECT 1 FROM action_plan p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.plan_id
                                                                AND p.status = 'PUBLISHED');
    RETURN NEW;
END $$;
CREATE FUNCTION plan_action_indicator_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.plan_published := coalesce((SELECT a.plan_published FROM plan_action a
                                    WHERE a.tenant_id = NEW.tenant_id AND a.id = NEW.action_id), false);
    RETURN NEW;
END $$;
CREATE FUNCTION action_plan_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE plan_action SET plan_published = (NEW.status = 'PUBLISHED')
    WHERE tenant_id = NEW.tenant_id AND plan_id = NEW.id;
    UPDATE plan_action_indicator i SET plan_published = (NEW.status = 'PUBLISHED')
    FROM plan_action a
    WHERE a.tenant_id = NEW.tenant_id AND a.plan_id = NEW.id AND i.tenant_id = a.tenant_id AND i.action_id = a.id;
    RETURN NEW;
END $$;
CREATE TRIGGER plan_action_published BEFORE INSERT ON plan_action
    FOR EACH ROW EXECUTE FUNCTION plan_action_published();
CREATE TRIGGER plan_action_indicator_published BEFORE INSERT ON plan_action_indicator
    FOR EACH ROW EXECUTE FUNCTION plan_action_indicator_published();
CREATE TRIGGER action_plan_status_changed AFTER UPDATE OF status ON action_plan
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION action_plan_status_changed();

ALTER TABLE reen_theme ENABLE ROW LEVEL SECURITY;
ALTER TABLE reen_theme FORCE ROW LEVEL SECURITY;
CREATE POLICY reen_theme_read ON reen_theme FOR SELECT USING (true);
ALTER TABLE reen_theme_mapping ENABLE ROW LEVEL SECURITY;
ALTER TABLE reen_theme_mapping FORCE ROW LEVEL SECURITY;
CREATE POLICY reen_theme_mapping_read ON reen_theme_mapping FOR SELECT USING (true);

ALTER TABLE action_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON action_plan USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY action_plan_published_read ON action_plan FOR SELECT USING (status = 'PUBLISHED');

ALTER TABLE plan_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_action FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON plan_action USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY plan_action_published_read ON plan_action FOR SELECT USING (plan_published);

ALTER TABLE plan_action_indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_action_indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON plan_action_indicator
    USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY plan_action_indicator_published_read ON plan_action_indicator FOR SELECT USING (plan_published);

ALTER TABLE plan_action_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_action_change FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON plan_action_change
    USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE action_adoption ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_adoption FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON action_adoption USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY action_adoption_read ON action_adoption FOR SELECT USING (true);

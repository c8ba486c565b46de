-- Refurbishment partners and equipment reuse (issue 6): the shared partner directory, the authorities' equipment lots,
-- purchases and reviews (tenant-owned), the webhook delivery log, and the legal targets as data with their source.
--
-- Partners are not tenants. A partner's request runs with app.partner_id set (local to its transaction, from its
-- validated client-credentials token, see docs/adr/0011-partner-access-to-tenant-lots.md); the policies named
-- partner_* below are the only way a partner reaches tenant-owned rows.

CREATE FUNCTION app_partner() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.partner_id', true), '')::uuid $$;

-- Reference data: the equipment categories, whether décret 2023-266 covers them, and their AGEC purchase family.
CREATE TABLE equipment_category (
    code          text PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    in_reen_scope boolean NOT NULL,
    agec_family   text NOT NULL,
    note          text NOT NULL
);
INSERT INTO equipment_category (code, in_reen_scope, agec_family, note) VALUES
    ('LAPTOP', true, 'IT_TELEPHONY', 'small IT equipment (décret 2023-266 art. 1)'),
    ('DESKTOP', true, 'IT_TELEPHONY', 'small IT equipment (décret 2023-266 art. 1)'),
    ('MONITOR', true, 'IT_TELEPHONY', 'screen over 100 cm² (décret 2023-266 art. 1)'),
    ('SMARTPHONE', true, 'IT_TELEPHONY', 'small telecom equipment (décret 2023-266 art. 1)'),
    ('TABLET', true, 'IT_TELEPHONY', 'small IT equipment (décret 2023-266 art. 1)'),
    ('PRINTER', true, 'IT_TELEPHONY', 'small IT equipment when under 50 cm; check large printers case by case'),
    ('NETWORK', true, 'IT_TELEPHONY', 'small IT and telecom equipment (décret 2023-266 art. 1)'),
    ('SERVER', false, 'IT_TELEPHONY', 'large equipment: outside the décret 2023-266 count (to be confirmed)'),
    ('OTHER', false, 'IT_TELEPHONY', 'not classified: outside the décret 2023-266 count');

-- Legal targets: one row per rule, kind, AGEC family (null for REEN) and first year it applies; the target of a year
-- is the row with the greatest first_year <= year and (last_year IS NULL OR year <= last_year). Never in code.
CREATE TABLE legal_target (
    kind        text NOT NULL CHECK (kind IN ('REEN', 'AGEC')),
    family      text NOT NULL DEFAULT '',
    first_year  integer NOT NULL,
    last_year   integer,
    rate        numeric(5, 2) NOT NULL CHECK (rate BETWEEN 0 AND 100),
    source      text NOT NULL,
    note        text NOT NULL DEFAULT '',
    PRIMARY KEY (kind, family, first_year)
);
INSERT INTO legal_target (kind, family, first_year, last_year, rate, source, note) VALUES
    ('REEN', '', 2023, 2023, 25, 'Décret n° 2023-266 du 12 avril 2023, art. 1 (loi REEN art. 16)',
     'Share of retired IT equipment sent to reuse: A / B × 100'),
    ('REEN', '', 2024, 2024, 35, 'Décret n° 2023-266 du 12 avril 2023, art. 1 (loi REEN art. 16)', ''),
    ('REEN', '', 2025, NULL, 50, 'Décret n° 2023-266 du 12 avril 2023, art. 1 (loi REEN art. 16)', 'From 2025 on'),
    ('AGEC', 'IT_TELEPHONY', 2021, 2023, 20, 'Décret n° 2021-254 du 9 mars 2021, annexe (loi AGEC art. 58)',
     'Replaced by décret n° 2024-134 from 1 July 2024: its annex rates for 2024, 2027 and 2030 must be read in the '
     || 'Journal officiel and seeded by a migration before the report shows a target for those years');

CREATE TABLE partner (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    siret       char(14) NOT NULL UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
    kind        text NOT NULL CHECK (kind IN ('ASSOCIATION', 'SOCIAL_ECONOMY_COMPANY', 'SOCIAL_ENTERPRISE', 'COMPANY')),
    services    text[] NOT NULL DEFAULT '{}',
    categories  text[] NOT NULL DEFAULT '{}',
    departments text[] NOT NULL DEFAULT '{}',
    labels      text[] NOT NULL DEFAULT '{}',
    website     text,
    webhook_url text,
    client_id   text NOT NULL UNIQUE,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_departments ON partner USING gin (departments);
CREATE INDEX partner_categories ON partner USING gin (categories);

-- The webhook signing secret, apart from the directory (which everyone reads): only the operator context (the api's
-- dispatcher and registration) reads or writes it.
CREATE TABLE partner_secret (
    partner_id     uuid PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE,
    webhook_secret text NOT NULL
);

CREATE FUNCTION partner_serves(p uuid, department text, category text) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM partner WHERE id = p AND department = ANY (departments)
                                                 AND category = ANY (categories)) $$;

-- Services of an authority, for internal redeployment (VITAL services need irreproachable hardware).
CREATE TABLE authority_service (
    tenant_id  uuid NOT NULL REFERENCES authority (id),
    id         uuid NOT NULL,
    name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    tier       text NOT NULL CHECK (tier IN ('VITAL', 'STANDARD')),
    agents     integer NOT NULL DEFAULT 0 CHECK (agents >= 0),
    needs      text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE equipment_lot (
    tenant_id               uuid NOT NULL REFERENCES authority (id),
    id                      uuid NOT NULL,
    category                text NOT NULL REFERENCES equipment_category (code),
    quantity                integer NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    average_age_years       numeric(4, 1) NOT NULL CHECK (average_age_years BETWEEN 0 AND 50),
    condition               text NOT NULL CHECK (condition IN ('WORKING', 'NEEDS_REPAIR', 'FOR_PARTS')),
    data_erasure_required   boolean NOT NULL,
    classified_data         boolean NOT NULL DEFAULT false,
    department_code         text NOT NULL CHECK (department_code ~ '^([0-9]{2}|2A|2B|97[1-6])$'),
    destination             text NOT NULL CHECK (destination IN ('EXTERNAL_REUSE', 'INTERNAL_REDEPLOYMENT', 'RECYCLING')),
    description             text NOT NULL DEFAULT '',
    retired_on              date NOT NULL,
    status                  text NOT NULL DEFAULT 'DECLARED'
                                CHECK (status IN ('DECLARED', 'OFFERED', 'CLAIMED', 'COLLECTED', 'PROCESSED', 'CANCELLED')),
    claimed_by              uuid REFERENCES partner (id),
    service_id              uuid,
    offered_at              timestamptz,
    claimed_at              timestamptz,
    collected_at            timestamptz,
    processed_at            timestamptz,
    cancelled_at            timestamptz,
    reused                  integer CHECK (reused >= 0),
    refurbished             integer CHECK (refurbished >= 0),
    recycled                integer CHECK (recycled >= 0),
    destroyed               integer CHECK (destroyed >= 0),
    erasure_certificate_ref text,
    version                 bigint NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, service_id) REFERENCES authority_service (tenant_id, id),
    CHECK (status <> 'PROCESSED' OR reused + refurbished + recycled + destroyed = quantity),
    CHECK (status <> 'PROCESSED' OR NOT data_erasure_required OR length(btrim(erasure_certificate_ref)) > 0),
    CHECK (claimed_by IS NULL OR service_id IS NULL)
);
CREATE INDEX equipment_lot_offered ON equipment_lot (department_code, category) WHERE status = 'OFFERED';
CREATE INDEX equipment_lot_by_tenant ON equipment_lot (tenant_id, created_at DESC, id DESC);
CREATE INDEX equipment_lot_claimed_by ON equipment_lot (claimed_by) WHERE claimed_by IS NOT NULL;

-- The timeline of a lot: one row per transition.
CREATE TABLE lot_event (
    tenant_id   uuid NOT NULL,
    id          uuid NOT NULL,
    lot_id      uuid NOT NULL,
    status      text NOT NULL,
    actor       text NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, lot_id) REFERENCES equipment_lot (tenant_id, id)
);
CREATE INDEX lot_event_lot ON lot_event (tenant_id, lot_id, occurred_at);

CREATE TABLE purchase (
    tenant_id        uuid NOT NULL REFERENCES authority (id),
    id               uuid NOT NULL,
    year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    category         text NOT NULL REFERENCES equipment_category (code),
    quantity         integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    amount           numeric(14, 2) NOT NULL CHECK (amount >= 0),
    from_reuse       boolean NOT NULL,
    recycled_content boolean NOT NULL,
    supplier         text NOT NULL DEFAULT '',
    partner_id       uuid REFERENCES partner (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX purchase_year ON purchase (tenant_id, year, category);

-- One review per authority and partner; the network reads every review (they are shared content).
CREATE TABLE partner_review (
    tenant_id  uuid NOT NULL REFERENCES authority (id),
    id         uuid NOT NULL,
    partner_id uuid NOT NULL REFERENCES partner (id),
    rating     integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment    text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    author     text NOT NULL,
    version    bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, partner_id)
);
CREATE INDEX partner_review_partner ON partner_review (partner_id);

-- Webhook deliveries (an outbox written in the transaction that offers the lot, sent by the dispatcher).
CREATE TABLE webhook_delivery (
    tenant_id       uuid NOT NULL REFERENCES authority (id),
    id              uuid NOT NULL,
    partner_id      uuid NOT NULL REFERENCES partner (id),
    lot_id          uuid NOT NULL,
    event           text NOT NULL,
    url             text NOT NULL,
    payload         text NOT NULL,
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_status     integer,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, lot_id) REFERENCES equipment_lot (tenant_id, id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_partner ON webhook_delivery (partner_id, created_at DESC);

-- Row-level security.
ALTER TABLE equipment_category ENABLE ROW LEVEL SECURITY;
ALTER TABLE equipment_category FORCE ROW LEVEL SECURITY;
CREATE POLICY equipment_category_read ON equipment_category FOR SELECT USING (true);

ALTER TABLE legal_target ENABLE ROW LEVEL SECURITY;
ALTER TABLE legal_target FORCE ROW LEVEL SECURITY;
CREATE POLICY legal_target_read ON legal_target FOR SELECT USING (true);

ALTER TABLE partner ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_read ON partner FOR SELECT USING (true);
CREATE POLICY partner_create ON partner FOR INSERT WITH CHECK (app_is_operator());
CREATE POLICY partner_update ON partner FOR UPDATE
    USING (app_is_operator() OR id = app_partner()) WITH CHECK (app_is_operator() OR id = app_partner());

ALTER TABLE partner_secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_secret FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_secret_operator ON partner_secret USING (app_is_operator()) WITH CHECK (app_is_operator());

ALTER TABLE authority_service ENABLE ROW LEVEL SECURITY;
ALTER TABLE authority_service FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON authority_service USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE equipment_lot ENABLE ROW LEVEL SECURITY;
ALTER TABLE equipment_lot FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON equipment_lot USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
-- A partner sees the lots it holds, and the lots for reuse or recycling that were offered in its area (to tell "taken by
-- someone else" (409) from "not yours to see" (404)); the api shows it only OFFERED ones in lists.
CREATE POLICY partner_read ON equipment_lot FOR SELECT USING (app_partner() IS NOT NULL AND (claimed_by = app_partner()
    OR (destination <> 'INTERNAL_REDEPLOYMENT' AND offered_at IS NOT NULL
        AND partner_serves(app_partner(), department_code, category))));
-- A partner claims an offered lot of its area, or moves a lot it holds; the new row must be held by it.
CREATE POLICY partner_write ON equipment_lot FOR UPDATE USING (app_partner() IS NOT NULL AND (claimed_by = app_partner()
    OR (status = 'OFFERED' AND destination <> 'INTERNAL_REDEPLOYMENT'
        AND partner_serves(app_partner(), department_code, category))))
    WITH CHECK (claimed_by = app_partner());
-- The webhook dispatcher (operator context) reads the lot a delivery is about.
CREATE POLICY operator_read ON equipment_lot FOR SELECT USING (app_is_operator() AND app_tenant() IS NULL);

ALTER TABLE lot_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE lot_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lot_event USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY partner_append ON lot_event FOR INSERT WITH CHECK (app_partner() IS NOT NULL AND EXISTS (
    SELECT 1 FROM equipment_lot l WHERE l.tenant_id = lot_event.tenant_id AND l.id = lot_event.lot_id
                                    AND l.claimed_by = app_partner()));
REVOKE UPDATE, DELETE, TRUNCATE ON lot_event FROM ${appRole};

ALTER TABLE purchase ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchase FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON purchase USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE partner_review ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_review FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON partner_review USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY network_read ON partner_review FOR SELECT USING (true);

ALTER TABLE webhook_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_delivery USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY partner_read ON webhook_delivery FOR SELECT USING (partner_id = app_partner());
CREATE POLICY operator_dispatch ON webhook_delivery USING (app_is_operator() AND app_tenant() IS NULL)
    WITH CHECK (app_is_operator() AND app_tenant() IS NULL);

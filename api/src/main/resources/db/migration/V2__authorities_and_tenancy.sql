-- Authorities are the tenants. The authority table is the shared tenant registry (readable by every caller, written by
-- the operator, or by the authority itself for its own profile); every tenant-owned table below follows the schema
-- rules of docs/architecture.md: tenant_id NOT NULL, PRIMARY KEY (tenant_id, id), UNIQUE constraints that include
-- tenant_id, composite foreign keys, application-generated UUID v7 ids, and a forced row-level security policy.
--
-- The api sets, with set_config(..., true) right after BEGIN (local to the transaction):
--   app.tenant_id  the authority the request acts for (empty: none, so tenant-owned rows are invisible)
--   app.user_id    the Keycloak subject of the caller
--   app.operator   'true' for the platform operator

CREATE FUNCTION app_tenant() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;
CREATE FUNCTION app_user() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.user_id', true), '') $$;
CREATE FUNCTION app_is_operator() RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT coalesce(current_setting('app.operator', true), '') = 'true' $$;

CREATE TABLE authority (
    id                       uuid PRIMARY KEY,
    slug                     text NOT NULL UNIQUE
                                 CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 2 AND 63),
    name                     text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    kind                     text NOT NULL CHECK (kind IN ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'SYNDICAT')),
    siren                    char(9) NOT NULL UNIQUE CHECK (siren ~ '^[0-9]{9}$'),
    insee_code               text CHECK (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    population               integer CHECK (population >= 0),
    agents                   integer CHECK (agents >= 0),
    region_code              text CHECK (region_code ~ '^[0-9]{2}$'),
    department_code          text CHECK (department_code ~ '^([0-9]{2}|2A|2B|97[1-6])$'),
    parent_id                uuid REFERENCES authority (id),
    keycloak_organization_id text UNIQUE,
    version                  bigint NOT NULL DEFAULT 0,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX authority_kind_region ON authority (kind, region_code);
CREATE INDEX authority_parent ON authority (parent_id);
CREATE INDEX authority_name_search ON authority (lower(name) text_pattern_ops);

-- One e-mail domain belongs to one authority (as in Keycloak, where a domain belongs to one organization).
CREATE TABLE authority_domain (
    domain       text PRIMARY KEY CHECK (domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'),
    authority_id uuid NOT NULL REFERENCES authority (id) ON DELETE CASCADE
);
CREATE INDEX authority_domain_authority ON authority_domain (authority_id);

CREATE TABLE membership (
    tenant_id  uuid NOT NULL REFERENCES authority (id),
    id         uuid NOT NULL,
    user_id    text NOT NULL,
    email      text NOT NULL,
    name       text NOT NULL,
    role       text NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'VIEWER')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, user_id)
);
CREATE INDEX membership_user ON membership (user_id);

CREATE TABLE invitation (
    tenant_id  uuid NOT NULL REFERENCES authority (id),
    id         uuid NOT NULL,
    email      text NOT NULL,
    role       text NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'VIEWER')),
    invited_by text NOT NULL,
    status     text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);
CREATE INDEX invitation_email ON invitation (email) WHERE status = 'PENDING';

CREATE TABLE audit_event (
    tenant_id   uuid NOT NULL REFERENCES authority (id),
    id          uuid NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    text NOT NULL,
    actor_name  text NOT NULL,
    action      text NOT NULL,
    target_type text NOT NULL,
    target_id   text NOT NULL,
    request_id  text NOT NULL,
    details     jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_event_recent ON audit_event (tenant_id, occurred_at DESC, id DESC);

-- The audit log is append-only for the api.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${appRole};

-- Row-level security, forced even for the owner.
ALTER TABLE authority ENABLE ROW LEVEL SECURITY;
ALTER TABLE authority FORCE ROW LEVEL SECURITY;
CREATE POLICY authority_read ON authority FOR SELECT USING (true);
CREATE POLICY authority_create ON authority FOR INSERT WITH CHECK (app_is_operator());
CREATE POLICY authority_update ON authority FOR UPDATE
    USING (app_is_operator() OR id = app_tenant()) WITH CHECK (app_is_operator() OR id = app_tenant());
CREATE POLICY authority_delete ON authority FOR DELETE USING (app_is_operator());

ALTER TABLE authority_domain ENABLE ROW LEVEL SECURITY;
ALTER TABLE authority_domain FORCE ROW LEVEL SECURITY;
CREATE POLICY authority_domain_read ON authority_domain FOR SELECT USING (true);
CREATE POLICY authority_domain_write ON authority_domain FOR ALL
    USING (app_is_operator() OR authority_id = app_tenant())
    WITH CHECK (app_is_operator() OR authority_id = app_tenant());

ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
-- A caller always sees their own memberships (for /me and for deciding access), never anyone else's elsewhere.
CREATE POLICY own_memberships ON membership FOR SELECT USING (user_id = app_user());

ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invitation USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_event USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

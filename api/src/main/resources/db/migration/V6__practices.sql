-- Best practices (issue 7): an authority writes a practice (draft, then published to the network, optionally PUBLIC),
-- other authorities find it with French full-text search, endorse it (one endorsement per authority), comment on it,
-- report comments (the operator hides them) and adopt it in their plans.
--
-- Endorsements, comments and reports live in the tenant of the PRACTICE (tenant_id = the author authority) with the
-- acting authority in authority_id: they are co-located with what they are about (composite foreign keys hold, and a
-- sharded database keeps them on the practice's shard), while row-level security lets only the acting authority write.

-- French search that ignores accents: "reemploi" finds "réemploi", "impression" finds "impressions". French stop
-- words are dropped first (before unaccent, so that "à" or "été" are recognised), then accents, then the stemmer.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH DICTIONARY french_stop (TEMPLATE = simple, STOPWORDS = french, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word
    WITH french_stop, unaccent, french_stem;

-- The search query of the practice library: web-search syntax ("phrases", -exclusion, or). PostgreSQL's French stop
-- list misses "les": it is removed here, else "les impressions" would only find texts that contain "les".
CREATE FUNCTION practice_query(words text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT websearch_to_tsquery('french_unaccent'::regconfig, regexp_replace(words, '\mles\M', ' ', 'gi')) $$;

-- The excerpt of a search hit: the words found between two control characters (removed from the text first, so that
-- they can only be the marks), which the api turns into <mark> after escaping the text.
CREATE FUNCTION practice_excerpt(content text, query tsquery) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ts_headline('french_unaccent'::regconfig, translate(content, chr(2) || chr(3), ''), query,
                             'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                             || ', MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "') $$;

CREATE TABLE practice (
    tenant_id    uuid NOT NULL REFERENCES authority (id),
    id           uuid NOT NULL,
    title        text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
    summary      text NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 1000),
    body         text NOT NULL CHECK (length(body) <= 50000),
    theme        text NOT NULL CHECK (theme IN ('STRATEGY_GOVERNANCE', 'MEASUREMENT', 'PROCUREMENT',
                     'EQUIPMENT_REDUCTION', 'USAGE', 'ECO_DESIGN', 'DATA_CENTRES_HOSTING', 'TRAINING_AWARENESS',
                     'END_OF_LIFE', 'DIGITAL_INCLUSION', 'DATA_ETHICS')),
    tags         text[] NOT NULL DEFAULT '{}',
    effort       text NOT NULL CHECK (effort IN ('LOW', 'MEDIUM', 'HIGH')),
    cost         text NOT NULL CHECK (cost IN ('LOW', 'MEDIUM', 'HIGH')),
    impact       text NOT NULL CHECK (impact IN ('LOW', 'MEDIUM', 'HIGH')),
    indicators   text[] NOT NULL DEFAULT '{}',
    visibility   text NOT NULL DEFAULT 'NETWORK' CHECK (visibility IN ('NETWORK', 'PUBLIC')),
    status       text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    author_id    text NOT NULL,
    author_name  text NOT NULL,
    published_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT 0,
    search       tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('french_unaccent'::regconfig, title), 'A')
                     || setweight(to_tsvector('french_unaccent'::regconfig, summary), 'B')
                     || setweight(to_tsvector('french_unaccent'::regconfig, body), 'C')) STORED,
    PRIMARY KEY (tenant_id, id),
    CHECK (status = 'DRAFT' OR published_at IS NOT NULL)
);
CREATE INDEX practice_search ON practice USING gin (search);
CREATE INDEX practice_id ON practice (id);
CREATE INDEX practice_published ON practice (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX practice_tags ON practice USING gin (tags);

CREATE TABLE practice_endorsement (
    tenant_id    uuid NOT NULL,
    id           uuid NOT NULL,
    practice_id  uuid NOT NULL,
    authority_id uuid NOT NULL REFERENCES authority (id),
    user_id      text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, practice_id, authority_id),
    FOREIGN KEY (tenant_id, practice_id) REFERENCES practice (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE practice_comment (
    tenant_id    uuid NOT NULL,
    id           uuid NOT NULL,
    practice_id  uuid NOT NULL,
    authority_id uuid NOT NULL REFERENCES authority (id),
    author_id    text NOT NULL,
    author_name  text NOT NULL,
    body         text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
    hidden       boolean NOT NULL DEFAULT false,
    hidden_by    text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, practice_id) REFERENCES practice (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX practice_comment_thread ON practice_comment (tenant_id, practice_id, created_at, id);

CREATE TABLE practice_comment_report (
    tenant_id    uuid NOT NULL,
    id           uuid NOT NULL,
    comment_id   uuid NOT NULL,
    authority_id uuid NOT NULL REFERENCES authority (id),
    user_id      text NOT NULL,
    reason       text NOT NULL CHECK (length(reason) <= 1000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, comment_id, user_id),
    FOREIGN KEY (tenant_id, comment_id) REFERENCES practice_comment (tenant_id, id) ON DELETE CASCADE
);

-- "New in the network since your last visit": one row per user, not per tenant (a person may belong to several
-- authorities). previous_visit_at is the baseline the page compares with; it moves when a new visit starts.
CREATE TABLE network_visit (
    user_id           text PRIMARY KEY,
    previous_visit_at timestamptz NOT NULL,
    last_visit_at     timestamptz NOT NULL
);

ALTER TABLE practice ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice FORCE ROW LEVEL SECURITY;
-- Drafts are the author authority's own; published practices are read by the whole network (the api filters too).
CREATE POLICY practice_read ON practice FOR SELECT USING (tenant_id = app_tenant() OR status = 'PUBLISHED');
CREATE POLICY practice_insert ON practice FOR INSERT WITH CHECK (tenant_id = app_tenant());
CREATE POLICY practice_update ON practice FOR UPDATE
    USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY practice_delete ON practice FOR DELETE USING (tenant_id = app_tenant());

ALTER TABLE practice_endorsement ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_endorsement FORCE ROW LEVEL SECURITY;
CREATE POLICY endorsement_read ON practice_endorsement FOR SELECT USING (true);
CREATE POLICY endorsement_insert ON practice_endorsement FOR INSERT WITH CHECK (authority_id = app_tenant()
    AND EXISTS (SELECT 1 FROM practice p WHERE p.tenant_id = practice_endorsement.tenant_id
                AND p.id = practice_endorsement.practice_id AND p.status = 'PUBLISHED'));
CREATE POLICY endorsement_delete ON practice_endorsement FOR DELETE USING (authority_id = app_tenant());

ALTER TABLE practice_comment ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_comment FORCE ROW LEVEL SECURITY;
CREATE POLICY comment_read ON practice_comment FOR SELECT USING (true);
CREATE POLICY comment_insert ON practice_comment FOR INSERT WITH CHECK (authority_id = app_tenant()
    AND EXISTS (SELECT 1 FROM practice p WHERE p.tenant_id = practice_comment.tenant_id
                AND p.id = practice_comment.practice_id AND p.status = 'PUBLISHED'));
-- Only the operator moderates (hides or shows again) a comment.
CREATE POLICY comment_moderation ON practice_comment FOR UPDATE USING (app_is_operator()) WITH CHECK (app_is_operator());

ALTER TABLE practice_comment_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_comment_report FORCE ROW LEVEL SECURITY;
CREATE POLICY report_read ON practice_comment_report FOR SELECT
    USING (authority_id = app_tenant() OR app_is_operator());
CREATE POLICY report_insert ON practice_comment_report FOR INSERT WITH CHECK (authority_id = app_tenant());

ALTER TABLE network_visit ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_visit FORCE ROW LEVEL SECURITY;
CREATE POLICY own_visit ON network_visit USING (user_id = app_user()) WITH CHECK (user_id = app_user());

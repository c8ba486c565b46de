-- Knowledge questionnaires (issue 9). Question banks are shared reference data written by the operator; campaigns,
-- anonymous responses and their tallies belong to an authority. See docs/adr/0013-anonymous-questionnaires.md.
--
-- Anonymity: no table below holds a user id, a name, an e-mail, an IP address, a user agent, or the time of an answer.
-- A response keeps only a SHA-256 of (campaign id, random browser token), to refuse a second answer from the same
-- browser, and its ids are random (UUID v4), not time-ordered.

CREATE TABLE questionnaire (
    id          uuid PRIMARY KEY,
    title       text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE question (
    questionnaire_id uuid NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    id               uuid PRIMARY KEY,
    position         integer NOT NULL CHECK (position >= 1),
    kind             text NOT NULL CHECK (kind IN ('SINGLE', 'MULTIPLE')),
    text             text NOT NULL CHECK (length(btrim(text)) BETWEEN 3 AND 1000),
    explanation      text NOT NULL CHECK (length(btrim(explanation)) BETWEEN 3 AND 3000),
    theme            text NOT NULL CHECK (length(btrim(theme)) BETWEEN 2 AND 80),
    source           text NOT NULL CHECK (length(btrim(source)) BETWEEN 2 AND 500),
    version          bigint NOT NULL DEFAULT 0,
    UNIQUE (questionnaire_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE question_choice (
    question_id uuid NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    id          uuid PRIMARY KEY,
    position    integer NOT NULL CHECK (position >= 1),
    label       text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 500),
    correct     boolean NOT NULL,
    UNIQUE (question_id, position)
);

CREATE TABLE campaign (
    tenant_id        uuid NOT NULL REFERENCES authority (id),
    id               uuid NOT NULL,
    questionnaire_id uuid NOT NULL REFERENCES questionnaire (id),
    audience         text NOT NULL CHECK (audience IN ('AGENTS', 'ELECTED')),
    opens_at         timestamptz NOT NULL,
    closes_at        timestamptz NOT NULL,
    link_token       text NOT NULL CHECK (length(link_token) >= 32),
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, link_token),
    CHECK (closes_at > opens_at)
);
CREATE INDEX campaign_link ON campaign (link_token);
CREATE INDEX campaign_recent ON campaign (tenant_id, opens_at DESC, id DESC);

-- One row per answering browser: only a hash of its random token, and the score it reached (0-100).
CREATE TABLE campaign_response (
    tenant_id       uuid NOT NULL,
    id              uuid NOT NULL,
    campaign_id     uuid NOT NULL,
    respondent_hash bytea NOT NULL CHECK (length(respondent_hash) = 32),
    score           numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, campaign_id, respondent_hash),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id)
);

-- Whether each answer was right: what the per-theme scores are computed from.
CREATE TABLE campaign_answer (
    tenant_id   uuid NOT NULL,
    id          uuid NOT NULL,
    response_id uuid NOT NULL,
    question_id uuid NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    correct     boolean NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, response_id, question_id),
    FOREIGN KEY (tenant_id, response_id) REFERENCES campaign_response (tenant_id, id)
);

-- The running tally of a campaign, kept in the transaction of each response (atomic increments, no lost update).
-- Other authorities may read a tally once it reaches 5 answers: that is what the network median is computed from, and
-- it carries no answer of anyone.
CREATE TABLE campaign_tally (
    tenant_id        uuid NOT NULL,
    id               uuid NOT NULL,
    questionnaire_id uuid NOT NULL REFERENCES questionnaire (id),
    audience         text NOT NULL CHECK (audience IN ('AGENTS', 'ELECTED')),
    closes_at        timestamptz NOT NULL,
    answers          integer NOT NULL DEFAULT 0 CHECK (answers >= 0),
    score_sum        numeric(12, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, id) REFERENCES campaign (tenant_id, id)
);
CREATE INDEX campaign_tally_network ON campaign_tally (questionnaire_id, audience) WHERE answers >= 5;

ALTER TABLE questionnaire ENABLE ROW LEVEL SECURITY;
ALTER TABLE questionnaire FORCE ROW LEVEL SECURITY;
CREATE POLICY questionnaire_read ON questionnaire FOR SELECT USING (true);
CREATE POLICY questionnaire_write ON questionnaire FOR ALL USING (app_is_operator()) WITH CHECK (app_is_operator());

ALTER TABLE question ENABLE ROW LEVEL SECURITY;
ALTER TABLE question FORCE ROW LEVEL SECURITY;
CREATE POLICY question_read ON question FOR SELECT USING (true);
CREATE POLICY question_write ON question FOR ALL USING (app_is_operator()) WITH CHECK (app_is_operator());

ALTER TABLE question_choice ENABLE ROW LEVEL SECURITY;
ALTER TABLE question_choice FORCE ROW LEVEL SECURITY;
CREATE POLICY question_choice_read ON question_choice FOR SELECT USING (true);
CREATE POLICY question_choice_write ON question_choice FOR ALL USING (app_is_operator())
    WITH CHECK (app_is_operator());

-- An anonymous respondent names the campaign by its secret link (app.campaign_link, set inside the transaction by the
-- api): that one row becomes readable, nothing else.
CREATE FUNCTION app_campaign_link() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.campaign_link', true), '') $$;

ALTER TABLE campaign ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaign USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY by_secret_link ON campaign FOR SELECT USING (link_token = app_campaign_link());

ALTER TABLE campaign_response ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_response FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaign_response USING (tenant_id = app_tenant())
    WITH CHECK (tenant_id = app_tenant());

ALTER TABLE campaign_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaign_answer USING (tenant_id = app_tenant())
    WITH CHECK (tenant_id = app_tenant());

ALTER TABLE campaign_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaign_tally USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY network_read ON campaign_tally FOR SELECT USING (answers >= 5);

-- What the library's search needs kept by PostgreSQL itself (ADR 0019).
--
-- 1. The library without words (its first page, and every page after it) showed the facets and total of all published
-- practices, counted on each call over tens of thousands of rows. They are kept here instead, per visibility, theme,
-- kind and région of the author authority, by triggers on practice and authority, so that the search reads a few
-- hundred rows (SearchRows.BROWSE). A search with words, a tag or publishedSince still counts its matches.
-- 2. The library's version, below, which tells the api's kept answers whether they are still true.
CREATE TABLE practice_facet_count (
    visibility  text NOT NULL,
    theme       text NOT NULL,
    kind        text NOT NULL,
    region_code text NOT NULL,  -- '' for an authority without région (the facet leaves it out, the total counts it)
    practices   bigint NOT NULL,
    PRIMARY KEY (visibility, theme, kind, region_code)
);

ALTER TABLE practice_facet_count ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_facet_count FORCE ROW LEVEL SECURITY;
-- Read as the practices they count are (V10): a visitor only learns the counts of PUBLIC practices.
CREATE POLICY practice_facet_count_read ON practice_facet_count FOR SELECT
    USING (NOT app_is_visitor() OR visibility = 'PUBLIC');
-- Written only by the functions below, which run as their owner (the role running this migration); the runtime role
-- may only read.
CREATE POLICY practice_facet_count_upkeep ON practice_facet_count TO CURRENT_USER USING (true) WITH CHECK (true);
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON practice_facet_count FROM ${appRole};

-- Adds n to the count of one practice's key (n is 1 or -1).
CREATE FUNCTION practice_facet_count_add(tenant uuid, practice_visibility text, practice_theme text, n integer)
    RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ INSERT INTO practice_facet_count AS c (visibility, theme, kind, region_code, practices)
          SELECT practice_visibility, practice_theme, a.kind, coalesce(a.region_code, ''), n
          FROM authority a WHERE a.id = tenant
          ON CONFLICT (visibility, theme, kind, region_code) DO UPDATE SET practices = c.practices + EXCLUDED.practices $$;

-- A practice counts while it is PUBLISHED. An update that moves it from one key to another changes the two counts in
-- the order of their keys (its tenant does not change: practice_update's policy), so that two such updates never wait
-- for each other in a cycle. The shared lock per author authority orders this with a change of the authority's kind or
-- région (below): either that change counts this practice, or this practice is counted under the new kind and région.
CREATE FUNCTION practice_facet_count_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    removed boolean := false;
    added boolean := false;
    tenant uuid;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        removed := OLD.status = 'PUBLISHED';
        tenant := OLD.tenant_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        added := NEW.status = 'PUBLISHED';
        tenant := NEW.tenant_id;
    END IF;
    IF removed OR added THEN
        PERFORM pg_advisory_xact_lock_shared(hashtext('practice_facet_count'), hashtext(tenant::text));
    END IF;
    IF removed AND added THEN
        IF (NEW.visibility, NEW.theme) < (OLD.visibility, OLD.theme) THEN
            PERFORM practice_facet_count_add(NEW.tenant_id, NEW.visibility, NEW.theme, 1);
            added := false;
        END IF;
    END IF;
    IF removed THEN
        PERFORM practice_facet_count_add(OLD.tenant_id, OLD.visibility, OLD.theme, -1);
    END IF;
    IF added THEN
        PERFORM practice_facet_count_add(NEW.tenant_id, NEW.visibility, NEW.theme, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER practice_facet_count_inserted_or_deleted AFTER INSERT OR DELETE ON practice
    FOR EACH ROW EXECUTE FUNCTION practice_facet_count_changed();
CREATE TRIGGER practice_facet_count_updated AFTER UPDATE OF status, visibility, theme, tenant_id ON practice
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.visibility IS DISTINCT FROM NEW.visibility
                       OR OLD.theme IS DISTINCT FROM NEW.theme OR OLD.tenant_id IS DISTINCT FROM NEW.tenant_id)
    EXECUTE FUNCTION practice_facet_count_changed();

-- A count needs every PUBLISHED practice, which row-level security shows to anyone signed in (V10), not to a visitor.
CREATE FUNCTION practice_facet_count_reader() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF app_is_visitor() THEN
        RAISE EXCEPTION 'practice_facet_count needs a signed-in reader (app.user_id), who sees every published practice';
    END IF;
END $$;

-- The practices of an authority whose kind or région changes move to their new keys: those PUBLISHED, read after the
-- lock that publications of this authority share, in a statement that sees those committed meanwhile.
CREATE FUNCTION practice_facet_count_authority_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM practice_facet_count_reader();
    PERFORM pg_advisory_xact_lock(hashtext('practice_facet_count'), hashtext(NEW.id::text));
    WITH moved AS (
        SELECT p.visibility, p.theme, count(*) AS n FROM practice p
        WHERE p.tenant_id = NEW.id AND p.status = 'PUBLISHED' GROUP BY p.visibility, p.theme),
    changes AS (
        SELECT m.visibility, m.theme, OLD.kind AS kind, coalesce(OLD.region_code, '') AS region_code, -m.n AS n
        FROM moved m
        UNION ALL
        SELECT m.visibility, m.theme, NEW.kind, coalesce(NEW.region_code, ''), m.n FROM moved m)
    INSERT INTO practice_facet_count AS c (visibility, theme, kind, region_code, practices)
    SELECT visibility, theme, kind, region_code, sum(n) FROM changes
    GROUP BY visibility, theme, kind, region_code ORDER BY visibility, theme, kind, region_code
    ON CONFLICT (visibility, theme, kind, region_code) DO UPDATE SET practices = c.practices + EXCLUDED.practices;
    RETURN NULL;
END $$;
CREATE TRIGGER practice_facet_count_authority_moved AFTER UPDATE OF kind, region_code ON authority
    FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.region_code IS DISTINCT FROM NEW.region_code)
    EXECUTE FUNCTION practice_facet_count_authority_moved();

-- Counts everything again: after this migration, and after a bulk load that skipped the triggers (the scale data of
-- infra/benchmarks, loaded with session_replication_role = replica).
CREATE FUNCTION practice_facet_count_rebuild() RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$ SELECT practice_facet_count_reader();
          DELETE FROM practice_facet_count;
          INSERT INTO practice_facet_count (visibility, theme, kind, region_code, practices)
          SELECT p.visibility, p.theme, a.kind, coalesce(a.region_code, ''), count(*)
          FROM practice p JOIN authority a ON a.id = p.tenant_id WHERE p.status = 'PUBLISHED'
          GROUP BY p.visibility, p.theme, a.kind, coalesce(a.region_code, '') $$;

REVOKE EXECUTE ON FUNCTION practice_facet_count_add(uuid, text, text, integer), practice_facet_count_rebuild()
    FROM PUBLIC, ${appRole};

-- The library's version: the api keeps its search answers a few seconds and, before searching a kept question again,
-- reads whether anything a search could show has changed since (ADR 0019). It is a row updated by the changing
-- transaction itself, not a sequence (which moves before the commit): whoever reads a number also reads every change
-- it counts. Changes that count: a publication, any change of a published practice (its text shows in the hits) or
-- its withdrawal or deletion, and a change of an author authority's slug, name, kind or région (shown in the hits and
-- the facets). Its triggers fire after the facet counts' (names in that order), so every transaction takes the locks
-- in one order: counts, then this row.
CREATE TABLE practice_library_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint NOT NULL
);
INSERT INTO practice_library_version (version) VALUES (0);
ALTER TABLE practice_library_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_library_version FORCE ROW LEVEL SECURITY;
CREATE POLICY practice_library_version_read ON practice_library_version FOR SELECT USING (true);
CREATE POLICY practice_library_version_upkeep ON practice_library_version TO CURRENT_USER USING (true) WITH CHECK (true);
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON practice_library_version FROM ${appRole};

CREATE FUNCTION practice_library_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE practice_library_version SET version = version + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER practice_library_version_published AFTER INSERT ON practice
    FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION practice_library_changed();
CREATE TRIGGER practice_library_version_changed AFTER UPDATE ON practice
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') EXECUTE FUNCTION practice_library_changed();
CREATE TRIGGER practice_library_version_deleted AFTER DELETE ON practice
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION practice_library_changed();
CREATE TRIGGER practice_library_version_authority AFTER UPDATE OF slug, name, kind, region_code ON authority
    FOR EACH ROW WHEN (OLD.slug IS DISTINCT FROM NEW.slug OR OLD.name IS DISTINCT FROM NEW.name
                       OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.region_code IS DISTINCT FROM NEW.region_code)
    EXECUTE FUNCTION practice_library_changed();

-- As a signed-in reader for this migration's transaction (V11 acts as the operator the same way).
SELECT set_config('app.user_id', 'flyway', true);
SELECT practice_facet_count_rebuild();

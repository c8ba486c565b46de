-- Peer statistics computed once per group and kept until a value of the group changes (issue 5: a comparison over
-- 40,000 authorities aggregated ~32,000 values, ~110 ms of one core, on every request; docs/adr/0020).
--
-- The figures of a peer group depend only on (indicator, year, peer kind, group key) and on the values and the
-- authorities' attributes. They are still computed here, in PostgreSQL, by the same SQL as before, the first time a
-- group is asked for after a change; then kept in peer_statistics with the group's values sorted, so that an
-- authority's rank is two binary searches (width_bucket) instead of a count over the group.
--
-- Freshness without a race: every change to the values of an (indicator, year) bumps a counter in the same
-- transaction (statement triggers below); a kept group carries the counter it was computed at, read in the same
-- snapshot as the values, and is used only while the counter has not moved. A change to the authorities' kind,
-- région, population or agents, or to an indicator's direction or normalisation, bumps the counter of every group.

-- One counter per (indicator, year); the row ('*', 0) is the counter of every group.
CREATE TABLE statistics_generation (
    indicator_code text NOT NULL,
    year           integer NOT NULL,
    generation     bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (indicator_code, year)
);

-- The kept figures of one group. Peers: KIND, REGION, POPULATION_BAND, ALL (the comparison), OPEN (the open
-- statistics, key "kind|région" with either part empty for any). ascending: the group's normalised values turned so
-- that higher is better (negated when lower is better), sorted; descending_negated: the same values negated, sorted
-- (width_bucket counts the values at most x: the first gives the peers doing better, the second the peers doing worse).
CREATE TABLE peer_statistics (
    indicator_code     text NOT NULL,
    year               integer NOT NULL,
    peers              text NOT NULL CHECK (peers IN ('KIND', 'REGION', 'POPULATION_BAND', 'ALL', 'OPEN')),
    group_key          text NOT NULL,
    generation         bigint NOT NULL,
    count              bigint NOT NULL,
    min                numeric,
    p25                numeric,
    median             numeric,
    p75                numeric,
    max                numeric,
    mean               numeric,
    ascending          float8[] NOT NULL,
    descending_negated float8[] NOT NULL,
    PRIMARY KEY (indicator_code, year, peers, group_key)
);
-- Stored uncompressed: sorted floats hardly compress, and reading them back must be a copy, not a decompression.
ALTER TABLE peer_statistics ALTER COLUMN ascending SET STORAGE EXTERNAL;
ALTER TABLE peer_statistics ALTER COLUMN descending_negated SET STORAGE EXTERNAL;

-- Only the functions below (owned by the migration owner) read and write these tables; the runtime role has no
-- privilege on them (the kept values are individual shared values: the api serves them as aggregates only).
REVOKE ALL ON statistics_generation, peer_statistics FROM ${appRole};
ALTER TABLE statistics_generation ENABLE ROW LEVEL SECURITY;
ALTER TABLE statistics_generation FORCE ROW LEVEL SECURITY;
CREATE POLICY statistics_functions ON statistics_generation USING (true) WITH CHECK (true);
ALTER TABLE peer_statistics ENABLE ROW LEVEL SECURITY;
ALTER TABLE peer_statistics FORCE ROW LEVEL SECURITY;
CREATE POLICY statistics_functions ON peer_statistics USING (true) WITH CHECK (true);

-- The counter a group computed now would carry (STABLE: read in the snapshot of the statement that calls it).
CREATE FUNCTION statistics_version(p_code text, p_year integer) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT g.generation FROM statistics_generation g
                     WHERE g.indicator_code = p_code AND g.year = p_year), 0)
         + coalesce((SELECT g.generation FROM statistics_generation g
                     WHERE g.indicator_code = '*' AND g.year = 0), 0) $$;

-- Bumps the counters of the (indicator, year) pairs a statement on measurement touched, in a fixed order (two
-- transactions writing the same pairs lock them in the same order).
CREATE FUNCTION measurement_statistics_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO statistics_generation AS g (indicator_code, year) VALUES ('*', 0)
        ON CONFLICT (indicator_code, year) DO UPDATE SET generation = g.generation + 1;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO statistics_generation AS g (indicator_code, year)
        SELECT DISTINCT c.indicator_code, c.year FROM changed_rows c WHERE c.indicator_code !~ '^X_' ORDER BY 1, 2
        ON CONFLICT (indicator_code, year) DO UPDATE SET generation = g.generation + 1;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO statistics_generation AS g (indicator_code, year)
        SELECT DISTINCT c.indicator_code, c.year FROM removed_rows c WHERE c.indicator_code !~ '^X_' ORDER BY 1, 2
        ON CONFLICT (indicator_code, year) DO UPDATE SET generation = g.generation + 1;
    ELSE
        INSERT INTO statistics_generation AS g (indicator_code, year)
        SELECT DISTINCT c.indicator_code, c.year
        FROM (SELECT o.indicator_code, o.year FROM removed_rows o
              UNION ALL SELECT n.indicator_code, n.year FROM changed_rows n) c
        WHERE c.indicator_code !~ '^X_' ORDER BY 1, 2
        ON CONFLICT (indicator_code, year) DO UPDATE SET generation = g.generation + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER measurement_inserted AFTER INSERT ON measurement REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION measurement_statistics_changed();
CREATE TRIGGER measurement_updated AFTER UPDATE ON measurement
    REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION measurement_statistics_changed();
CREATE TRIGGER measurement_deleted AFTER DELETE ON measurement REFERENCING OLD TABLE AS removed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION measurement_statistics_changed();
CREATE TRIGGER measurement_truncated AFTER TRUNCATE ON measurement
    FOR EACH STATEMENT EXECUTE FUNCTION measurement_statistics_changed();

-- Bumps the counter of every group (an authority's attributes, or an indicator's direction or normalisation).
CREATE FUNCTION all_statistics_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO statistics_generation AS g (indicator_code, year) VALUES ('*', 0)
    ON CONFLICT (indicator_code, year) DO UPDATE SET generation = g.generation + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER authority_compared_attributes AFTER UPDATE OF kind, region_code, population, agents OR DELETE
    ON authority FOR EACH STATEMENT EXECUTE FUNCTION all_statistics_changed();
CREATE TRIGGER indicator_compared_attributes AFTER UPDATE OF better_when, normalization OR DELETE
    ON indicator FOR EACH STATEMENT EXECUTE FUNCTION all_statistics_changed();

-- Makes sure the kept figures of a group are those of the current values: computes them if there are none or a value
-- changed since. Concurrent requests for the same stale group wait for the one computing it (advisory lock) instead
-- of all computing it.
CREATE FUNCTION peer_statistics_keep(p_code text, p_year integer, p_peers text, p_key text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM 1 FROM peer_statistics s
    WHERE s.indicator_code = p_code AND s.year = p_year AND s.peers = p_peers AND s.group_key = p_key
      AND s.generation = statistics_version(p_code, p_year);
    IF FOUND THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('peer_statistics|' || p_code || '|' || p_year || '|' || p_peers
                                                   || '|' || p_key, 0));
    PERFORM 1 FROM peer_statistics s
    WHERE s.indicator_code = p_code AND s.year = p_year AND s.peers = p_peers AND s.group_key = p_key
      AND s.generation = statistics_version(p_code, p_year);
    IF FOUND THEN
        RETURN;
    END IF;
    -- One statement: the values and the counter are read in the same snapshot.
    INSERT INTO peer_statistics AS s
    SELECT p_code, p_year, p_peers, p_key, statistics_version(p_code, p_year), count(*), min(v.nv),
           percentile_cont(0.25) WITHIN GROUP (ORDER BY v.nv), percentile_cont(0.5) WITHIN GROUP (ORDER BY v.nv),
           percentile_cont(0.75) WITHIN GROUP (ORDER BY v.nv), max(v.nv), avg(v.nv),
           coalesce(array_agg(v.turned ORDER BY v.turned), '{}'),
           coalesce(array_agg(-v.turned ORDER BY -v.turned), '{}')
    FROM (SELECT n.nv, (CASE i.better_when WHEN 'LOWER' THEN -n.nv ELSE n.nv END)::float8 AS turned
          FROM measurement m JOIN authority a ON a.id = m.tenant_id JOIN indicator i ON i.code = m.indicator_code
          CROSS JOIN LATERAL (SELECT normalized_value(m.value, i.normalization, a.population, a.agents) AS nv) n
          WHERE m.indicator_code = p_code AND m.year = p_year AND NOT m.confidential AND m.indicator_code !~ '^X_'
            AND n.nv IS NOT NULL
            AND CASE p_peers WHEN 'KIND' THEN a.kind = p_key
                             WHEN 'REGION' THEN a.region_code = p_key
                             WHEN 'POPULATION_BAND' THEN population_band(a.population) = p_key
                             WHEN 'OPEN' THEN (split_part(p_key, '|', 1) = '' OR a.kind = split_part(p_key, '|', 1))
                                          AND (split_part(p_key, '|', 2) = ''
                                               OR a.region_code = split_part(p_key, '|', 2))
                             ELSE true END) v
    ON CONFLICT (indicator_code, year, peers, group_key) DO UPDATE
        SET generation = excluded.generation, count = excluded.count, min = excluded.min, p25 = excluded.p25,
            median = excluded.median, p75 = excluded.p75, max = excluded.max, mean = excluded.mean,
            ascending = excluded.ascending, descending_negated = excluded.descending_negated;
END $$;

-- A group's distribution (nothing but the count below 3 values) and, for a value turned so that higher is better,
-- how many of the group's values are better and how many worse. The values themselves never leave this function,
-- and are read only when a position is asked for (each sorted array is read once, by width_bucket).
CREATE FUNCTION peer_position(p_code text, p_year integer, p_peers text, p_key text, p_turned float8)
    RETURNS TABLE (count bigint, min numeric, p25 numeric, median numeric, p75 numeric, max numeric, mean numeric,
                   better bigint, worse bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM peer_statistics_keep(p_code, p_year, p_peers, p_key);
    RETURN QUERY
    SELECT s.count, CASE WHEN s.count >= 3 THEN round(s.min, 6) END,
           CASE WHEN s.count >= 3 THEN round(s.p25, 6) END, CASE WHEN s.count >= 3 THEN round(s.median, 6) END,
           CASE WHEN s.count >= 3 THEN round(s.p75, 6) END, CASE WHEN s.count >= 3 THEN round(s.max, 6) END,
           CASE WHEN s.count >= 3 THEN round(s.mean, 6) END,
           CASE WHEN s.count >= 3 AND p_turned IS NOT NULL THEN s.count - width_bucket(p_turned, s.ascending) END,
           CASE WHEN s.count >= 3 AND p_turned IS NOT NULL
                THEN s.count - width_bucket(-p_turned, s.descending_negated) END
    FROM peer_statistics s
    WHERE s.indicator_code = p_code AND s.year = p_year AND s.peers = p_peers AND s.group_key = p_key;
END $$;

-- Same answer as V4's function (rank 1 is the best; percentile = share of the other peers it does better than, ties
-- counting half; the owner's confidential value is ranked but never counted), from the kept figures of its group.
-- PL/pgSQL rather than SQL: its statements are planned once per connection, not at every call.
CREATE OR REPLACE FUNCTION indicator_comparison(p_tenant uuid, p_code text, p_year integer, p_peers text)
    RETURNS TABLE (value numeric, normalized_value numeric, confidential boolean, peer_count bigint, min numeric,
                   p25 numeric, median numeric, p75 numeric, max numeric, mean numeric, rank bigint,
                   percentile numeric)
    LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    v_better text;
    v_normalization text;
    v_peers text := CASE WHEN p_peers IN ('KIND', 'REGION', 'POPULATION_BAND') THEN p_peers ELSE 'ALL' END;
    v_key text;
    v_population integer;
    v_agents integer;
    v_normalized numeric;
    v_turned float8;
    v_counted integer := 0;
    g record;
BEGIN
    SELECT i.better_when, i.normalization INTO v_better, v_normalization FROM indicator i WHERE i.code = p_code;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT a.population, a.agents,
           CASE v_peers WHEN 'KIND' THEN a.kind WHEN 'REGION' THEN a.region_code
                        WHEN 'POPULATION_BAND' THEN population_band(a.population) ELSE '' END
    INTO v_population, v_agents, v_key FROM authority a WHERE a.id = p_tenant;
    SELECT m.value, m.confidential INTO value, confidential FROM measurement m
    WHERE m.tenant_id = p_tenant AND m.indicator_code = p_code AND m.year = p_year;
    IF FOUND THEN
        v_normalized := public.normalized_value(value, v_normalization, v_population, v_agents);
        v_turned := (CASE v_better WHEN 'LOWER' THEN -v_normalized ELSE v_normalized END)::float8;
        v_counted := CASE WHEN NOT confidential AND v_normalized IS NOT NULL THEN 1 ELSE 0 END;
    END IF;
    normalized_value := round(v_normalized, 6);
    peer_count := 0;
    IF v_key IS NOT NULL THEN
        SELECT * INTO g FROM peer_position(p_code, p_year, v_peers, v_key, v_turned);
        peer_count := g.count;
        min := g.min; p25 := g.p25; median := g.median; p75 := g.p75; max := g.max; mean := g.mean;
        rank := g.better + 1;
        percentile := CASE WHEN g.count - v_counted > 0
                           THEN round(100.0 * (g.worse + 0.5 * (g.count - v_counted - g.better - g.worse))
                                      / (g.count - v_counted), 1) END;
    END IF;
    RETURN NEXT;
END $$;

-- Open statistics from the kept figures of the group "kind|région".
CREATE OR REPLACE FUNCTION indicator_statistics(p_code text, p_year integer, p_kind text, p_region text)
    RETURNS TABLE (count bigint, min numeric, p25 numeric, median numeric, p75 numeric, max numeric, mean numeric)
    LANGUAGE sql VOLATILE AS $$
    SELECT p.count, p.min, p.p25, p.median, p.p75, p.max, p.mean
    FROM peer_position(p_code, p_year, 'OPEN', coalesce(p_kind, '') || '|' || coalesce(p_region, ''), NULL) p $$;

-- The kept values leave the tables only as aggregates and counts, through peer_position.
REVOKE ALL ON FUNCTION peer_statistics_keep(text, integer, text, text) FROM PUBLIC, ${appRole};

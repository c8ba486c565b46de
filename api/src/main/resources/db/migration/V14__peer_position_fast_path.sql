-- Issue 5: a comparison whose group's kept figures are current reads them with one statement. V12's peer_position
-- always called peer_statistics_keep, which checked freshness through statistics_version (two more SECURITY DEFINER
-- calls, each with its own search_path): about a third of the comparison's time in PostgreSQL once figures are kept.
-- Now the first statement reads the figures only if their counter is still the current one (counters read inline);
-- only when it finds none does the function compute (peer_statistics_keep, unchanged: advisory lock, double check)
-- and read again. Same answers, same privileges: the runtime role still only gets aggregates and counts.
CREATE OR REPLACE FUNCTION peer_position(p_code text, p_year integer, p_peers text, p_key text, p_turned float8)
    RETURNS TABLE (count bigint, min numeric, p25 numeric, median numeric, p75 numeric, max numeric, mean numeric,
                   better bigint, worse bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- Attempt 1: current figures only. Attempt 2: after keeping them, whatever is kept (computed under the lock).
    FOR attempt IN 1..2 LOOP
        RETURN QUERY
        SELECT s.count, CASE WHEN s.count >= 3 THEN round(s.min, 6) END,
               CASE WHEN s.count >= 3 THEN round(s.p25, 6) END, CASE WHEN s.count >= 3 THEN round(s.median, 6) END,
               CASE WHEN s.count >= 3 THEN round(s.p75, 6) END, CASE WHEN s.count >= 3 THEN round(s.max, 6) END,
               CASE WHEN s.count >= 3 THEN round(s.mean, 6) END,
               CASE WHEN s.count >= 3 AND p_turned IS NOT NULL THEN s.count - width_bucket(p_turned, s.ascending) END,
               CASE WHEN s.count >= 3 AND p_turned IS NOT NULL
                    THEN s.count - width_bucket(-p_turned, s.descending_negated) END
        FROM peer_statistics s
        WHERE s.indicator_code = p_code AND s.year = p_year AND s.peers = p_peers AND s.group_key = p_key
          AND (attempt = 2
               OR s.generation = coalesce((SELECT g.generation FROM statistics_generation g
                                           WHERE g.indicator_code = p_code AND g.year = p_year), 0)
                               + coalesce((SELECT g.generation FROM statistics_generation g
                                           WHERE g.indicator_code = '*' AND g.year = 0), 0));
        IF FOUND OR attempt = 2 THEN
            RETURN;
        END IF;
        PERFORM peer_statistics_keep(p_code, p_year, p_peers, p_key);
    END LOOP;
END $$;

-- Issue 5: a member's comparison in one statement, one round trip, no explicit transaction.
--
-- Until now the api ran it as BEGIN; the caller's settings (app.user_id, app.operator); the membership check, which
-- also set app.tenant_id; the indicator and its comparison; COMMIT: five round trips, each costing the api and
-- PostgreSQL more CPU than the work of the smallest of them. This function does the same steps, in the same order,
-- inside the one implicit transaction of the statement that calls it: PL/pgSQL runs its statements one after the
-- other, so row-level security sees each setting before the next query, and set_config(..., true) ends with that
-- statement (a pooled connection never keeps them). It runs as the caller (not SECURITY DEFINER): every policy applies.
--
-- Who may compare: a member of the authority, whatever their role (the route asks for VIEWER, the lowest), or the
-- operator. Anyone else gets the authority's id and no role, and nothing is read for them: the api answers 404, as
-- AuthorityAccess does. No row: no authority has this slug. The indicator's columns are null when no indicator has
-- this code; a custom indicator (X_ codes) comes without figures: it is never compared.
-- Without a year: the latest year the authority has a value for, else p_default_year.
CREATE FUNCTION member_comparison(p_user text, p_operator boolean, p_slug text, p_code text, p_year integer,
                                  p_default_year integer, p_peers text)
    RETURNS TABLE (authority_id uuid, member_role text, year integer, code text, name_fr text, name_en text,
                   unit text, value_kind text, better_when text, normalization text, theme text, definition text,
                   source text, custom boolean, value numeric, normalized_value numeric, confidential boolean,
                   peer_count bigint, min numeric, p25 numeric, median numeric, p75 numeric, max numeric,
                   mean numeric, rank bigint, percentile numeric)
    LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    v_id uuid;
    v_role text;
    v_year integer;
BEGIN
    PERFORM set_config('app.tenant_id', '', true), set_config('app.user_id', coalesce(p_user, ''), true),
            set_config('app.operator', p_operator::text, true);
    SELECT a.id, m.role INTO v_id, v_role
    FROM authority a LEFT JOIN membership m ON m.tenant_id = a.id AND m.user_id = app_user()
    WHERE a.slug = p_slug;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF v_role IS NULL AND NOT app_is_operator() THEN
        authority_id := v_id;
        RETURN NEXT;
        RETURN;
    END IF;
    PERFORM set_config('app.tenant_id', v_id::text, true);
    v_year := coalesce(p_year, (SELECT max(m.year) FROM measurement m
                                WHERE m.tenant_id = v_id AND m.indicator_code = p_code), p_default_year);
    RETURN QUERY
        SELECT v_id, v_role, v_year, i.code, i.name_fr, i.name_en, i.unit, i.value_kind, i.better_when,
               i.normalization, i.theme, i.definition, i.source, i.custom, c.value, c.normalized_value,
               c.confidential, c.peer_count, c.min, c.p25, c.median, c.p75, c.max, c.mean, c.rank, c.percentile
        FROM (SELECT 1) AS always
        LEFT JOIN (SELECT s.code, s.name_fr, s.name_en, s.unit, s.value_kind, s.better_when, s.normalization,
                          s.theme, s.definition, s.source, false AS custom
                   FROM indicator s WHERE s.code = p_code
                   UNION ALL
                   SELECT o.code, o.name, o.name, o.unit, o.value_kind, o.better_when, 'NONE', o.theme,
                          o.definition, '', true
                   FROM custom_indicator o WHERE o.tenant_id = v_id AND o.code = p_code) AS i ON true
        LEFT JOIN LATERAL indicator_comparison(v_id, i.code, v_year, p_peers) AS c ON NOT i.custom;
END $$;

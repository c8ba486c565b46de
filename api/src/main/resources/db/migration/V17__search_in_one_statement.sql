-- Issue 7: a search of the library in one statement, one round trip, no explicit transaction (as V15 for issue 5).
--
-- Until now a search the api had not kept was BEGIN; the reader's settings; the library's version; the search; COMMIT:
-- five round trips. Under load each of them waits for a turn on the shared cores twice (PostgreSQL's backend, then the
-- api's event loop), so a first search waited about five times as often as a kept answer does: most of its time, not
-- its work. This function does the same steps, in the same order, inside the one implicit transaction of the statement
-- that calls it: PL/pgSQL runs its statements one after the other, so row-level security sees the reader before the
-- search, and set_config(..., true) ends with that statement (a pooled connection never keeps it). It runs as the
-- caller (not SECURITY DEFINER): every policy applies.
--
-- The reader: p_user, a signed-in reader (every published practice), or NULL, a visitor (published PUBLIC practices
-- only, V10). No tenant: no authority's drafts, whoever asks. The version is read before the search, so an answer holds
-- at least that version (SearchAnswers). The three searches are SearchRows' (api/.../practice/SearchRows.java), which
-- explains them: with words (ranked, the query's lexemes, the page's bodies for the api's excerpts); the library
-- without words, tag or date (BROWSE: facets from practice_facet_count, page from the id index); and without words but
-- with a tag or a date (every published practice, newest first). Every row carries the version, the facets and the
-- lexemes; a search with no page row still answers one row with them. The first and the third have the same shape on
-- purpose: written once, with « p_words IS NULL OR ... », the words could no longer use the GIN index (a plan kept for
-- every call cannot count on p_words being set; ADR 19).
CREATE FUNCTION practice_search(p_user text, p_words text, p_theme text, p_tag text, p_kind text, p_region text,
                                p_since timestamptz, p_public boolean, p_after_rank real, p_after_id uuid,
                                p_limit integer)
    RETURNS TABLE (version bigint, facets text[], lexemes text, rank real, id uuid, title text, summary text,
                   theme text, tags text[], effort text, cost text, impact text, visibility text,
                   published_at timestamptz, slug text, name text, kind text, region_code text, body text)
    LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    v_version bigint;
BEGIN
    PERFORM set_config('app.tenant_id', '', true), set_config('app.user_id', coalesce(p_user, ''), true),
            set_config('app.operator', 'false', true);
    SELECT v.version INTO v_version FROM practice_library_version v;
    IF p_words IS NOT NULL THEN
        RETURN QUERY
            WITH matches AS MATERIALIZED (
                SELECT p.tenant_id, p.id, p.theme, a.kind, a.region_code,
                       ts_rank(p.search, (SELECT practice_query(p_words))) AS rank
                FROM practice p JOIN authority a ON a.id = p.tenant_id
                WHERE p.status = 'PUBLISHED' AND p.search @@ practice_query(p_words)
                  AND (p_theme IS NULL OR p.theme = p_theme)
                  AND (p_tag IS NULL OR p.tags @> ARRAY[p_tag])
                  AND (p_kind IS NULL OR a.kind = p_kind)
                  AND (p_region IS NULL OR a.region_code = p_region)
                  AND (p_since IS NULL OR p.published_at > p_since)
                  AND (NOT p_public OR p.visibility = 'PUBLIC')),
            counted_facets AS (
                SELECT array_agg(facet || '|' || value || '|' || n) AS facets,
                       querytree(practice_query(p_words))::text AS lexemes
                FROM (SELECT CASE WHEN grouping(m.theme) = 0 THEN 'theme'
                                  WHEN grouping(m.kind) = 0 THEN 'authorityKind'
                                  WHEN grouping(m.region_code) = 0 THEN 'region' ELSE 'total' END AS facet,
                             coalesce(m.theme, m.kind, m.region_code, '') AS value, count(*) AS n
                      FROM matches m GROUP BY GROUPING SETS ((m.theme), (m.kind), (m.region_code), ())) counted),
            page AS (
                SELECT m.tenant_id, m.id, m.rank FROM matches m
                WHERE p_after_rank IS NULL OR (m.rank, m.id) < (p_after_rank, p_after_id)
                ORDER BY m.rank DESC, m.id DESC LIMIT p_limit)
            SELECT v_version, f.facets, f.lexemes, shown.* FROM counted_facets f LEFT JOIN LATERAL (
                SELECT page.rank, p.id, p.title, p.summary, p.theme, p.tags, p.effort, p.cost, p.impact,
                       p.visibility, p.published_at, a.slug, a.name, a.kind, a.region_code, p.body
                FROM page JOIN practice p ON p.tenant_id = page.tenant_id AND p.id = page.id
                JOIN authority a ON a.id = p.tenant_id) shown ON true
            ORDER BY shown.rank DESC, shown.id DESC;
    ELSIF p_tag IS NULL AND p_since IS NULL THEN
        RETURN QUERY
            WITH counted_facets AS (
                SELECT array_agg(facet || '|' || value || '|' || n) AS facets
                FROM (SELECT CASE WHEN grouping(c.theme) = 0 THEN 'theme'
                                  WHEN grouping(c.kind) = 0 THEN 'authorityKind'
                                  WHEN grouping(c.region_code) = 0 THEN 'region' ELSE 'total' END AS facet,
                             coalesce(c.theme, c.kind, c.region_code, '') AS value,
                             coalesce(sum(c.practices), 0) AS n
                      FROM practice_facet_count c
                      WHERE c.practices > 0
                        AND (p_theme IS NULL OR c.theme = p_theme) AND (p_kind IS NULL OR c.kind = p_kind)
                        AND (p_region IS NULL OR c.region_code = p_region)
                        AND (NOT p_public OR c.visibility = 'PUBLIC')
                      GROUP BY GROUPING SETS ((c.theme), (c.kind), (c.region_code), ())) counted),
            page AS (
                SELECT p.tenant_id, p.id, 0::real AS rank
                FROM practice p JOIN authority a ON a.id = p.tenant_id
                WHERE p.status = 'PUBLISHED'
                  AND (p_theme IS NULL OR p.theme = p_theme) AND (p_kind IS NULL OR a.kind = p_kind)
                  AND (p_region IS NULL OR a.region_code = p_region) AND (NOT p_public OR p.visibility = 'PUBLIC')
                  AND (p_after_rank IS NULL OR p_after_rank > 0 OR (p_after_rank = 0 AND p.id < p_after_id))
                ORDER BY p.id DESC LIMIT p_limit)
            SELECT v_version, f.facets, NULL::text, shown.* FROM counted_facets f LEFT JOIN LATERAL (
                SELECT page.rank, p.id, p.title, p.summary, p.theme, p.tags, p.effort, p.cost, p.impact,
                       p.visibility, p.published_at, a.slug, a.name, a.kind, a.region_code, NULL::text
                FROM page JOIN practice p ON p.tenant_id = page.tenant_id AND p.id = page.id
                JOIN authority a ON a.id = p.tenant_id) shown ON true
            ORDER BY shown.rank DESC, shown.id DESC;
    ELSE
        RETURN QUERY
            WITH matches AS MATERIALIZED (
                SELECT p.tenant_id, p.id, p.theme, a.kind, a.region_code, 0::real AS rank
                FROM practice p JOIN authority a ON a.id = p.tenant_id
                WHERE p.status = 'PUBLISHED'
                  AND (p_theme IS NULL OR p.theme = p_theme)
                  AND (p_tag IS NULL OR p.tags @> ARRAY[p_tag])
                  AND (p_kind IS NULL OR a.kind = p_kind)
                  AND (p_region IS NULL OR a.region_code = p_region)
                  AND (p_since IS NULL OR p.published_at > p_since)
                  AND (NOT p_public OR p.visibility = 'PUBLIC')),
            counted_facets AS (
                SELECT array_agg(facet || '|' || value || '|' || n) AS facets
                FROM (SELECT CASE WHEN grouping(m.theme) = 0 THEN 'theme'
                                  WHEN grouping(m.kind) = 0 THEN 'authorityKind'
                                  WHEN grouping(m.region_code) = 0 THEN 'region' ELSE 'total' END AS facet,
                             coalesce(m.theme, m.kind, m.region_code, '') AS value, count(*) AS n
                      FROM matches m GROUP BY GROUPING SETS ((m.theme), (m.kind), (m.region_code), ())) counted),
            page AS (
                SELECT m.tenant_id, m.id, m.rank FROM matches m
                WHERE p_after_rank IS NULL OR (m.rank, m.id) < (p_after_rank, p_after_id)
                ORDER BY m.rank DESC, m.id DESC LIMIT p_limit)
            SELECT v_version, f.facets, NULL::text, shown.* FROM counted_facets f LEFT JOIN LATERAL (
                SELECT page.rank, p.id, p.title, p.summary, p.theme, p.tags, p.effort, p.cost, p.impact,
                       p.visibility, p.published_at, a.slug, a.name, a.kind, a.region_code, NULL::text
                FROM page JOIN practice p ON p.tenant_id = page.tenant_id AND p.id = page.id
                JOIN authority a ON a.id = p.tenant_id) shown ON true
            ORDER BY shown.rank DESC, shown.id DESC;
    END IF;
END $$;

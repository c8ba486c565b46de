-- Indicators (issue 5): yearly measurements of every authority, so that comparisons run over the whole network.
-- Six indicators of the catalogue over four years (2022 to 2025); about 85% of the authorities report a given
-- indicator in a given year, about 5% of the values are confidential. Values follow plausible orders of magnitude
-- for each unit (percentages 0–100, PUE 1.1–2.5, counts in proportion to agents or inhabitants).

INSERT INTO measurement (tenant_id, id, indicator_code, year, value, source, confidential, updated_at)
SELECT a.id, pg_temp.uuid7(make_timestamptz(y + 1, 3, 1, 12, 0, 0)), i.code, y,
       CASE i.code
           WHEN 'AGENTS_TRAINED' THEN round((100 * random() ^ 1.6)::numeric, 1)
           WHEN 'RETIRED_REUSE_RATE' THEN round((15 + 80 * random())::numeric, 1)
           WHEN 'DC_PUE' THEN round((1.1 + 1.4 * random() ^ 2)::numeric, 2)
           WHEN 'EQ_PER_AGENT' THEN round(coalesce(a.agents, 10) * (1.2 + 2 * random()))
           WHEN 'PAGES_PER_AGENT' THEN round(coalesce(a.agents, 10) * (500 + 4000 * random()))
           ELSE round(coalesce(a.population, 1000) / 1000.0 * (20 * random() ^ 2))
       END,
       'Données de charge (scale)', random() < 0.05, make_timestamptz(y + 1, 3, 1, 12, 0, 0)
FROM authority a
CROSS JOIN generate_series(2022, 2025) AS y
CROSS JOIN (VALUES ('AGENTS_TRAINED'), ('RETIRED_REUSE_RATE'), ('DC_PUE'), ('EQ_PER_AGENT'), ('PAGES_PER_AGENT'),
                   ('INCLUSION_SUPPORT')) AS i (code)
WHERE random() < 0.85;

-- Issue 7: the library's search excerpts are made by the api (fr.mutualis.api.practice.Headlines, ADR 0023) from the
-- query's lexemes; ts_headline parsed the whole text of every shown practice, more than half of a first search's time
-- in PostgreSQL. The function that wrapped it (V6) is no longer called.
DROP FUNCTION practice_excerpt(text, tsquery);

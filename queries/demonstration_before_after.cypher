// name: demonstration_before_after
// title: Mechanisms before and after a demonstration naming
// description: Did places named demonstration cities adopt their mechanisms before or after the naming? For each named place and mechanism: the naming year, the first year the place adopted or pioneered the mechanism, and timing = before | same_year | after | undated. A year from the reporting article's date (year_basis / named_basis 'reported') is only an upper bound, so it settles an order only where the bound suffices; otherwise the timing is 'undated'.
// param: award string "" — the award's name, e.g. 全国法治政府建设示范市（县、区）; empty for every award
// param: batch int 0 — the batch; 0 for every batch
// A page of every award and batch reads only the named places whose rows can fall on it: the engine sorts
// every row it is given, and the whole result is every named place's mechanisms times its namings (288,000
// rows on the 100 MB bench graph). QueryPage (graph/summaries.py) says how many rows come before the first of
// each place's name; $page_end is where the page ends (queries/library.py), 0 for every row.
MATCH (x:QueryPage)
WHERE x.query = 'demonstration_before_after'
  AND ($page_end = 0 OR $award <> '' OR $batch <> 0 OR x.rows_before < $page_end)
// (each place by its key from the page's index, here and below, so that the engine reads only those places'
// facts; a list of keys collected first, or a place carried over from a WITH, is joined with every fact)
MATCH (p:Place {code: x.key})-[n:NAMED_DEMONSTRATION_CITY]->(a:Award)
WHERE ($award = '' OR a.name = $award) AND ($batch = 0 OR n.batch = $batch)
// several documents may report one naming: the earliest stated year, else the earliest report. The report
// dates ('2023-05-10', '2023-05' or '2023') are compared as text and only the earliest is turned into a number:
// no string-to-number function is spelled the same in both engines (Neo4j toInteger, Ladybug CAST), so each
// digit is counted in a string where digit d occurs d times.
WITH x, p, a.name AS award, n.batch AS batch, min(n.year) AS named_stated,
     min(CASE WHEN n.year IS NULL THEN left(n.reported, 4) END) AS named_reported
WITH x, p, award, batch, named_stated,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(named_reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(named_reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(named_reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(named_reported, 4), 1), '')))
     AS bound
WITH x, p, award, batch, named_stated,
     CASE WHEN bound IS NULL OR bound >= named_stated THEN named_stated ELSE bound END AS named_year
// a place's namings in one list, carried to each of its mechanisms
WITH x, p, collect({award: award, batch: batch, named_year: named_year,
                 named_basis: CASE WHEN named_year IS NULL THEN NULL WHEN named_stated = named_year THEN 'stated'
                                   ELSE 'reported' END}) AS namings
// each named place's first year of each mechanism, summarised when the facts were loaded (graph/summaries.py
// FIRST_ADOPTION, one per place and mechanism): the earliest stated year, or the year of the earliest article
// reporting a fact that states none when that is earlier (an upper bound: year_basis 'reported'). Working it
// out here from every fact of the named places was most of this query's time.
MATCH (:Place {code: x.key})-[f:FIRST_ADOPTION]->(m:Mechanism)
UNWIND namings AS naming
WITH p.name AS place, naming.award AS award, naming.batch AS batch, naming.named_year AS named_year,
     naming.named_basis AS named_basis, m.name AS mechanism, f.year AS year,
     CASE WHEN f.year IS NULL THEN NULL WHEN f.stated = f.year THEN 'stated' ELSE 'reported' END AS year_basis
RETURN place, award, batch, named_year, named_basis, mechanism, year, year_basis,
       CASE
         WHEN year IS NULL OR named_year IS NULL THEN 'undated'
         WHEN year_basis = 'stated' AND named_basis = 'stated' AND year = named_year THEN 'same_year'
         // adoption no later than `year`, which is before a stated naming year
         WHEN year < named_year AND named_basis = 'stated' THEN 'before'
         // a stated adoption year after the naming (or after the latest it can have been)
         WHEN year > named_year AND year_basis = 'stated' THEN 'after'
         ELSE 'undated'
       END AS timing
ORDER BY place, award, batch, mechanism, named_year, named_basis, year, year_basis, timing

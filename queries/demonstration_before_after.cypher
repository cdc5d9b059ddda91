// name: demonstration_before_after
// title: Mechanisms before and after a demonstration naming
// description: Did places named demonstration cities adopt their mechanisms before or after the naming? For each named place and mechanism: the naming year, the first year the place adopted or pioneered the mechanism, and timing = before | same_year | after | undated. A year from the reporting article's date (year_basis / named_basis 'reported') is only an upper bound, so it settles an order only where the bound suffices; otherwise the timing is 'undated'.
// param: award string "" — the award's name, e.g. 全国法治政府建设示范市（县、区）; empty for every award
// param: batch int 0 — the batch; 0 for every batch
MATCH (p:Place)-[n:NAMED_DEMONSTRATION_CITY]->(a:Award)
WHERE ($award = '' OR a.name = $award) AND ($batch = 0 OR n.batch = $batch)
// The year of a report date ('2023-05-10', '2023-05' or '2023'): no string-to-number function is spelled
// the same in both engines (Neo4j toInteger, Ladybug CAST), so each digit is counted in a string where
// digit d occurs d times.
WITH p, a, n.batch AS batch, n.year AS stated,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(n.reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(n.reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(n.reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(n.reported, 4), 1), '')))
     AS bound
// several documents may report one naming: the earliest stated year, else the earliest report
WITH p, a, batch, min(coalesce(stated, bound)) AS named_year, min(stated) AS named_stated
// a place's namings in one list, so that its first year of each mechanism below is found once, not once per
// naming (on a large graph most named places have several namings and dozens of mechanisms)
WITH p, collect({award: a.name, batch: batch, named_year: named_year,
                 named_basis: CASE WHEN named_year IS NULL THEN NULL
                                   WHEN named_stated = named_year THEN 'stated' ELSE 'reported' END}) AS namings
MATCH (p)-[r:ADOPTED|PIONEERED]->(m:Mechanism)
WITH p, namings, m, r.year AS stated,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(r.reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 4), 1), '')))
     AS bound
// the first adoption: an article dated 2020 that reports it bounds it even if another states 2022
WITH p, namings, m, min(coalesce(stated, bound)) AS year, min(stated) AS first_stated
UNWIND namings AS naming
WITH p, naming.award AS award, naming.batch AS batch, naming.named_year AS named_year,
     naming.named_basis AS named_basis, m, year,
     CASE WHEN year IS NULL THEN NULL WHEN first_stated = year THEN 'stated' ELSE 'reported' END AS year_basis
RETURN p.name AS place, award, batch, named_year, named_basis, m.name AS mechanism, year, year_basis,
       CASE
         WHEN year IS NULL OR named_year IS NULL THEN 'undated'
         WHEN year_basis = 'stated' AND named_basis = 'stated' AND year = named_year THEN 'same_year'
         // adoption no later than `year`, which is before a stated naming year
         WHEN year < named_year AND named_basis = 'stated' THEN 'before'
         // a stated adoption year after the naming (or after the latest it can have been)
         WHEN year > named_year AND year_basis = 'stated' THEN 'after'
         ELSE 'undated'
       END AS timing
ORDER BY place, award, batch, mechanism

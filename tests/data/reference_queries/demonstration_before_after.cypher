// name: demonstration_before_after
// title: Mechanisms before and after a demonstration naming
// description: Did places named demonstration cities adopt their mechanisms before or after the naming? For each named place and mechanism: the naming year, the first year the place adopted or pioneered the mechanism, and timing = before | same_year | after | undated. A year from the reporting article's date (year_basis / named_basis 'reported') is only an upper bound, so it settles an order only where the bound suffices; otherwise the timing is 'undated'.
// param: award string "" — the award's name, e.g. 全国法治政府建设示范市（县、区）; empty for every award
// param: batch int 0 — the batch; 0 for every batch
MATCH (p:Place)-[n:NAMED_DEMONSTRATION_CITY]->(a:Award)
WHERE ($award = '' OR a.name = $award) AND ($batch = 0 OR n.batch = $batch)
WITH DISTINCT p
// each named place's first year of each mechanism, found once per place (not once per naming: on a large graph
// most named places have several namings and dozens of mechanisms). An article dated 2020 that reports an
// adoption bounds it even if another states 2022: the year is the earliest stated year or report date. The
// report dates ('2023-05-10', '2023-05' or '2023') are compared as text and only the earliest is turned into a
// number, once per place and mechanism instead of once per fact (the digit trick below was most of this query's
// time): no string-to-number function is spelled the same in both engines (Neo4j toInteger, Ladybug CAST), so
// each digit is counted in a string where digit d occurs d times.
MATCH (p)-[r:ADOPTED|PIONEERED]->(m:Mechanism)
WITH p, m, min(r.year) AS first_stated, min(CASE WHEN r.year IS NULL THEN left(r.reported, 4) END) AS first_reported
WITH p, m, first_stated,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(first_reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(first_reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(first_reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(first_reported, 4), 1), '')))
     AS bound
WITH p, m, first_stated, CASE WHEN bound IS NULL OR bound >= first_stated THEN first_stated ELSE bound END AS year
// a place's mechanisms in one list, carried to each of its namings (the list is the smaller side to carry: a
// naming list carried through the facts' aggregation instead made the query slower)
WITH p, collect({mechanism: m.name, year: year,
                 year_basis: CASE WHEN year IS NULL THEN NULL WHEN first_stated = year THEN 'stated' ELSE 'reported' END})
     AS mechanisms
// several documents may report one naming: the earliest stated year, else the earliest report
MATCH (p)-[n:NAMED_DEMONSTRATION_CITY]->(a:Award)
WHERE ($award = '' OR a.name = $award) AND ($batch = 0 OR n.batch = $batch)
WITH p, mechanisms, a, n.batch AS batch, min(n.year) AS named_stated,
     min(CASE WHEN n.year IS NULL THEN left(n.reported, 4) END) AS named_reported
WITH p, mechanisms, a, batch, named_stated,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(named_reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(named_reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(named_reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(named_reported, 4), 1), '')))
     AS bound
WITH p, mechanisms, a.name AS award, batch, named_stated,
     CASE WHEN bound IS NULL OR bound >= named_stated THEN named_stated ELSE bound END AS named_year
WITH p.name AS place, mechanisms, award, batch, named_year,
     CASE WHEN named_year IS NULL THEN NULL WHEN named_stated = named_year THEN 'stated' ELSE 'reported' END AS named_basis
// each naming of the place with each of its mechanisms
UNWIND mechanisms AS adopted
WITH place, award, batch, named_year, named_basis, adopted.mechanism AS mechanism, adopted.year AS year,
     adopted.year_basis AS year_basis
RETURN place AS place, award, batch, named_year, named_basis, mechanism, year, year_basis,
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

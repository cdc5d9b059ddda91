// name: honours
// title: Honours of places and bodies
// description: Which honours (other than demonstration-city namings) did places and bodies receive, by year? A body's place is given.
// A page reads only the years whose honours can fall on it: the engine sorts every row it is given (35,000 on
// the 100 MB bench graph). QueryPage (graph/summaries.py) says how many rows come before each stated year's
// first, those without a year last (as both engines sort a null); $page_end is where the page ends
// (queries/library.py), 0 for every row.
MATCH (x:QueryPage)
WHERE x.query = 'honours' AND ($page_end = 0 OR x.rows_before < $page_end)
WITH max(x.lead) AS last, count(*) > count(x.lead) AS undated
MATCH (h)-[r:HONOURED]->(a:Award)
WHERE $page_end = 0 OR r.year <= last OR (undated AND r.year IS NULL)
OPTIONAL MATCH (h)-[:LOCATED_IN]->(p:Place)
RETURN r.year AS year, h.name AS holder, CASE WHEN p IS NULL THEN "Place" ELSE "Body" END AS holder_kind, coalesce(p.name, h.name) AS place, a.name AS award, r.edition AS edition
ORDER BY year, holder, holder_kind, place, award, edition

// name: pioneers
// title: Pioneer claims
// description: Who claims to have done something first (首创/率先/首个), and in what scope?
// A page reads only the places whose claims can fall on it: the engine sorts every row it is given, and sorting
// every claim of the graph took 80–120 ms on the 100 MB bench graph. QueryPage (graph/summaries.py) says how
// many claims come before the first of each place's name; $page_end is where the page ends (queries/library.py), 0 for
// every row.
MATCH (x:QueryPage)
WHERE x.query = 'pioneers' AND ($page_end = 0 OR x.rows_before < $page_end)
// (the place by its key from the page's index, so that the engine reads only those places' claims; a list of
// keys collected first is tested against every claim instead)
MATCH (p:Place {code: x.key})-[r:PIONEERED]->(m:Mechanism)
RETURN p.name AS place, m.name AS mechanism, r.scope AS scope, r.evidence AS evidence
ORDER BY place, mechanism, scope, evidence

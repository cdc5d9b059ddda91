// name: pioneer_claims
// title: Competing pioneer claims
// description: Who claims to have been first with a mechanism, and do the claims compete? Every claim side by side with the number of places claiming the same mechanism, the scope claimed (全国, 全省 …), the cue, the year, the evidence and the source document.
// param: mechanism string "" — a mechanism's name; empty for every mechanism somebody claims
// more than one claimant is a contested first (often at different scopes: 全国 against 全省). The claimants of
// each mechanism were counted when the facts were loaded (graph/summaries.py MechanismSummary.claimants).
// A page of every mechanism's claims reads only the mechanisms whose claims can fall on it (QueryPage, as in
// pioneers: sorting every claim of the graph was most of the time); $page_end is where the page ends, 0 for
// every row.
MATCH (x:QueryPage)
WHERE x.query = 'pioneer_claims' AND ($mechanism = '' OR x.key = $mechanism)
  AND ($page_end = 0 OR $mechanism <> '' OR x.rows_before < $page_end)
// (each mechanism by its key from the page's index, so that the engine reads only those mechanisms' claims)
MATCH (s:MechanismSummary {mechanism: x.key})
MATCH (p:Place)-[r:PIONEERED]->(m:Mechanism {name: x.key})
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN m.name AS mechanism, s.claimants AS claimants, p.name AS place, r.scope AS scope, r.mode AS cue,
       r.year AS year, r.reported AS reported, r.evidence AS evidence, d.name AS document
ORDER BY claimants DESC, mechanism, year, place, document, scope, cue, reported, evidence

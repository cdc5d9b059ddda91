// name: pioneer_claims
// title: Competing pioneer claims
// description: Who claims to have been first with a mechanism, and do the claims compete? Every claim side by side with the number of places claiming the same mechanism, the scope claimed (全国, 全省 …), the cue, the year, the evidence and the source document.
// param: mechanism string "" — a mechanism's name; empty for every mechanism somebody claims
// more than one claimant is a contested first (often at different scopes: 全国 against 全省). The claimants
// are counted once per mechanism, before the claims are listed: counting them beside each claim paired every
// claim with every rival claim (17,944 claims made 2.4 s on the 100 MB bench graph).
MATCH (rival:Place)-[:PIONEERED]->(m:Mechanism)
WHERE $mechanism = '' OR m.name = $mechanism
WITH m, count(DISTINCT rival) AS claimants
MATCH (p:Place)-[r:PIONEERED]->(m)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN m.name AS mechanism, claimants, p.name AS place, r.scope AS scope, r.mode AS cue, r.year AS year,
       r.reported AS reported, r.evidence AS evidence, d.name AS document
ORDER BY claimants DESC, mechanism, year, place, document, scope, cue, reported, evidence

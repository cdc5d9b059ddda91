// name: promotion_then_adoption
// title: Adoptions following a promotion
// description: Do adoptions follow when a body promotes a mechanism? Each dated promotion (Mechanism PROMOTED_BY Body) with the places whose first stated adoption year falls in the promotion's year or up to N years after, and the lag. Places that claim to have pioneered the mechanism are its origin, not followers, and are left out; so are places that had it before the promotion.
// param: years int 3 — the window: adoptions up to this many years after the promotion's year
MATCH (m:Mechanism)-[pr:PROMOTED_BY]->(b:Body)
WHERE pr.year IS NOT NULL
// the mechanism's dated promotions in one list, so that each place's first adoption below is found once per
// mechanism, not once per promotion (several bodies promote the same mechanism, often in several years)
WITH m, collect(DISTINCT {body: b.name, promoted: pr.year}) AS promotions
MATCH (p:Place)-[r:ADOPTED]->(m)
WHERE r.year IS NOT NULL
// a place's first adoption: one that had it before the promotion did not follow it, whatever later reports say
WITH m, promotions, p, min(r.year) AS adopted
// pioneers are the origin, not followers (counted, not a pattern predicate: FalkorDB, our stand-in for Neo4j
// in the tests, fails on a pattern predicate combined with other conditions after a WITH)
OPTIONAL MATCH (p)-[claim:PIONEERED]->(m)
WITH m, promotions, p, adopted, count(claim) AS claims
WHERE claims = 0
UNWIND promotions AS promotion
WITH m, promotion.body AS body, promotion.promoted AS promoted, p, adopted
WHERE adopted >= promoted AND adopted <= promoted + $years
RETURN m.name AS mechanism, body, promoted, p.name AS place, adopted, adopted - promoted AS lag
ORDER BY mechanism, promoted, body, lag, place

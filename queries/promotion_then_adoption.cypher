// name: promotion_then_adoption
// title: Adoptions following a promotion
// description: Do adoptions follow when a body promotes a mechanism? Each dated promotion (Mechanism PROMOTED_BY Body) with the places whose first stated adoption year falls in the promotion's year or up to N years after, and the lag. Places that claim to have pioneered the mechanism are its origin, not followers, and are left out; so are places that had it before the promotion.
// param: years int 3 — the window: adoptions up to this many years after the promotion's year
MATCH (m:Mechanism)-[pr:PROMOTED_BY]->(b:Body)
WHERE pr.year IS NOT NULL
// pioneers are the origin; the test sits here, before the aggregation, because FalkorDB (our stand-in for
// Neo4j in the tests) fails on a pattern predicate combined with other conditions after a WITH
MATCH (p:Place)-[r:ADOPTED]->(m)
WHERE r.year IS NOT NULL AND NOT (p)-[:PIONEERED]->(m)
// a place's first adoption: one that had it before the promotion did not follow it, whatever later reports say
WITH m, b, pr.year AS promoted, p, min(r.year) AS adopted
WHERE adopted >= promoted AND adopted <= promoted + $years
RETURN m.name AS mechanism, b.name AS body, promoted, p.name AS place, adopted, adopted - promoted AS lag
ORDER BY mechanism, promoted, body, lag, place

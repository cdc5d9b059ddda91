// name: similar_places
// title: Places with the same repertoire
// description: Which places share the most mechanisms with a given place (adopted or pioneered, by either)? With the number shared, their names, and how many mechanisms the other place has in all (for a similarity ratio).
// param: place string 苏州市 — the place's official name or its division code
// param: limit int 10 — how many places to list
// one FIRST_ADOPTION per place and mechanism (graph/summaries.py), so each pair of places is met once per
// shared mechanism, not once per pair of the facts stating it (a place states a mechanism in many documents).
// A name may be two places' (鼓楼区), and each of them meets the other through their shared mechanisms.
MATCH (p:Place)-[:FIRST_ADOPTION]->(m:Mechanism)
WHERE p.name = $place OR p.code = $place
MATCH (m)<-[:FIRST_ADOPTION]-(other:Place)
WHERE other <> p
// each shared mechanism once per other place, counted as the list's size: a DISTINCT over (other, m) first
// was most of the query's time (its rows carry whole nodes)
WITH other, collect(DISTINCT m.name) AS mechanisms
WITH other, size(mechanisms) AS shared, mechanisms
// the order does not depend on the other place's own count: keep the $limit places first, then count
// their mechanisms
ORDER BY shared DESC, other.name, other.code
LIMIT $limit
MATCH (other)-[:FIRST_ADOPTION]->(own:Mechanism)
// (not `any`: a function name Ladybug will not take as a variable)
WITH other, shared, mechanisms, count(own) AS theirs
// the list of shared names comes in no particular order: engines do not keep an order through collect()
RETURN other.name AS place, other.code AS code, shared, theirs, mechanisms
ORDER BY shared DESC, place, code

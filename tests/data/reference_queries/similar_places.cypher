// name: similar_places
// title: Places with the same repertoire
// description: Which places share the most mechanisms with a given place (adopted or pioneered, by either)? With the number shared, their names, and how many mechanisms the other place has in all (for a similarity ratio).
// param: place string 苏州市 — the place's official name or its division code
// param: limit int 10 — how many places to list
// the place's mechanisms once each, then each other place's once each (a place states a mechanism in many
// documents: pairing every fact with every fact made 116,000 pairs for 苏州市 on the 100 MB bench graph, and
// count(DISTINCT m) over them came out one short for some places there)
MATCH (p:Place)-[:ADOPTED|PIONEERED]->(m:Mechanism)
WHERE p.name = $place OR p.code = $place
WITH DISTINCT p, m
MATCH (m)<-[:ADOPTED|PIONEERED]-(other:Place)
WHERE other <> p
WITH DISTINCT other, m
WITH other, count(*) AS shared, collect(m.name) AS mechanisms
// the order does not depend on the other place's own count: keep the $limit places first, then count
// their mechanisms (counting every place's took most of the time on a large graph)
ORDER BY shared DESC, other.name, other.code
LIMIT $limit
MATCH (other)-[:ADOPTED|PIONEERED]->(own:Mechanism)
// (not `any`: a function name Ladybug will not take as a variable)
WITH other, shared, mechanisms, count(DISTINCT own) AS theirs
// the list of shared names comes in no particular order: engines do not keep an order through collect()
RETURN other.name AS place, other.code AS code, shared, theirs, mechanisms
ORDER BY shared DESC, place, code

// name: adoption_timeline
// description: Places that adopted a mechanism, earliest year first, with the evidence.
// params: mechanism=综合查一次
MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism {name: $mechanism})
RETURN r.year AS year, p.name AS place, p.level AS level, r.mode AS mode, r.evidence AS evidence
ORDER BY year, place

// name: adoption_timeline
// title: Adoption timeline of a mechanism
// description: Which places adopted a mechanism, earliest year first, with the cue and the evidence sentence?
// param: mechanism string 综合查一次 — the mechanism's name
MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism {name: $mechanism})
RETURN r.year AS year, p.name AS place, p.level AS level, r.mode AS mode, r.evidence AS evidence
ORDER BY year, place, evidence, level, mode

// name: adopters_in_province
// title: Adopters within a province
// description: Which places under a province (at any depth) adopted what, and when?
// param: province string 江苏省 — the province's official name
MATCH (p:Place)-[:PART_OF*1..3]->(prov:Place {name: $province})
MATCH (p)-[r:ADOPTED]->(m:Mechanism)
RETURN p.name AS place, m.name AS mechanism, r.year AS year
ORDER BY place, year, mechanism

// name: adopters_in_province
// description: Places under a province (any depth) that adopted something, with what and when.
// params: province=江苏省
MATCH (p:Place)-[:PART_OF*1..3]->(prov:Place {name: $province})
MATCH (p)-[r:ADOPTED]->(m:Mechanism)
RETURN p.name AS place, m.name AS mechanism, r.year AS year
ORDER BY place, year, mechanism

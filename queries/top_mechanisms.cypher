// name: top_mechanisms
// description: Mechanisms adopted by the most places: candidates for diffusion studies.
// params: limit=20
MATCH (p:Place)-[:ADOPTED]->(m:Mechanism)
WITH m, count(DISTINCT p) AS places
RETURN m.name AS mechanism, m.category AS category, places
ORDER BY places DESC, mechanism
LIMIT $limit

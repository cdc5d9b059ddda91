// name: top_mechanisms
// title: Most adopted mechanisms
// description: Which mechanisms were adopted by the most places? Candidates for diffusion studies.
// param: limit int 20 — how many mechanisms to list
MATCH (p:Place)-[:ADOPTED]->(m:Mechanism)
WITH m, count(DISTINCT p) AS places
RETURN m.name AS mechanism, m.category AS category, places
ORDER BY places DESC, mechanism
LIMIT $limit

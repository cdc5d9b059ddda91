// name: top_mechanisms
// title: Most adopted mechanisms
// description: Which mechanisms were adopted by the most places? Candidates for diffusion studies.
// param: limit int 20 — how many mechanisms to list
// The number of places with an ADOPTED fact, counted when the facts were loaded (graph/summaries.py): the
// $limit mechanisms are found among the summaries, and only their own names and categories are looked up.
MATCH (s:MechanismSummary)
WHERE s.adopted_by > 0
WITH s.mechanism AS name, s.adopted_by AS places
ORDER BY places DESC, name
LIMIT $limit
MATCH (m:Mechanism {name: name})
RETURN m.name AS mechanism, m.category AS category, places
ORDER BY places DESC, mechanism
LIMIT $limit

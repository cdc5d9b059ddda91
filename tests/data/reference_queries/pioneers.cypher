// name: pioneers
// title: Pioneer claims
// description: Who claims to have done something first (首创/率先/首个), and in what scope?
MATCH (p:Place)-[r:PIONEERED]->(m:Mechanism)
RETURN p.name AS place, m.name AS mechanism, r.scope AS scope, r.evidence AS evidence
ORDER BY place, mechanism, scope, evidence

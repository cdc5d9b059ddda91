// name: promoted_by_body
// description: Mechanisms a body promoted (推广/推介/刊发), with where they came from.
// params:
MATCH (m:Mechanism)-[r:PROMOTED_BY]->(b:Body)
RETURN b.name AS body, m.name AS mechanism, r.scope AS scope, r.evidence AS evidence
ORDER BY body, mechanism

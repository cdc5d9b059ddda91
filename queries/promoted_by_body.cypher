// name: promoted_by_body
// title: Promotions by bodies
// description: Which mechanisms did a body promote (推广/推介/刊发)?
MATCH (m:Mechanism)-[r:PROMOTED_BY]->(b:Body)
RETURN b.name AS body, m.name AS mechanism, r.scope AS scope, r.evidence AS evidence
ORDER BY body, mechanism, scope, evidence

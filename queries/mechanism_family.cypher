// name: mechanism_family
// title: Adoptions of a mechanism and its variants
// description: Who adopted a mechanism under any of its local names? Adoptions and pioneer claims of the mechanism itself and of the more specific mechanisms recorded as instances of it (INSTANCE_OF, up to three steps down), e.g. 首违不罚 under 包容审慎监管, so that diffusion under a different name is not missed.
// param: mechanism string 包容审慎监管 — the (general) mechanism's name
MATCH (variant:Mechanism)-[:INSTANCE_OF*0..3]->(:Mechanism {name: $mechanism})
MATCH (p:Place)-[r:ADOPTED|PIONEERED]->(variant)
// see mechanisms_of_place: which relationship r is, in a form both engines accept
OPTIONAL MATCH (p)-[pioneered:PIONEERED]->(variant)
WHERE pioneered = r
RETURN DISTINCT variant.name AS variant, p.name AS place, p.code AS code,
       CASE WHEN pioneered IS NULL THEN 'ADOPTED' ELSE 'PIONEERED' END AS relation, r.year AS year
ORDER BY year, variant, place, code, relation

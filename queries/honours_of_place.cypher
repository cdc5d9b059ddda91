// name: honours_of_place
// title: Honours of a place
// description: What recognition has a place received? Every honour, demonstration naming (city or project) and candidacy of the place itself and of the bodies located in it, with the year, batch, level, project, edition and source document.
// param: place string 苏州市 — the place's official name or its division code
MATCH (p:Place)
WHERE p.name = $place OR p.code = $place
// the place itself (no step) and what is located in it (one step), then their recognition: the place's few
// relationships are followed instead of testing every recognition in the graph against the place
MATCH (h)-[:LOCATED_IN*0..1]->(p)
MATCH (h)-[r:HONOURED|NAMED_DEMONSTRATION_CITY|NAMED_DEMONSTRATION_PROJECT|CANDIDATE]->(a:Award)
// A relationship's type is spelled type(r) in Neo4j and label(r) in Ladybug; asking which of the holder's
// relationships r is means the same in both.  HONOURED is what is left.
OPTIONAL MATCH (h)-[city:NAMED_DEMONSTRATION_CITY]->(a)
WHERE city = r
OPTIONAL MATCH (h)-[proj:NAMED_DEMONSTRATION_PROJECT]->(a)
WHERE proj = r
OPTIONAL MATCH (h)-[cand:CANDIDATE]->(a)
WHERE cand = r
OPTIONAL MATCH (d:Document {id: r.doc})
// (variables are not named like columns: Ladybug binds `ORDER BY holder` to a variable `holder`, not to the column)
RETURN p.code AS code, h.name AS holder,
       CASE WHEN city IS NOT NULL THEN 'NAMED_DEMONSTRATION_CITY'
            WHEN proj IS NOT NULL THEN 'NAMED_DEMONSTRATION_PROJECT'
            WHEN cand IS NOT NULL THEN 'CANDIDATE'
            ELSE 'HONOURED' END AS relation,
       a.name AS award, r.year AS year, r.batch AS batch, r.level AS level, r.project AS project,
       r.edition AS edition, d.name AS document
ORDER BY year, relation, holder, award, document, code, batch, level, project, edition

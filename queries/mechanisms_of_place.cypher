// name: mechanisms_of_place
// title: What a place adopted or pioneered
// description: What has one place adopted or claimed to pioneer, and when? One row per fact and supporting document, with the stated year, the date of the reporting article, the cue, the evidence sentence and the document.
// param: place string 苏州市 — the place's official name or its division code (a code tells apart places that share a name, like the several 鼓楼区)
MATCH (p:Place)-[r:ADOPTED|PIONEERED]->(m:Mechanism)
WHERE p.name = $place OR p.code = $place
// The engines name a relationship's type differently (Neo4j type(r), Ladybug label(r)); asking whether r
// is one of the place's PIONEERED relationships to m means the same in both.
OPTIONAL MATCH (p)-[pioneered:PIONEERED]->(m)
WHERE pioneered = r
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN p.code AS code, m.name AS mechanism,
       CASE WHEN pioneered IS NULL THEN 'ADOPTED' ELSE 'PIONEERED' END AS relation,
       r.year AS year, r.reported AS reported, r.scope AS scope, r.mode AS cue, r.evidence AS evidence,
       d.name AS document
ORDER BY year, reported, mechanism, relation, code, document, scope, cue, evidence

// name: honours
// title: Honours of places and bodies
// description: Which honours (other than demonstration-city namings) did places and bodies receive, by year? A body's place is given.
MATCH (h)-[r:HONOURED]->(a:Award)
OPTIONAL MATCH (h)-[:LOCATED_IN]->(p:Place)
RETURN r.year AS year, h.name AS holder, CASE WHEN p IS NULL THEN "Place" ELSE "Body" END AS holder_kind, coalesce(p.name, h.name) AS place, a.name AS award, r.edition AS edition
ORDER BY year, holder, holder_kind, place, award, edition

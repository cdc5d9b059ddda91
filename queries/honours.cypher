// name: honours
// description: Honours received by places (other than demonstration-city namings), by year.
// params:
MATCH (p:Place)-[r:HONOURED]->(a:Award)
RETURN r.year AS year, p.name AS holder, a.name AS award
ORDER BY year, holder

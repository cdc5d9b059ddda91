// name: demonstration_cities
// description: Places named 法治政府建设示范市（县、区）, by level, batch and year.
// params:
MATCH (p:Place)-[r:NAMED_DEMONSTRATION_CITY]->(a:Award)
RETURN r.level AS level, r.batch AS batch, r.year AS year, p.name AS place, p.province AS province
ORDER BY level, batch, year, place

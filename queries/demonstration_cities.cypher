// name: demonstration_cities
// title: Demonstration cities
// description: Which places were named 法治政府建设示范市（县、区）, by level, batch and year?
MATCH (p:Place)-[r:NAMED_DEMONSTRATION_CITY]->(a:Award)
RETURN r.level AS level, r.batch AS batch, r.year AS year, p.name AS place, p.province AS province
ORDER BY level, batch, year, place, province

// name: adopters_in_province_order
// title: Order of adoption within a province
// description: In what order did the places of a province take up mechanisms? Each place under the province (at any depth) with its first year (the earliest of its ADOPTED and PIONEERED facts), the rank of that year (ties share a rank), and how many mechanisms it has. year_basis 'reported' marks a first year known only as the date of a reporting article (an upper bound); places with no date at all come last, unranked.
// param: province string 江苏省 — the province's official name
MATCH (p:Place)-[:PART_OF*1..3]->(:Place {name: $province})
MATCH (p)-[r:ADOPTED|PIONEERED]->(m:Mechanism)
// The year of a report date: see demonstration_before_after (no string-to-number function both engines know).
WITH p, m, r.year AS stated,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(r.reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 4), 1), '')))
     AS bound
WITH p, min(coalesce(stated, bound)) AS first_year, min(stated) AS first_stated, count(DISTINCT m) AS mechanisms
// Neither engine shares a window function, so the rank counts the places with an earlier first year:
// every place against every other, within one collected list.
WITH collect({place: p.name, code: p.code, first: first_year, stated: first_stated, mechanisms: mechanisms}) AS places
UNWIND places AS one
UNWIND places AS other
WITH one, count(CASE WHEN other.first < one.first THEN 1 END) AS earlier
RETURN CASE WHEN one.first IS NULL THEN NULL ELSE earlier + 1 END AS rank, one.place AS place, one.code AS code,
       one.first AS first_year,
       CASE WHEN one.first IS NULL THEN NULL WHEN one.stated = one.first THEN 'stated' ELSE 'reported' END AS year_basis,
       one.mechanisms AS mechanisms
ORDER BY rank, place, code

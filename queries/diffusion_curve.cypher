// name: diffusion_curve
// title: Diffusion curve of a mechanism
// description: How fast did a mechanism spread? Per year: the places whose first adoption (or pioneering) of it falls in that year, how many of those years come only from a reporting article's date (an upper bound), and the cumulative number of adopters — the S-curve of diffusion studies. Places with no date at all are left out (adopters_in_province_order lists them).
// param: mechanism string 综合查一次 — the mechanism's name
MATCH (p:Place)-[r:ADOPTED|PIONEERED]->(m:Mechanism {name: $mechanism})
// The year of a report date: see demonstration_before_after (no string-to-number function both engines know).
WITH p, r.year AS stated,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(r.reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 4), 1), '')))
     AS bound
WITH p, min(coalesce(stated, bound)) AS first, min(stated) AS first_stated
WHERE first IS NOT NULL
// cumulative counts without window functions: each place against every other, in one collected list
// (the basis is a string: Ladybug 0.22 fails with 'bad_function_call' on CASE WHEN over a boolean taken from a map)
WITH collect({place: p.name, first: first,
              basis: CASE WHEN first_stated = first THEN 'stated' ELSE 'reported' END}) AS places
UNWIND places AS one
UNWIND places AS other
WITH one, count(CASE WHEN other.first <= one.first THEN 1 END) AS cumulative
WITH one.first AS year, cumulative, count(*) AS new_adopters,
     count(CASE WHEN one.basis = 'reported' THEN 1 END) AS by_report_date, collect(one.place) AS places
RETURN year, new_adopters, by_report_date, cumulative, places
ORDER BY year

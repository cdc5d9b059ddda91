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
// the year's adopters first, then the cumulative counts without window functions: each year against
// every other (a few dozen years; pairing every place with every other took 150 ms for 1,100 adopters)
WITH first AS year, count(*) AS new_adopters, count(CASE WHEN first_stated = first THEN 1 END) AS stated,
     collect(p.name) AS places
WITH collect({year: year, n: new_adopters, stated: stated, places: places}) AS years
UNWIND years AS one
UNWIND years AS other
WITH one, other
WHERE other.year <= one.year
// (counted, not summed: Ladybug sums whole numbers into a 128-bit decimal)
UNWIND other.places AS earlier
WITH one, count(earlier) AS cumulative
RETURN one.year AS year, one.n AS new_adopters, one.n - one.stated AS by_report_date, cumulative,
       one.places AS places
ORDER BY year

// name: mechanism_first_year
// title: When each mechanism first appeared
// description: When did each mechanism first appear, where, and how far has it spread? For every mechanism: the first year any place adopted or pioneered it, the place(s) of that year, and the number of places that have it. year_basis 'reported' marks a first year known only as the date of a reporting article (an upper bound).
MATCH (p:Place)-[r:ADOPTED|PIONEERED]->(m:Mechanism)
// The year of a report date: see demonstration_before_after (no string-to-number function both engines know).
WITH m, p, r.year AS stated,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(r.reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(r.reported, 4), 1), '')))
     AS bound
WITH m, p, min(coalesce(stated, bound)) AS first, min(stated) AS first_stated
WITH m, min(first) AS first_year, collect({place: p.name, first: first, stated: first_stated}) AS places
UNWIND places AS one
// collect() drops the nulls the CASE gives for places that came later
WITH m, first_year, count(*) AS adopters,
     collect(CASE WHEN one.first = first_year THEN one.place END) AS first_adopters,
     count(CASE WHEN one.first = first_year AND one.stated = first_year THEN 1 END) AS stated_firsts
RETURN m.name AS mechanism, first_year,
       CASE WHEN first_year IS NULL THEN NULL WHEN stated_firsts > 0 THEN 'stated' ELSE 'reported' END AS year_basis,
       adopters, first_adopters
ORDER BY first_year, mechanism

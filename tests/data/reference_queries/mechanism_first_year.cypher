// name: mechanism_first_year
// title: When each mechanism first appeared
// description: When did each mechanism first appear, where, and how far has it spread? For every mechanism: the first year any place adopted or pioneered it, the place(s) of that year, and the number of places that have it. year_basis 'reported' marks a first year known only as the date of a reporting article (an upper bound).
MATCH (p:Place)-[r:ADOPTED|PIONEERED]->(m:Mechanism)
// A place's first stated year, and the earliest report among its facts that state none (an ISO date's
// year is its first four characters, so the earliest date has the earliest year).
WITH m, p, min(r.year) AS first_stated, min(CASE WHEN r.year IS NULL THEN left(r.reported, 4) END) AS reported
// The year of a report date: see demonstration_before_after (no string-to-number function both engines know).
// Worked out once per distinct year, not once per fact: the digit counting was most of the query's time.
WITH reported, collect({mechanism: m.name, place: p.name, stated: first_stated}) AS firsts
WITH firsts,
     1000 * (45 - size(replace('122333444455555666666777777788888888999999999', left(reported, 1), '')))
     + 100 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(reported, 2), 1), '')))
     + 10 * (45 - size(replace('122333444455555666666777777788888888999999999', right(left(reported, 3), 1), '')))
     + (45 - size(replace('122333444455555666666777777788888888999999999', right(left(reported, 4), 1), '')))
     AS bound
UNWIND firsts AS f
// the earlier of the stated year and the bound (either may be missing)
WITH f.mechanism AS mechanism, f.place AS place, f.stated AS first_stated,
     CASE WHEN bound IS NULL OR f.stated <= bound THEN coalesce(f.stated, bound) ELSE bound END AS first
WITH mechanism, min(first) AS first_year, collect({place: place, first: first, stated: first_stated}) AS places
UNWIND places AS one
// collect() drops the nulls the CASE gives for places that came later
WITH mechanism, first_year, count(*) AS adopters,
     collect(CASE WHEN one.first = first_year THEN one.place END) AS first_adopters,
     count(CASE WHEN one.first = first_year AND one.stated = first_year THEN 1 END) AS stated_firsts
RETURN mechanism, first_year,
       CASE WHEN first_year IS NULL THEN NULL WHEN stated_firsts > 0 THEN 'stated' ELSE 'reported' END AS year_basis,
       adopters, first_adopters
ORDER BY first_year, mechanism

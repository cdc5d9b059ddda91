// name: promotion_then_adoption
// title: Adoptions following a promotion
// description: Do adoptions follow when a body promotes a mechanism? Each dated promotion (Mechanism PROMOTED_BY Body) with the places whose first stated adoption year falls in the promotion's year or up to N years after, and the lag. Places that claim to have pioneered the mechanism are its origin, not followers, and are left out; so are places that had it before the promotion.
// param: years int 3 — the window: adoptions up to this many years after the promotion's year
// A page reads only the mechanisms whose rows can fall on it: the engine sorts every row it is given (60,000 on
// the 100 MB bench graph). QueryPage (graph/summaries.py) says how many rows come before each mechanism's first
// with a window of 3 years; a wider window only adds rows, so that still never skips one, and a narrower one
// reads every mechanism. $page_end is where the page ends (queries/library.py), 0 for every row.
MATCH (x:QueryPage)
WHERE x.query = 'promotion_then_adoption' AND ($page_end = 0 OR $years < 3 OR x.rows_before < $page_end)
// (each mechanism by its key from the page's index, so that the engine reads only those mechanisms' facts)
MATCH (m:Mechanism {name: x.key})-[pr:PROMOTED_BY]->(b:Body)
WHERE pr.year IS NOT NULL
// the mechanism's dated promotions in one list, so that each place is met once per mechanism, not once per
// promotion (several bodies promote the same mechanism, often in several years)
WITH x, m, collect(DISTINCT {body: b.name, promoted: pr.year}) AS promotions
// each place's first stated ADOPTED year and its PIONEERED facts, summarised when the facts were loaded
// (graph/summaries.py FIRST_ADOPTION): one that had it before the promotion did not follow it, whatever later
// reports say; pioneers are the origin, not followers
MATCH (p:Place)-[f:FIRST_ADOPTION]->(:Mechanism {name: x.key})
WHERE f.adopted IS NOT NULL AND f.pioneerings = 0
UNWIND promotions AS promotion
WITH m, promotion.body AS body, promotion.promoted AS promoted, p, f.adopted AS adopted
WHERE adopted >= promoted AND adopted <= promoted + $years
RETURN m.name AS mechanism, body, promoted, p.name AS place, adopted, adopted - promoted AS lag
ORDER BY mechanism, promoted, body, lag, place

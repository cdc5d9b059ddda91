// name: mechanism_first_year
// title: When each mechanism first appeared
// description: When did each mechanism first appear, where, and how far has it spread? For every mechanism: the first year any place adopted or pioneered it, the place(s) of that year, and the number of places that have it. year_basis 'reported' marks a first year known only as the date of a reporting article (an upper bound).
// Read from the mechanisms' summaries (graph/summaries.py), kept by every load and forget: working out each
// place's first year from every fact of the graph took 174 ms on the 100 MB bench graph. The first year of a
// place is its earliest stated year, or the year of the earliest article reporting a fact that states none, when
// that is earlier (an upper bound); first_adopters are the places of the mechanism's first year.
MATCH (s:MechanismSummary)
RETURN s.mechanism AS mechanism, s.first_year AS first_year, s.year_basis AS year_basis, s.adopters AS adopters,
       s.first_adopters AS first_adopters
ORDER BY first_year, mechanism

"""Summaries of the adoption facts, kept beside them so that named queries need not aggregate every fact.

On the 100 MB bench graph the slowest named queries spent most of their time working out, from some 100,000
ADOPTED and PIONEERED facts, each place's first year of each mechanism and each mechanism's spread, before they
could give a first row (README, footnote ⁸). That work depends only on the facts, so it is done when the facts
change, for the mechanisms they touch (graph/schema.py SUMMARY_NODES, SUMMARY_RELS):

- FIRST_ADOPTION (Place → Mechanism): one per place and mechanism with an ADOPTED or PIONEERED fact;
- MechanismSummary: one per such mechanism.

This module only computes them, from rows a store reads with Cypher both engines accept; the stores delete the
old summaries of the touched mechanisms and write these in the same transaction as the facts (on Ladybug,
within a held transaction, once before it commits). A summary is a pure function of the mechanism's facts, so
recomputing it after a forget gives what a fresh load of the remaining documents gives.

The years are those the named queries worked out before (queries/*.cypher): a fact without a stated year is
bounded by the year of its reporting article's date, the first four characters of an ISO date read digit by
digit as the queries read them (a character that is not a digit counts 0).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

ADOPTION_RELS = ("ADOPTED", "PIONEERED")
# how the named queries turned a report date into a number (no string-to-number function is spelled the same
# in both engines): a digit d occurs d times here
_DIGITS = "122333444455555666666777777788888888999999999"
# a list of keys sent as one query parameter at most (as the stores' other lookups by key)
CHUNK = 5000

Rows = Callable[..., list]  # a store's reader: rows(cypher, params) -> list[dict]


def report_year(date: str | None) -> int | None:
    """The year of a report date ('2023-05-10', '2023-05', '2023') as the named queries computed it."""
    if date is None:
        return None
    year = 0
    for i, weight in enumerate((1000, 100, 10, 1), start=1):
        c = date[:i][-1:]  # right(left(date, i), 1)
        year += weight * (_DIGITS.count(c) if c else 0)
    return year


def _earlier(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


@dataclass
class Pair:
    """One place's facts of one mechanism, reduced to what the summaries say."""
    place: str  # the Place key (its code, or name:… for a place without one)
    name: str  # the place's name
    mechanism: str
    stated: int | None = None  # earliest stated year, ADOPTED or PIONEERED
    report: str | None = None  # earliest report date (its first four characters) of a fact stating no year
    adopted: int | None = None  # earliest stated year of an ADOPTED fact
    adoptions: int = 0
    pioneerings: int = 0

    def add(self, rel: str, stated: int | None, report: str | None, facts: int) -> None:
        """Add `facts` facts of `rel` whose earliest stated year is `stated` and earliest report of one stating
        none `report` (its first four characters)."""
        self.stated = _earlier(self.stated, stated)
        if report is not None:
            self.report = report if self.report is None else min(self.report, report)
        if rel == "ADOPTED":
            self.adoptions += facts
            self.adopted = _earlier(self.adopted, stated)
        else:
            self.pioneerings += facts

    @property
    def year(self) -> int | None:
        """The first year: the stated one, or the report's when that is earlier (an upper bound)."""
        return _earlier(self.stated, report_year(self.report))

    def row(self) -> dict:
        return {"from": self.place, "to": self.mechanism, "year": self.year, "stated": self.stated,
                "adopted": self.adopted, "adoptions": self.adoptions, "pioneerings": self.pioneerings}


def facts_query(rel: str, some: bool) -> str:
    """The facts of one adoption relationship, of the mechanisms in $names (`some`) or of all, by place and
    mechanism (aggregated by the engine: a tenth of the time of reading every fact into Python)."""
    where = " WHERE m.name IN $names" if some else ""
    return (f"MATCH (p:Place)-[r:{rel}]->(m:Mechanism){where} RETURN p.code AS place, p.name AS name, "
            "m.name AS mechanism, min(r.year) AS stated, "
            "min(CASE WHEN r.year IS NULL THEN left(r.reported, 4) END) AS report, count(r) AS facts")


def pairs(rows: Rows, names: Iterable[str] | None = None) -> list[Pair]:
    """Every (place, mechanism) of the mechanisms `names` (None: of every mechanism), from the facts."""
    if names is None:
        chunks: list = [None]
    else:
        names = sorted(set(names))
        chunks = [names[i:i + CHUNK] for i in range(0, len(names), CHUNK)]
    out: dict[tuple[str, str], Pair] = {}
    for chunk in chunks:
        for rel in ADOPTION_RELS:
            params = {} if chunk is None else {"names": chunk}
            for r in rows(facts_query(rel, chunk is not None), params):
                key = (r["place"], r["mechanism"])
                pair = out.get(key)
                if pair is None:
                    pair = out[key] = Pair(r["place"], r["name"], r["mechanism"])
                pair.add(rel, r["stated"], r["report"], r["facts"])
    return [out[k] for k in sorted(out)]


def mechanism_rows(pairs_: Iterable[Pair]) -> list[dict]:
    """One MechanismSummary row per mechanism of `pairs_` (all of its pairs must be among them)."""
    by: dict[str, list[Pair]] = {}
    for p in pairs_:
        by.setdefault(p.mechanism, []).append(p)
    out = []
    for mechanism, ps in sorted(by.items()):
        first = min((p.year for p in ps if p.year is not None), default=None)
        firsts = [p for p in ps if first is not None and p.year == first]
        basis = None if first is None else "stated" if any(p.stated == first for p in firsts) else "reported"
        out.append({"mechanism": mechanism, "first_year": first, "year_basis": basis,
                    "first_adopters": sorted(p.name for p in firsts), "adopters": len(ps),
                    "adopted_by": sum(1 for p in ps if p.adoptions), "claimants": sum(1 for p in ps if p.pioneerings)})
    return out


def compute(rows: Rows, names: Iterable[str] | None = None) -> tuple[list[dict], list[dict]]:
    """(FIRST_ADOPTION rows, MechanismSummary rows) of the mechanisms `names` (None: every one), from the facts
    the store holds now; a mechanism without facts any more has neither."""
    ps = pairs(rows, names)
    return [p.row() for p in ps], mechanism_rows(ps)


def deletions(mechanisms: set[str] | None) -> list[tuple[str, dict]]:
    """The (Cypher, parameters) that delete the summaries of these mechanisms (None: every summary), before a
    store writes what `compute` gives now; both engines accept them."""
    if mechanisms is None:
        return [("MATCH ()-[f:FIRST_ADOPTION]->() DELETE f", {}), ("MATCH (s:MechanismSummary) DELETE s", {})]
    names = sorted(mechanisms)
    out = []
    for i in range(0, len(names), CHUNK):
        chunk = {"names": names[i:i + CHUNK]}
        out += [("MATCH (:Place)-[f:FIRST_ADOPTION]->(m:Mechanism) WHERE m.name IN $names DELETE f", chunk),
                ("MATCH (s:MechanismSummary) WHERE s.mechanism IN $names DELETE s", chunk)]
    return out


def touched(edges: dict) -> set[str]:
    """The mechanisms whose summaries a batch's relationships (graph/rows.py Batch.edges) change."""
    return {r["to"] for (rel, _, _), rs in edges.items() if rel in ADOPTION_RELS for r in rs}


def touched_by_documents(rows: Rows, ids: list[str]) -> set[str]:
    """The mechanisms whose summaries forgetting the documents `ids` changes (read before their facts go)."""
    out: set[str] = set()
    for rel in ADOPTION_RELS:
        for i in range(0, len(ids), CHUNK):
            out |= {r["m"] for r in rows(f"MATCH (:Place)-[r:{rel}]->(m:Mechanism) WHERE r.doc IN $ids "
                                         "RETURN DISTINCT m.name AS m", {"ids": ids[i:i + CHUNK]})}
    return out


def missing(rows: Rows) -> bool:
    """Does a graph hold facts but not their summaries (one written before they existed)? A few counts: every
    mechanism with an adoption fact has a MechanismSummary, and a place with a PIONEERED fact a QueryPage."""
    def count(cypher: str) -> int:
        return rows(cypher, {})[0]["n"]

    if not count("MATCH (s:MechanismSummary) RETURN count(s) AS n"):
        return any(count(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n") for rel in ADOPTION_RELS)
    return (not count("MATCH (x:QueryPage) RETURN count(x) AS n")
            and bool(count("MATCH ()-[r:PIONEERED]->() RETURN count(r) AS n")))


# -- where a page begins (QueryPage) -----------------------------------------------------------------------

# Named queries whose page is found through QueryPage (queries/library.py PAGE_END): the engine sorts every row
# of a result before it gives the first (on the 100 MB bench graph 18,000 pioneer claims took 80–120 ms to sort,
# 288,000 rows of demonstration_before_after several hundred), so these queries read only the places or
# mechanisms whose rows can fall on the page. For each: Cypher giving, per place or mechanism (`key`: its key,
# never null), the value of the query's first order key (`sorted_as`, and `lead` when the order puts a number
# before it) and its number of rows in the whole result, with the query's parameters at their defaults.
PROMOTION_WINDOW = 3  # promotion_then_adoption's default $years (a test holds them equal)
PAGED = {
    "pioneers": ("MATCH (p:Place)-[r:PIONEERED]->(:Mechanism) "
                 "RETURN p.code AS key, p.name AS sorted_as, count(r) AS rows"),
    # ordered by claimants (descending), then mechanism
    "pioneer_claims": ("MATCH (s:MechanismSummary) WHERE s.claimants > 0 "
                       "MATCH (:Place)-[r:PIONEERED]->(m:Mechanism {name: s.mechanism}) "
                       "RETURN s.mechanism AS key, s.mechanism AS sorted_as, -s.claimants AS lead, count(r) AS rows"),
    # a named place's rows: each of its namings (award and batch) with each of its mechanisms
    "demonstration_before_after": ("MATCH (p:Place)-[n:NAMED_DEMONSTRATION_CITY]->(a:Award) "
                                   "WITH DISTINCT p, a.name AS award, n.batch AS batch "
                                   "WITH p, count(*) AS namings "
                                   "MATCH (p)-[f:FIRST_ADOPTION]->(:Mechanism) "
                                   "WITH p, namings, count(f) AS mechanisms "
                                   "RETURN p.code AS key, p.name AS sorted_as, namings * mechanisms AS rows"),
    # every mechanism with a dated promotion (no rows: a wider window may give it some), then its rows with the
    # query's default window: a wider window only adds rows, so the counts stay a lower bound for it, and a
    # narrower one reads every mechanism (queries/promotion_then_adoption.cypher)
    "promotion_then_adoption": (
        "MATCH (m:Mechanism)-[pr:PROMOTED_BY]->(:Body) WHERE pr.year IS NOT NULL "
        "RETURN DISTINCT m.name AS key, m.name AS sorted_as, 0 AS rows",
        "MATCH (m:Mechanism)-[pr:PROMOTED_BY]->(b:Body) WHERE pr.year IS NOT NULL "
        "WITH m, collect(DISTINCT {body: b.name, promoted: pr.year}) AS promotions "
        "MATCH (:Place)-[f:FIRST_ADOPTION]->(m) WHERE f.adopted IS NOT NULL AND f.pioneerings = 0 "
        "UNWIND promotions AS promotion "
        "WITH m, f.adopted AS adopted, promotion.promoted AS promoted "
        f"WHERE adopted >= promoted AND adopted <= promoted + {PROMOTION_WINDOW} "
        "RETURN m.name AS key, m.name AS sorted_as, count(*) AS rows"),
    # ordered by year first: the rows of each year, those without one last (as both engines sort a null in
    # ascending order); `key` is the year
    "honours": ("MATCH (h)-[r:HONOURED]->(:Award) "
                "OPTIONAL MATCH (h)-[:LOCATED_IN]->(p:Place) "
                "RETURN r.year AS key, r.year AS lead, '' AS sorted_as, count(*) AS rows"),
}


def _lead(r: dict) -> tuple:
    """Where a row's leading number puts it: a missing number (null) after every other, as both engines sort a
    null in ascending order; a query without one (no `lead` column) all in one place."""
    return (1, 0) if "lead" in r and r["lead"] is None else (0, r.get("lead") or 0)


def rows_before(per: dict[tuple, int]) -> dict[tuple, int]:
    """For each key of `per` (its rows; the last part of a key a string, the others numbers), how many rows come
    before its first in the result's order: the smaller of the counts under the two orders engines give strings
    (by code point, as UTF-8 bytes compare, and by UTF-16 unit, as Java's strings compare), so never more than
    where its first row is on either."""
    out: dict[tuple, int] = {}
    for order in (lambda k: k, lambda k: k[:-1] + (k[-1].encode("utf-16-be"),)):
        total = 0
        for k in sorted(per, key=order):
            out[k] = min(out.get(k, total), total)
            total += per[k]
    return out


def page_rows(rows: Rows) -> list[dict]:
    """Every QueryPage row, from the graph as it is now (a few thousand: recomputed whole when facts change)."""
    out = []
    for query, cyphers in PAGED.items():
        found = [r for cypher in ([cyphers] if isinstance(cyphers, str) else cyphers) for r in rows(cypher, {})]
        per: dict[tuple, int] = {}
        for r in found:
            if r["sorted_as"] is not None:
                k = _lead(r) + (r["sorted_as"],)
                per[k] = per.get(k, 0) + r["rows"]
        before = rows_before(per)
        for key, r in sorted({str(r["key"]): r for r in found}.items()):
            # a value without a name sorts apart in each engine: its rows are read whatever the page
            at = 0 if r["sorted_as"] is None else before[_lead(r) + (r["sorted_as"],)]
            out.append({"id": f"{query}\t{key}", "query": query, "key": key, "lead": r.get("lead"),
                        "rows_before": at})
    return out

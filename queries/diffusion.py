"""Diffusion analytics over the graph: who adopted which mechanism when, who claimed it first, who promoted it.

The unit of analysis follows the State Policy Innovation and Diffusion database (SPID): one row per
place and mechanism with the year of its first adoption. Everything here reads the graph through
Cypher both stores accept and returns plain dataclasses; drawing lives in `spread_plots`, files in
`diffusion_export`.

Years. A fact may state its year (2023年起推行…) or only be reported by an article of a known date.
A practice reported running in an article of 2022 was adopted in 2022 or before, so the reported
year is an upper bound.  A place's first year is the smallest of its stated years and these bounds,
and `year_basis` says which it was ('stated' wins a tie), so a researcher can drop or keep bounds.
"""
from __future__ import annotations

import difflib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

ADOPTION_RELS = ("ADOPTED", "PIONEERED")


@dataclass(frozen=True)
class Evidence:
    relation: str  # adopted | pioneered
    year: int | None
    reported: str | None
    document: str | None
    evidence: str | None
    scope: str | None = None  # the pioneer claim's scope (全国/全省…)
    mechanism: str | None = None  # the name the document used (a brand counts for its generic)


@dataclass(frozen=True)
class Adoption:
    """One place's first adoption of one (canonical) mechanism."""

    place_code: str
    place: str
    level: str | None
    province_code: str | None
    province: str | None
    lon: float | None
    lat: float | None
    mechanism: str
    first_year: int | None
    year_basis: str | None  # stated | reported | None (no year and no dated article)
    relation: str  # pioneered when any supporting fact claims it first, else adopted
    documents: tuple[str, ...]
    evidence: tuple[Evidence, ...] = field(default=(), compare=False, repr=False)

    @property
    def pioneer_claims(self) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.relation == "pioneered")


@dataclass(frozen=True)
class Promotion:
    mechanism: str
    body: str
    body_place: str | None  # code of the body's place (None: a central body)
    province_code: str | None
    year: int | None
    reported: str | None
    document: str | None
    evidence: str | None


def year_of(date: str | None) -> int | None:
    """The year of an ISO-ish article date ('2024-03-05', '2024-03', '2024')."""
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def _earliest(best: tuple[int, int] | None, year: int | None, reported: str | None) -> tuple[int, int] | None:
    """``best`` moved to a fact's stated year or its article date when earlier: (year, 0 stated / 1 reported),
    so that a stated year wins a tie."""
    for y, basis in ((year, 0), (year_of(reported), 1)):
        if y is not None and (best is None or (y, basis) < best):
            best = (y, basis)
    return best


def _year_and_basis(best: tuple[int, int] | None) -> tuple[int | None, str | None]:
    return (None, None) if best is None else (best[0], ("stated", "reported")[best[1]])


def first_year(evidence) -> tuple[int | None, str | None]:
    """The earliest year the facts support, stated or bounded by an article date, and which it was."""
    best = None
    for e in evidence:
        best = _earliest(best, e.year, e.reported)
    return _year_and_basis(best)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lon, lat) points."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=1)
def _gazetteer():
    from fazhi.loaders.extract.gazetteer import Gazetteer

    return Gazetteer.default()


def seat(code: str | None) -> tuple[float, float] | None:
    """(lon, lat) of a division's seat, from the registry the loaders keep (None when unknown)."""
    if not code:
        return None
    from fazhi.loaders.coordinates import seat_of

    p = seat_of(code)
    return (p.lon, p.lat) if p else None


class Mechanisms:
    """Canonical names: a brand or local name counts for the generic mechanism it is an instance of,
    and an alias for the node that carries it."""

    def __init__(self, store):
        self.names = {r["n"] for r in store.query("MATCH (m:Mechanism) RETURN m.name AS n")}
        self._parent = {r["a"]: r["b"] for r in store.query(
            "MATCH (a:Mechanism)-[:INSTANCE_OF]->(b:Mechanism) RETURN a.name AS a, b.name AS b")}
        self._alias: dict[str, str] = {}
        for r in store.query("MATCH (m:Mechanism) WHERE m.aliases IS NOT NULL RETURN m.name AS n, m.aliases AS a"):
            for a in (r["a"] or "").split("|"):
                if a and a not in self.names:
                    self._alias.setdefault(a, r["n"])

    def canonical(self, name: str) -> str:
        seen = set()
        name = self._alias.get(name, name)
        while name in self._parent and name not in seen:  # a chain brand → local → generic ends at the top
            seen.add(name)
            name = self._parent[name]
        return name

    def members(self, canonical: str) -> set[str]:
        return {n for n in self.names if self.canonical(n) == canonical} | {canonical}

    def resolve(self, typed: str) -> str:
        """The canonical mechanism a user means; LookupError naming the closest ones when unknown."""
        typed = typed.strip()
        if typed in self.names or typed in self._alias:
            return self.canonical(typed)
        hits = sorted(n for n in self.names if typed and typed in n)
        if len(hits) == 1:
            return self.canonical(hits[0])
        close = hits[:8] or difflib.get_close_matches(typed, sorted(self.names), n=8, cutoff=0.4)
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        raise LookupError(f"no mechanism {typed!r} in the graph{hint}")


def _province_name(code: str | None) -> str | None:
    if not code:
        return None
    # the division table's name: building the whole gazetteer for it took 0.4 s of every spread and export
    from fazhi.loaders.extract.gazetteer import division_names

    name = division_names().get(code)
    if name is not None:
        return name
    d = _gazetteer().get(code)
    return d.name if d else None


def _rows(store, mechanism_names: set[str] | None = None) -> list[dict]:
    where = "WHERE m.name IN $names " if mechanism_names is not None else ""
    params = {"names": sorted(mechanism_names)} if mechanism_names is not None else None
    out = []
    for rel in ADOPTION_RELS:
        out += [{**r, "relation": rel.lower()} for r in store.query(
            f"MATCH (p:Place)-[r:{rel}]->(m:Mechanism) {where}"
            "OPTIONAL MATCH (d:Document {id: r.doc}) "
            "RETURN p.code AS code, p.name AS place, p.level AS level, p.province AS province, "
            "p.longitude AS lon, p.latitude AS lat, m.name AS mechanism, "
            "r.year AS year, r.reported AS reported, d.name AS document, d.date AS doc_date, r.evidence AS evidence, "
            "r.scope AS scope", params)]
    return out


def _member_names(mechanisms: Mechanisms, mechanism) -> set[str] | None:
    """Every name that counts for one canonical mechanism or for each of several (None: all mechanisms)."""
    if mechanism is None:
        return None
    if isinstance(mechanism, str):
        return mechanisms.members(mechanism) if mechanism else None
    return set().union(*(mechanisms.members(m) for m in mechanism))


def most_adopted(store, n: int, mechanisms: Mechanisms | None = None) -> list[str]:
    """The ``n`` canonical mechanisms adopted or pioneered by the most places (any name counting for its
    generic; ties by name), counted in the graph without reading the facts themselves."""
    mechanisms = mechanisms or Mechanisms(store)
    placed = "(p.level IS NULL OR p.level <> 'unresolved')"  # as adoptions() skips unplaced names
    counts: dict[str, int] = defaultdict(int)
    names_of: dict[str, list[str]] = defaultdict(list)
    rows = store.query("MATCH (p:Place)-[:ADOPTED|PIONEERED]->(m:Mechanism) WHERE " + placed +
                       " RETURN m.name AS name, count(DISTINCT p) AS places")
    for r in rows:
        canon = mechanisms.canonical(r["name"])
        counts[canon] += r["places"]
        names_of[canon].append(r["name"])
    # a place that used two names of one mechanism counts once: recount the few mechanisms with several names
    shared = sorted(name for names in names_of.values() if len(names) > 1 for name in names)
    if shared:
        codes: dict[str, set] = defaultdict(set)
        for r in store.query("MATCH (p:Place)-[:ADOPTED|PIONEERED]->(m:Mechanism) WHERE m.name IN $names AND "
                             + placed + " RETURN DISTINCT m.name AS name, p.code AS code", {"names": shared}):
            codes[mechanisms.canonical(r["name"])].add(r["code"])
        counts.update({canon: len(c) for canon, c in codes.items()})
    return sorted(counts, key=lambda m: (-counts[m], m))[:n]


def adoptions(store, mechanism: str | list[str] | None = None,
              mechanisms: Mechanisms | None = None) -> list[Adoption]:
    """First adoptions per place and canonical mechanism (all mechanisms, or those named by their canonical
    names: one, or a list)."""
    mechanisms = mechanisms or Mechanisms(store)
    names = _member_names(mechanisms, mechanism)
    grouped: dict[tuple[str, str], list[tuple[dict, Evidence]]] = defaultdict(list)
    for r in _rows(store, names):
        if r["level"] == "unresolved":  # a name the gazetteer could not place has no province or seat
            continue
        canon = mechanisms.canonical(r["mechanism"])
        ev = Evidence(r["relation"], r["year"], r["reported"] or r["doc_date"], r["document"], r["evidence"],
                      r["scope"], r["mechanism"])
        grouped[(r["code"], canon)].append((r, ev))
    out = []
    for (code, canon), items in grouped.items():
        r0 = items[0][0]
        evs = tuple(sorted((e for _, e in items), key=lambda e: (e.year or 9999, e.reported or "", e.document or "")))
        year, basis = first_year(evs)
        out.append(_adoption(r0, canon, year, basis, any(e.relation == "pioneered" for e in evs),
                             documents=tuple(sorted({e.document for e in evs if e.document})), evidence=evs))
    return sorted(out, key=lambda a: (a.mechanism, a.first_year or 9999, a.place_code))


def _adoption(place: dict, canon: str, year, basis, pioneered: bool, **more) -> Adoption:
    """One place's first adoption of a canonical mechanism; ``place`` a row with the place's code, name,
    level, province and seat as the graph stores it on the Place (loaders/coordinates.py)."""
    return Adoption(place_code=place["code"], place=place["place"], level=place["level"],
                    province_code=place["province"], province=_province_name(place["province"]), lon=place["lon"],
                    lat=place["lat"], mechanism=canon, first_year=year, year_basis=basis,
                    relation="pioneered" if pioneered else "adopted", **more)


def first_adoptions(store, mechanism: str | list[str] | None = None,
                    mechanisms: Mechanisms | None = None) -> list[Adoption]:
    """`adoptions` without their evidence: the same places, mechanisms, first years and bases, relations and
    order, with `documents` and `evidence` left empty. What the panel export reads: on the 100 MB bench graph
    the evidence sentences and document names were a third of its time."""
    mechanisms = mechanisms or Mechanisms(store)
    names = _member_names(mechanisms, mechanism)
    params = {"names": sorted(names)} if names is not None else None
    firsts: dict[tuple[str, str], list] = {}  # (code, canonical) -> [code, best (year, basis), pioneered]
    canonical = lru_cache(maxsize=None)(mechanisms.canonical)
    where = "WHERE m.name IN $names AND " if names is not None else "WHERE "
    facts = []
    for rel in ADOPTION_RELS:
        # the facts alone; only those without a report date of their own look up their document's date (the
        # lookup for every fact was a fifth of the export's time on the 100 MB bench graph)
        for cond, reported in (("r.reported IS NOT NULL ", "r.reported"), ("r.reported IS NULL ", "d.date")):
            lookup = "" if reported == "r.reported" else "OPTIONAL MATCH (d:Document {id: r.doc}) "
            facts += [(r, rel == "PIONEERED") for r in store.query(
                f"MATCH (p:Place)-[r:{rel}]->(m:Mechanism) {where}{cond}{lookup}"
                f"RETURN p.code AS code, p.level AS level, m.name AS mechanism, r.year AS year, {reported} AS reported",
                params)]
    for r, pioneered in facts:
        if r["level"] == "unresolved":  # as adoptions()
            continue
        key = (r["code"], canonical(r["mechanism"]))
        got = firsts.get(key)
        if got is None:
            firsts[key] = got = [r["code"], None, False]
        got[2] = got[2] or pioneered
        got[1] = _earliest(got[1], r["year"], r["reported"])  # as first_year() reads the evidence
    # each place's name, level and seat once (a list of codes to look up is slower in the engine than all places)
    places = {r["code"]: r for r in store.query(
        "MATCH (p:Place) RETURN p.code AS code, p.name AS place, p.level AS level, p.province AS province, "
        "p.longitude AS lon, p.latitude AS lat")} if firsts else {}
    out = []
    for (code, canon), (_, best, pioneered) in firsts.items():
        year, basis = _year_and_basis(best)
        out.append(_adoption(places[code], canon, year, basis, pioneered, documents=()))
    return sorted(out, key=lambda a: (a.mechanism, a.first_year or 9999, a.place_code))


def promotions(store, mechanism: str | list[str] | None = None,
               mechanisms: Mechanisms | None = None) -> list[Promotion]:
    mechanisms = mechanisms or Mechanisms(store)
    names = _member_names(mechanisms, mechanism)
    where = "WHERE m.name IN $names " if names is not None else ""
    rows = store.query(
        f"MATCH (m:Mechanism)-[r:PROMOTED_BY]->(b:Body) {where}"
        "OPTIONAL MATCH (b)-[:LOCATED_IN]->(p:Place) OPTIONAL MATCH (d:Document {id: r.doc}) "
        "RETURN m.name AS mechanism, b.name AS body, p.code AS place, p.province AS province, r.year AS year, "
        "r.reported AS reported, d.date AS doc_date, d.name AS document, r.evidence AS evidence",
        {"names": sorted(names)} if names is not None else None)
    out = [Promotion(mechanisms.canonical(r["mechanism"]), r["body"], r["place"], r["province"], r["year"],
                     r["reported"] or r["doc_date"], r["document"], r["evidence"]) for r in rows]
    return sorted(out, key=lambda p: (p.mechanism, p.year or 9999, p.body))


def demonstration_years(store) -> dict[str, int]:
    """The year each place was first named a national or provincial demonstration place."""
    out: dict[str, int] = {}
    for r in store.query("MATCH (p:Place)-[r:NAMED_DEMONSTRATION_CITY]->(a:Award) "
                         "OPTIONAL MATCH (d:Document {id: r.doc}) "
                         "RETURN p.code AS code, r.year AS year, r.reported AS reported, d.date AS doc_date"):
        y = r["year"] or year_of(r["reported"] or r["doc_date"])
        if y is not None and (r["code"] not in out or y < out[r["code"]]):
            out[r["code"]] = y
    return out


@dataclass
class Spread:
    mechanism: str
    names: tuple[str, ...]  # the names that count for it (brands, local names)
    adoptions: list[Adoption]
    promotions: list[Promotion]

    @property
    def dated(self) -> list[Adoption]:
        return [a for a in self.adoptions if a.first_year is not None]

    @property
    def pioneers(self) -> list[Adoption]:
        return [a for a in self.adoptions if a.relation == "pioneered"]

    def curve(self) -> list[tuple[int, int, int]]:
        """(year, new adopters, cumulative adopters) for every year from the first to the last."""
        years = Counter(a.first_year for a in self.dated)
        if not years:
            return []
        out, total = [], 0
        for y in range(min(years), max(years) + 1):
            total += years.get(y, 0)
            out.append((y, years.get(y, 0), total))
        return out

    def grid(self) -> tuple[list[int], list[tuple[str, list[int]]]]:
        """Province × year counts of new adopters: (years, [(province, counts per year)])."""
        years = [y for y, _, _ in self.curve()]
        cells: dict[str, Counter] = defaultdict(Counter)
        for a in self.dated:
            cells[a.province or "?"][a.first_year] += 1
        rows = sorted(cells.items(), key=lambda kv: (min(kv[1]), kv[0]))
        return years, [(prov, [c.get(y, 0) for y in years]) for prov, c in rows]

    def timeline(self) -> list[dict]:
        """One row per adopter, earliest first: what `fazhi spread` prints."""
        rows = []
        for a in self.adoptions:
            claim = a.pioneer_claims[0] if a.pioneer_claims else None
            first = a.evidence[0] if a.evidence else None
            rows.append({
                "first_year": a.first_year, "year_basis": a.year_basis, "place": a.place, "level": a.level,
                "province": a.province, "relation": a.relation,
                "pioneer_claim": (claim.scope or "yes") if claim else None,
                "name_used": ",".join(sorted({e.mechanism for e in a.evidence if e.mechanism != self.mechanism}))
                or None,
                "documents": len(a.documents), "evidence": first.evidence if first else None})
        return rows


def spread(store, mechanism: str) -> Spread:
    """The spread of one mechanism (any name the graph knows for it)."""
    mechs = Mechanisms(store)
    canon = mechs.resolve(mechanism)
    return Spread(canon, tuple(sorted(mechs.members(canon))), adoptions(store, canon, mechs),
                  promotions(store, canon, mechs))

"""Tables for the statistics tools researchers use: adoptions (SPID-style), an event-history panel,
cascades in R NetworkInference's long format, and an inferred who-learns-from-whom network.

Each function returns rows (dicts with a fixed column order) so the CLI, notebooks and tests read
the same thing; `write_csv` puts them in a file.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .diffusion import Adoption, Mechanisms, adoptions, demonstration_years, km, promotions, seat, year_of

ADOPTION_COLUMNS = ["place_code", "place", "level", "province_code", "province", "longitude", "latitude",
                    "mechanism", "first_year", "year_basis", "relation", "documents"]
PANEL_COLUMNS = ["mechanism", "place_code", "place", "level", "province_code", "year", "adopted", "year_basis",
                 "demonstration", "province_share_prev", "neighbours_prev", "neighbour_km", "promoted_in_province",
                 "promoted_nationally"]
CASCADE_COLUMNS = ["node_name", "event_time", "cascade_id", "place_code", "year_basis"]
NETWORK_COLUMNS = ["origin_node", "destination_node", "origin_code", "destination_code", "improvement", "p_value",
                   "cascades", "mechanisms"]


def adoption_rows(items: list[Adoption]) -> list[dict]:
    return [{"place_code": a.place_code, "place": a.place, "level": a.level, "province_code": a.province_code,
             "province": a.province, "longitude": a.lon, "latitude": a.lat, "mechanism": a.mechanism,
             "first_year": a.first_year, "year_basis": a.year_basis, "relation": a.relation,
             "documents": "|".join(a.documents)} for a in items]


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    level: str
    province: str
    point: tuple[float, float] | None


def _graph_units(store, levels: tuple[str, ...]) -> list[Unit]:
    rows = store.query("MATCH (p:Place) WHERE p.level IN $levels RETURN p.code AS code, p.name AS name, "
                       "p.level AS level, p.province AS province, p.longitude AS lon, p.latitude AS lat "
                       "ORDER BY code", {"levels": list(levels)})
    return [Unit(r["code"], r["name"], r["level"], r["province"],
                 (r["lon"], r["lat"]) if r["lon"] is not None else None) for r in rows]


def _division_units(levels: tuple[str, ...]) -> list[Unit]:
    from .diffusion import _gazetteer

    g = _gazetteer()
    return [Unit(d.code, d.name, d.level_name, d.province, seat(d.code))
            for d in sorted(g.divisions.values(), key=lambda d: d.code) if d.level_name in levels and d.level <= 4]


def panel(store, *, levels: tuple[str, ...] = ("prefecture", "county"), universe: str = "graph",
          until: int | None = None, neighbour_km: float = 100.0, basis: str = "any",
          mechanism: str | None = None) -> list[dict]:
    """A place-year risk set per mechanism for event-history models (Berry & Berry 1990).

    Rows run from the mechanism's first adoption anywhere (at any level) to the year the place adopts
    (that row has adopted=1, none after) or `until` (default: the last adoption year in the graph).
    Units are the places of `levels` in the graph (`universe='graph'`) or every such division
    (`universe='divisions'`). Covariates are lagged a year: the share of the province's units that
    had adopted, and the adopters within `neighbour_km` of the unit's seat. `basis='stated'` keeps
    only stated years; 'any' also uses the reported year as an upper bound.
    """
    mechs = Mechanisms(store)
    items = adoptions(store, mechs.resolve(mechanism) if mechanism else None, mechs)
    if basis == "stated":
        items = [a for a in items if a.year_basis == "stated"]
    units = _graph_units(store, levels) if universe == "graph" else _division_units(levels)
    unit_codes = {u.code for u in units}
    per_province: dict[str, int] = defaultdict(int)
    for u in units:
        per_province[u.province] += 1
    named = demonstration_years(store)
    promo: dict[str, list] = defaultdict(list)
    for p in promotions(store, None, mechs):
        promo[p.mechanism].append(p)
    by_mech: dict[str, list[Adoption]] = defaultdict(list)
    for a in items:
        if a.first_year is not None:
            by_mech[a.mechanism].append(a)
    last = until if until is not None else max((a.first_year for a in items if a.first_year), default=None)
    rows: list[dict] = []
    for mech in sorted(by_mech):
        adopters = by_mech[mech]
        start = min(a.first_year for a in adopters)
        if last is None or start > last:
            continue
        adopted_in = {a.place_code: a for a in adopters}
        located = [(a.first_year, (a.lon, a.lat)) for a in adopters if a.lon is not None]
        promo_years = [(p.year or year_of(p.reported), p.province_code) for p in promo.get(mech, [])]
        # adoption years of each province's units: the lagged share is a count of those ≤ the year before
        unit_years: dict[str, list[int]] = defaultdict(list)
        for a in adopters:
            if a.place_code in unit_codes:
                unit_years[a.province_code].append(a.first_year)
        for u in units:
            own = adopted_in.get(u.code)
            # the distance to every adopter is measured once per unit; each year counts the earlier ones
            near_years = None if u.point is None else \
                [y for y, pt in located if pt != u.point and km(u.point, pt) <= neighbour_km]
            for year in range(start, last + 1):
                prev = year - 1
                share_n = sum(1 for y in unit_years[u.province] if y <= prev)
                adopts = own is not None and own.first_year == year
                rows.append({
                    "mechanism": mech, "place_code": u.code, "place": u.name, "level": u.level,
                    "province_code": u.province, "year": year, "adopted": int(adopts),
                    "year_basis": own.year_basis if adopts else None,
                    "demonstration": int(u.code in named and named[u.code] <= year),
                    "province_share_prev": round(share_n / per_province[u.province], 4),
                    "neighbours_prev": None if near_years is None else sum(1 for y in near_years if y <= prev),
                    "neighbour_km": neighbour_km,
                    "promoted_in_province": int(any(y is not None and y <= prev and pc == u.province
                                                    for y, pc in promo_years)),
                    "promoted_nationally": int(any(y is not None and y <= prev and pc is None
                                                   for y, pc in promo_years)),
                })
                if adopts:
                    break
    return rows


def _node_names(items: list[Adoption]) -> dict[str, str]:
    """Readable, unique node names: a place's name, with its province when two places share it."""
    names: dict[str, set[str]] = defaultdict(set)
    for a in items:
        names[a.place].add(a.place_code)
    return {a.place_code: a.place if len(names[a.place]) == 1 else f"{a.province or ''}{a.place}" for a in items}


def cascade_rows(items: list[Adoption], basis: str = "any") -> list[dict]:
    """The long format R NetworkInference reads (node_name, event_time, cascade_id): dated adoptions
    of mechanisms adopted by two or more places (a cascade of one teaches nothing about who learns)."""
    dated = [a for a in items if a.first_year is not None and (basis == "any" or a.year_basis == "stated")]
    names = _node_names(dated)
    count: dict[str, int] = defaultdict(int)
    for a in dated:
        count[a.mechanism] += 1
    return [{"node_name": names[a.place_code], "event_time": a.first_year, "cascade_id": a.mechanism,
             "place_code": a.place_code, "year_basis": a.year_basis}
            for a in sorted(dated, key=lambda a: (a.mechanism, a.first_year, a.place_code)) if count[a.mechanism] > 1]


def network_rows(items: list[Adoption], basis: str = "any", **options) -> list[dict]:
    """The inferred who-learns-from-whom network (NetInf over every mechanism's cascade)."""
    from .netinf import infer_network

    rows = cascade_rows(items, basis)
    cascades: dict[str, dict[str, float]] = defaultdict(dict)
    code_of = {}
    for r in rows:
        cascades[r["cascade_id"]][r["node_name"]] = float(r["event_time"])
        code_of[r["node_name"]] = r["place_code"]
    edges = infer_network(cascades, **options) if cascades else []
    return [{"origin_node": e.origin, "destination_node": e.destination, "origin_code": code_of.get(e.origin),
             "destination_code": code_of.get(e.destination), "improvement": round(e.improvement, 4),
             "p_value": e.p_value, "cascades": len(e.cascades), "mechanisms": "|".join(e.cascades)} for e in edges]


def write_csv(rows: list[dict], path: str | Path, columns: list[str]) -> int:
    """UTF-8 with a byte-order mark, so Excel and Stata open the Chinese names right."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def write_influence(store, network: list[dict]) -> int:
    """Replace the graph's INFLUENCED relationships by an inferred network (network_rows); they are
    derived, so a later load or forget leaves them stale until this runs again."""
    import datetime as _dt

    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    rows = [{"from": r["origin_code"], "to": r["destination_code"], "weight": r["cascades"],
             "improvement": r["improvement"], "p_value": r["p_value"], "mechanisms": r["mechanisms"],
             "method": "netinf", "computed_at": now}
            for r in network if r["origin_code"] and r["destination_code"]]
    return store.replace_derived("INFLUENCED", rows)

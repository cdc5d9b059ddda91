"""Tables for the statistics tools researchers use: adoptions (SPID-style), an event-history panel,
cascades in R NetworkInference's long format, and an inferred who-learns-from-whom network.

Each function returns rows (dicts with a fixed column order) so the CLI, notebooks and tests read
the same thing; `write_csv` puts them in a file. The panel, which grows with places × mechanisms ×
years, also comes row by row (`iter_panel`) and straight into a file (`write_panel`).
"""
from __future__ import annotations

import csv
import inspect
import io
import itertools
import operator
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .diffusion import (Adoption, Mechanisms, adoptions, demonstration_years, first_adoptions, km, most_adopted,
                        promotions, seat, year_of)

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


SPELL_COLUMNS = ["mechanism", "place_code", "place", "level", "province_code", "start", "stop", "adopted",
                 "year_basis", "demonstration", "province_share_prev", "neighbours_prev", "neighbour_km",
                 "promoted_in_province", "promoted_nationally"]
PANEL_SHAPES = ("years", "spells")


def panel(store, **options) -> list[dict]:
    """The event-history panel as a list of rows (see `iter_panel`, which streams them)."""
    return list(iter_panel(store, **options))


def iter_panel(store, *, levels: tuple[str, ...] = ("prefecture", "county"), universe: str = "graph",
               until: int | None = None, neighbour_km: float = 100.0, basis: str = "any",
               mechanism: str | list[str] | tuple[str, ...] | None = None, top: int | None = None,
               shape: str = "years"):
    """A place-year risk set per mechanism for event-history models (Berry & Berry 1990), row by row.

    Rows run from the mechanism's first adoption anywhere (at any level) to the year the place adopts
    (that row has adopted=1, none after: a place leaves the risk set when it adopts) or `until`
    (default: the last adoption year of the mechanisms exported). Units are the places of `levels` in
    the graph (`universe='graph'`) or every such division (`universe='divisions'`). Covariates are
    lagged a year: the share of the province's units that had adopted, and the adopters within
    `neighbour_km` of the unit's seat. `basis='stated'` keeps only stated years; 'any' also uses the
    reported year as an upper bound.

    Mechanisms: `mechanism` (a name, or a list of names; any name the graph knows for each), else the
    `top` most adopted (`most_adopted`), else every mechanism.

    `shape='years'`: one row per place, mechanism and year at risk (PANEL_COLUMNS). `shape='spells'`: the
    same risk set in counting-process form (SPELL_COLUMNS), as R's survival (Surv(start, stop, adopted))
    and Stata's stset read it: one row per run of years in which the covariates stay the same, covering
    the years start + 1 … stop; the year of adoption always ends a spell (with adopted = 1). Expanding
    each spell into its years gives the 'years' rows exactly.
    """
    if shape not in PANEL_SHAPES:
        raise ValueError(f"shape is one of {', '.join(PANEL_SHAPES)}, not {shape!r}")
    columns = SPELL_COLUMNS if shape == "spells" else PANEL_COLUMNS
    yield from (dict(zip(columns, t)) for t in _panel_tuples(
        store, levels, universe, until, neighbour_km, basis, mechanism, top, shape))


def write_panel(store, path: str | Path, *, shape: str = "years", **options) -> int:
    """Write the panel to a CSV file as its rows are made (none is kept in memory); the number of rows."""
    if shape not in PANEL_SHAPES:
        raise ValueError(f"shape is one of {', '.join(PANEL_SHAPES)}, not {shape!r}")
    if shape == "spells":
        return _write_tuples(_panel_tuples(store, **_panel_args(options), shape=shape), path, SPELL_COLUMNS)
    # year rows go out as text a unit at a time: csv.writer took three times as long for them
    blocks = _panel_tuples(store, **_panel_args(options), shape="text")
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff")  # the BOM by hand: see _write_tuples
        csv.writer(fh).writerow(PANEL_COLUMNS)
        for block, rows in blocks:
            fh.write(block)
            n += rows
    return n


def _panel_args(options: dict) -> dict:
    # the options and their defaults are iter_panel's own (one place says them)
    defaults = {k: p.default for k, p in inspect.signature(iter_panel).parameters.items()
                if p.kind is p.KEYWORD_ONLY and k != "shape"}
    unknown = set(options) - set(defaults)
    if unknown:
        raise TypeError(f"unknown panel option(s): {', '.join(sorted(unknown))}")
    return {**defaults, **options}


def _panel_mechanisms(store, mechs: Mechanisms, mechanism, top: int | None) -> list[str] | None:
    """The canonical mechanisms of a panel: those named, else the `top` most adopted, else None (all)."""
    if mechanism:
        typed = [mechanism] if isinstance(mechanism, str) else list(mechanism)
        return sorted({mechs.resolve(m) for m in typed})
    if top:
        return most_adopted(store, top, mechs)
    return None


class _Neighbours:
    """Which adopter seats lie within `radius` km of each unit's seat, measured once for a whole panel.

    The distances of all units to every point some adopter of the panel's mechanisms sits at are array
    operations (a Python loop over the pairs took seconds per mechanism on a large graph), done once
    however many mechanisms share the points; a distance within a micrometre of the radius is measured
    again with `km`, so the answer is the one `km` gives for every pair. An adopter at the very same
    point as the unit (the unit itself, or a place borrowing its seat) is no neighbour."""

    CHUNK = 256  # units per block of the distance table: bounds the temporary arrays to a few MB a row

    def __init__(self, units: list[Unit], points: list[tuple[float, float]], radius: float):
        import numpy as np

        self.units = units
        self.have = [i for i, u in enumerate(units) if u.point is not None]
        self.column = {pt: j for j, pt in enumerate(points)}
        self.near = np.zeros((len(self.have), len(points)), dtype=bool)
        if not self.have or not points:
            return
        apts = np.array(points, dtype=float)
        alon, alat = np.radians(apts).T
        # blocks of units of similar latitude, each against the points of its latitude band only: a point
        # further north or south than the radius is further than the radius (a great circle is at least its
        # meridian distance), so the pairs left out are all "not near", with a kilometre to spare
        by_lat = np.argsort(alat, kind="stable")
        lat_sorted = alat[by_lat]
        band = (radius + 1.0) / 6371.0088
        rows_by_lat = sorted(range(len(self.have)), key=lambda r: units[self.have[r]].point[1])
        for lo in range(0, len(rows_by_lat), self.CHUNK):
            rows = rows_by_lat[lo:lo + self.CHUNK]
            upts = np.array([units[self.have[r]].point for r in rows], dtype=float)
            ulon, ulat = np.radians(upts).T
            cols = by_lat[np.searchsorted(lat_sorted, ulat.min() - band, "left"):
                          np.searchsorted(lat_sorted, ulat.max() + band, "right")]
            if not len(cols):
                continue
            plon, plat, ppts = alon[cols], alat[cols], apts[cols]
            # the haversine formula of `km`, for these units (rows) against the band's points (columns)
            h = (np.sin((plat[None, :] - ulat[:, None]) / 2) ** 2 + np.cos(ulat)[:, None] * np.cos(plat)[None, :]
                 * np.sin((plon[None, :] - ulon[:, None]) / 2) ** 2)
            d = 2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(h)))
            near = d <= radius
            for r, c in zip(*np.nonzero(np.abs(d - radius) < 1e-9)):
                near[r, c] = km(units[self.have[rows[r]]].point, points[cols[c]]) <= radius
            near &= ~((ppts[None, :, 0] == upts[:, None, 0]) & (ppts[None, :, 1] == upts[:, None, 1]))
            self.near[np.ix_(rows, cols)] = near

    def counts(self, located: list[tuple[int, tuple[float, float]]], start: int, span: int) -> list:
        """For each unit, how many adopters within the radius had adopted by the year before each year of the
        window start … start + span - 1 (a numpy row); None without a seat. What bisecting `years` gives,
        for every unit and year at once."""
        import numpy as np

        out: list = [None] * len(self.units)
        if not self.have:
            return out
        if located:
            first = np.array([y for y, _ in located])
            order = np.argsort(first, kind="stable")
            # each unit's running count of neighbouring adopters, the adopters taken by first year; the count in
            # year k is the running count up to the last adopter whose first year is at most the year before
            near = self.near[:, np.array([self.column[pt] for _, pt in located])[order]].view(np.uint8)
            running = np.zeros((near.shape[0], near.shape[1] + 1), dtype=np.int32)
            np.cumsum(near, axis=1, dtype=np.int32, out=running[:, 1:])
            counts = running[:, np.searchsorted(first[order], np.arange(start - 1, start - 1 + span), side="right")]
        else:
            counts = np.zeros((len(self.have), span), dtype=np.int64)
        for r, i in enumerate(self.have):
            out[i] = counts[r]
        return out

    def years(self, located: list[tuple[int, tuple[float, float]]]) -> list[list[int] | None]:
        """For each unit, the sorted first years of the adopters within the radius; None without a seat."""
        import numpy as np

        out: list[list[int] | None] = [None if u.point is None else [] for u in self.units]
        if not located or not self.have:
            return out
        located = sorted(located, key=lambda yp: yp[0])  # so each unit's years come out sorted
        years = np.array([y for y, _ in located])
        near = self.near[:, [self.column[pt] for _, pt in located]]
        for r, i in enumerate(self.have):
            out[i] = years[near[r]].tolist()
        return out


def _panel_tuples(store, levels, universe, until, neighbour_km, basis, mechanism, top, shape="years"):
    """The panel's rows as tuples in PANEL_COLUMNS order (SPELL_COLUMNS for spells; for 'text', each unit's
    CSV lines with their number), mechanism by mechanism, unit by unit, year by year.

    The graph is read (and a mistyped mechanism refused) now; the rows are made as they are taken."""
    mechs = Mechanisms(store)
    chosen = _panel_mechanisms(store, mechs, mechanism, top)
    items = first_adoptions(store, chosen, mechs)  # (the panel reads no evidence)
    if basis == "stated":
        items = [a for a in items if a.year_basis == "stated"]
    units = _graph_units(store, levels) if universe == "graph" else _division_units(levels)
    unit_codes = {u.code for u in units}
    per_province: dict[str, int] = defaultdict(int)
    for u in units:
        per_province[u.province] += 1
    named = demonstration_years(store)
    promo: dict[str, list] = defaultdict(list)
    for p in promotions(store, chosen, mechs):
        promo[p.mechanism].append(p)
    by_mech: dict[str, list[Adoption]] = defaultdict(list)
    for a in items:
        if a.first_year is not None:
            by_mech[a.mechanism].append(a)
    last = until if until is not None else max((a.first_year for a in items if a.first_year), default=None)
    return _panel_rows(by_mech, promo, units, unit_codes, per_province, named, last, neighbour_km, shape)


def _panel_rows(by_mech, promo, units, unit_codes, per_province, named, last, neighbour_km, shape):
    """Tuples in PANEL_COLUMNS or SPELL_COLUMNS order; for shape 'text', (a unit's CSV lines, their number)."""
    from bisect import bisect_right
    from itertools import repeat

    spells, text = shape == "spells", shape == "text"
    km_text = f"{neighbour_km}"  # as csv.writer writes a number: str()
    points = {(a.lon, a.lat) for adopters in by_mech.values() for a in adopters if a.lon is not None}
    neighbours = _Neighbours(units, sorted(points), neighbour_km)
    if text:
        unit_text = {id(u): _csv_line((u.code, u.name, u.level, u.province)) for u in units}

    for mech in sorted(by_mech):
        adopters = by_mech[mech]
        start = min(a.first_year for a in adopters)
        if last is None or start > last:
            continue
        years = list(range(start, last + 1))
        span = len(years)
        adopted_in = {a.place_code: a for a in adopters}
        located = [(a.first_year, (a.lon, a.lat)) for a in adopters if a.lon is not None]
        near = neighbours.years(located) if spells else neighbours.counts(located, start, span)
        promo_years = [(p.year or year_of(p.reported), p.province_code) for p in promo.get(mech, [])]
        # the first year a promotion counts (the year after it), in the province or nationally
        # (keyed by the promoting body's province; a central body's None also matches a unit without one,
        # as the row-by-row test did)
        national = min((y + 1 for y, pc in promo_years if y is not None and pc is None), default=None)
        in_province: dict[str | None, int] = {}
        for y, pc in promo_years:
            if y is not None and (pc not in in_province or y + 1 < in_province[pc]):
                in_province[pc] = y + 1
        # each province's share of adopting units by the year before, for every year of the window, and
        # the positions in the window where it changes
        unit_years: dict[str, list[int]] = defaultdict(list)
        for a in adopters:
            if a.place_code in unit_codes:
                unit_years[a.province_code].append(a.first_year)
        share: dict[str, list[float]] = {}
        share_moves: dict[str, list[int]] = {}
        for prov, n in per_province.items():
            ys = sorted(unit_years.get(prov, ()))
            share[prov] = col = [round(bisect_right(ys, year - 1) / n, 4) for year in years]
            share_moves[prov] = [k for k in range(1, span) if col[k] != col[k - 1]]

        if text:
            mech_text = _csv_line((mech, ""))[:-1]  # (a lone empty field is written "": not the case in a row)
            year_text = [str(y) for y in years]
            share_text = {prov: [str(x) for x in col] for prov, col in share.items()}
            # a line's opening up to the neighbours, before and after the demonstration year, per province
            opening = {prov: tuple([f"{y},0,,{d},{s}," for y, s in zip(year_text, col)] for d in (0, 1))
                       for prov, col in share_text.items()}
            # and its end: the radius, promoted in the province (h) and nationally (g)
            tail = [[f",{km_text},{h},{g}" for g in (0, 1)] for h in (0, 1)]

        def step(first: int | None) -> int:
            """The position in the window from which a 0/1 covariate that turns 1 in year `first` is 1."""
            return span if first is None else min(max(first - start, 0), span)

        k_national = step(national)
        for u, near_years in zip(units, near):
            own = adopted_in.get(u.code)
            # at risk until the year it adopts (that row has the event, none after) or the window's end
            event = own is not None and own.first_year <= last
            n = own.first_year - start + 1 if event else span
            k_demo, k_here = step(named.get(u.code)), step(in_province.get(u.province))
            prov_share = share[u.province]
            if spells:
                yield from _unit_spells(mech, u, years, n, event, own, k_demo, k_here, k_national, prov_share,
                                        share_moves[u.province], near_years, neighbour_km)
                continue
            # the unit's rows column by column: no Python work per row but the zip (or one f-string)
            zeros = [0] * n
            # (near_years: here the unit's counts of neighbouring adopters by the year before, year by year)
            nearby = None if near_years is None else near_years[:n].tolist()
            if text:
                # the unit's lines as csv.writer writes its rows: the names quoted as it quotes them, then
                # numbers and stated/reported, which it never quotes; None is empty, a line ends in \r\n.
                # A line is three pieces of text made beforehand: year, adopted 0, no basis, demonstration
                # and share (per province and mechanism), neighbours (per unit), the radius and promotions
                # (four kinds); the lines are joined in C, with no Python work per row (a formatted line per
                # row was most of the export's time). csv.writer quotes each field on its own, so the
                # fields' text can be joined by commas.
                head = f"{mech_text},{unit_text[id(u)]},"
                before, after = opening[u.province]
                kd = min(k_demo, n)
                firsts = before[:kd] + after[kd:n]
                if event:
                    firsts[-1] = (f"{year_text[n - 1]},1,{own.year_basis},{int(n - 1 >= k_demo)},"
                                  f"{share_text[u.province][n - 1]},")
                kh, kg = min(k_here, n), min(k_national, n)
                a, b = min(kh, kg), max(kh, kg)
                ends = [tail[0][0]] * a + [tail[1][0] if kh < kg else tail[0][1]] * (b - a) + [tail[1][1]] * (n - b)
                near_text = [""] * n if nearby is None else list(map(str, nearby))
                lines = map("".join, zip(firsts, near_text, ends))
                yield head + ("\r\n" + head).join(lines) + "\r\n", n
                continue
            adopted = zeros[:-1] + [1] if event else zeros
            yield from zip(
                repeat(mech), repeat(u.code), repeat(u.name), repeat(u.level), repeat(u.province), years[:n],
                adopted, [None] * (n - 1) + [own.year_basis] if event else repeat(None),
                _steps(n, k_demo), prov_share[:n], repeat(None) if nearby is None else nearby,
                repeat(neighbour_km), _steps(n, k_here), _steps(n, k_national))


def _csv_line(values) -> str:
    """One row as csv.writer writes it, without the line's end."""
    buf = io.StringIO()
    csv.writer(buf).writerow(values)
    return buf.getvalue()[:-2]


def _steps(n: int, k: int) -> list[int]:
    """n values of a 0/1 covariate that is 1 from position k on."""
    k = min(k, n)
    return [0] * k + [1] * (n - k)


def _unit_spells(mech, u, years, n, event, own, k_demo, k_here, k_national, prov_share, share_moves,
                 near_years, neighbour_km):
    """One unit's years at risk cut where a covariate changes: the positions where the share moves, a
    neighbour's adoption starts to count, or a 0/1 covariate turns 1, and nowhere else."""
    from bisect import bisect_right

    cuts = {k for k in share_moves if k < n}
    cuts.update(k for k in (k_demo, k_here, k_national) if 0 < k < n)
    if near_years:
        first = years[0]
        cuts.update(y + 1 - first for y in near_years if 0 < y + 1 - first < n)
    bounds = [0, *sorted(cuts), n]
    for i in range(len(bounds) - 1):
        k, end = bounds[i], bounds[i + 1]
        last = end == n
        yield (mech, u.code, u.name, u.level, u.province, years[k] - 1, years[end - 1],
               int(event and last), own.year_basis if event and last else None,
               int(k >= k_demo), prov_share[k],
               None if near_years is None else bisect_right(near_years, years[k] - 1),
               neighbour_km, int(k >= k_here), int(k >= k_national))


def _write_tuples(rows, path: str | Path, columns: list[str]) -> int:
    """The bytes write_csv writes (a BOM, then UTF-8), from tuples, counted as they pass."""
    # the BOM by hand: the utf-8-sig codec encodes each write in Python, a third of the time for a big
    # panel; writerows, zip and count keep the loop over the rows out of Python
    counted = itertools.count()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff")
        w = csv.writer(fh)
        w.writerow(columns)
        w.writerows(map(operator.itemgetter(0), zip(rows, counted)))
    return next(counted)


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

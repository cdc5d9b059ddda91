"""Hand-kept domain lexicons (mechanisms, awards, relation cue words), read from loaders/data.

The files are data, not code, so researchers can extend them without touching Python.
Everything is loaded once and cached.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick_rs as ac


def data_text(name: str) -> str:
    return resources.files("fazhi.loaders").joinpath("data", name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in (s.strip() for s in cell.split("|")) if x)


@dataclass(frozen=True)
class MechanismEntry:
    name: str
    category: str
    aliases: tuple[str, ...]
    instance_of: str | None
    kind: str = "practice"  # practice | duty


@dataclass(frozen=True)
class AwardEntry:
    name: str
    kind: str  # city | project | honour
    level: str  # national | provincial
    body: str | None
    patterns: tuple[str, ...]


class Matcher:
    """Leftmost-longest Aho-Corasick over surfaces, each mapped to a value."""

    def __init__(self, surfaces: dict[str, object]):
        self._surfaces = list(surfaces)
        self._values = [surfaces[s] for s in self._surfaces]
        self._ac = ac.AhoCorasick(self._surfaces, matchkind=ac.MatchKind.LeftmostLongest) if surfaces else None

    def find(self, text: str) -> list[tuple[int, int, object]]:
        if self._ac is None:
            return []
        return [(s, e, self._values[i]) for i, s, e in self._ac.find_matches_as_indexes(text)]


class Longest:
    """The longest of a set of words that starts, or ends, at a place in a text.

    What a loop of startswith over a longest-first word list returns (two words of one length cannot
    both match at one place), with one set lookup per word length instead of a call per word: the
    organ suffixes (94 words) are tried at the end of every place, the institution heads (50) at
    every place and village, on every article."""

    def __init__(self, words):
        self.words = frozenset(words)
        self.lengths = tuple(sorted({len(w) for w in self.words}, reverse=True))
        # a word starts (ends) with its first (last) character: most places start none of the words
        self._firsts = frozenset(w[0] for w in self.words if w)
        self._lasts = frozenset(w[-1] for w in self.words if w)
        self._empty = "" if "" in self.words else None

    def at(self, text: str, pos: int = 0) -> str | None:
        if pos < 0 or pos > len(text):  # str.startswith reads a negative start from the end: not here
            return next((w for w in sorted(self.words, key=len, reverse=True) if text.startswith(w, pos)), None)
        if text[pos:pos + 1] not in self._firsts:
            return self._empty
        for n in self.lengths:
            w = text[pos:pos + n]
            if len(w) == n and w in self.words:
                return w
        return None

    def ending(self, text: str) -> str | None:
        """The longest word ``text`` ends with."""
        k = len(text)
        if text[k - 1:] not in self._lasts:
            return self._empty
        for n in self.lengths:
            if n <= k and text[k - n:] in self.words:
                return text[k - n:]
        return None


def holds_any(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` lies whole in text[start:end]: the cheap test before a pattern that
    cannot match without one of them (the words of its every alternative) is run over a sentence."""
    return words != () and _any_of(words).search(text, start, end) is not None


@lru_cache(maxsize=None)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    # one search for all the words (a plain alternation: the engine skips to their first characters)
    return re.compile("|".join(map(re.escape, words)))


class MechanismLexicon:
    def __init__(self, entries: list[MechanismEntry]):
        self.entries = {e.name: e for e in entries}
        surfaces: dict[str, str] = {}
        for e in entries:
            for s in (e.name, *e.aliases):
                surfaces.setdefault(s, e.name)
                compact = s.replace("、", "")
                surfaces.setdefault(compact, e.name)
        self.by_surface = surfaces
        self.matcher = Matcher(surfaces)

    def canonical(self, surface: str) -> str | None:
        return self.by_surface.get(surface) or self.by_surface.get(surface.replace("、", ""))

    def get(self, name: str) -> MechanismEntry | None:
        return self.entries.get(name)


@lru_cache(maxsize=1)
def mechanisms() -> MechanismLexicon:
    entries = []
    for r in _rows("mechanisms.tsv"):
        r += [""] * (5 - len(r))
        entries.append(MechanismEntry(r[0], r[1], _split(r[2]), r[3] or None, r[4] or "practice"))
    return MechanismLexicon(entries)


@lru_cache(maxsize=1)
def awards() -> list[AwardEntry]:
    out = []
    for r in _rows("awards.tsv"):
        r += [""] * (5 - len(r))
        out.append(AwardEntry(r[0], r[1], r[2], r[3] or None, _split(r[4]) or (r[0],)))
    return out


_DEMONSTRATION = re.compile(r"法治政府.*示范(?:市|县|区|地区)")  # (not 法治宣传教育示范县, 法治乡村建设示范县)
# the programme named without the kind of its titles (…法治政府建设示范创建活动拟命名名单)
_PROGRAMME = re.compile(r"法治政府(?:建设)?示范")


def demonstration_entry(name: str, level: str | None) -> AwardEntry | None:
    """The lexicon's demonstration naming a title of any local wording stands for (SCHEMA: every
    provincial 法治政府建设示范市/县/地区 is 省级法治政府建设示范市; the national one likewise), or None."""
    if not _DEMONSTRATION.search(name):
        return None
    want = "national" if level == "national" else "provincial"
    return next((x for x in awards() if x.kind == "city" and x.level == want), None)


def demonstration_programme(text: str) -> tuple[AwardEntry, re.Match] | None:
    """The city naming of the demonstration programme ``text`` names without saying the kind of its
    titles (河南省法治政府建设示范创建活动拟命名名单: its sub-headings say 综合示范地区 or 单项示范项目),
    national when the text says 全国, else provincial, and where the programme is named; None when the text
    names no such programme."""
    m = _PROGRAMME.search(text)
    if m is None:
        return None
    return demonstration_entry("法治政府建设示范市", "national" if "全国" in text else "provincial"), m


@lru_cache(maxsize=1)
def award_matcher() -> Matcher:
    surfaces: dict[str, AwardEntry] = {}
    batches = cues("batch_in_title")
    for a in awards():
        for p in (a.name, *a.patterns):
            surfaces.setdefault(p, a)
            if p.startswith("全国"):  # 全国首批法治政府建设示范县: the batch said inside the title
                for b in batches:
                    surfaces.setdefault("全国" + b + p[2:], a)
    return Matcher(surfaces)


@lru_cache(maxsize=None)
def role_table(name: str) -> dict[str, tuple[str, ...]]:
    """A decider's cue file (role<TAB>word lines: first_cues.tsv, promotion_cues.tsv, pilot_cues.tsv):
    the words of each role, longest first."""
    roles: dict[str, set[str]] = {}
    for line in data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        role, _, word = line.partition("\t")
        if word.strip():
            roles.setdefault(role.strip(), set()).add(word.strip())
    return {r: tuple(sorted(ws, key=lambda w: (-len(w), w))) for r, ws in roles.items()}


@lru_cache(maxsize=None)
def cues(role: str) -> tuple[str, ...]:
    """Cue words of one role, longest first (so 全面推行 wins over 推行)."""
    words = _relation_cue_sets().get(role)
    if not words:
        raise KeyError(f"no cue words for role {role!r} in relation_cues.tsv")
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _relation_cue_sets() -> dict[str, set[str]]:
    """role → its words in relation_cues.tsv: the file read once, not once for each of the hundred roles
    asked for (that was a tenth of the start-up's CPU)."""
    roles: dict[str, set[str]] = {}
    for r in _rows("relation_cues.tsv"):
        if len(r) > 1:
            roles.setdefault(r[0], set()).add(r[1])
    return roles


@lru_cache(maxsize=1)
def mechanism_stoplist() -> frozenset[str]:
    return frozenset(line.strip() for line in data_text("mechanism_stoplist.txt").splitlines()
                     if line.strip() and not line.startswith("#"))

"""Names as a person types them: 烟台 → 烟台市, an alias or a brand → its node, a near miss → suggestions.

One rule for every place a name is typed: the search box of `fazhi serve` (web/api.py, web/pages.py) and
`fazhi show --place/--mechanism/--award` (graph/view.py) both resolve through this Index.

The index holds every Place, Body, Mechanism and Award with its name and aliases (a place's short form without
its administrative suffix counts as an alias). A hit's rank: the exact name, an exact alias, the name with
only an administrative suffix added (烟台 → 烟台市), a name or alias that starts with the text, one that
contains it. Ties go to higher divisions (province before county), then to shorter names.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

LABELS = ("Place", "Body", "Mechanism", "Award")
KEYS = {"Place": "code", "Body": "name", "Mechanism": "name", "Award": "name"}
# longest first, so 自治区 is cut before 区
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "新区", "街道", "地区", "省", "市", "县",
            "区", "州", "盟", "旗", "镇", "乡")
_LEVELS = {"province": 0, "prefecture": 1, "county": 2, "township": 3}
EXACT, ALIAS, SUFFIX, PREFIX, CONTAINS = range(5)
WHY = {EXACT: "name", ALIAS: "alias", SUFFIX: "short name", PREFIX: "starts with", CONTAINS: "contains"}


@dataclass(frozen=True)
class Entry:
    label: str
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    level: str | None = None  # a place's level, a mechanism's category, a body's or award's kind

    @property
    def id(self) -> str:
        return f"{self.label}:{self.key}"

    def as_dict(self) -> dict:
        return {"label": self.label, "key": self.key, "name": self.name, "aliases": list(self.aliases),
                "level": self.level, "id": self.id}


@dataclass(frozen=True)
class Hit:
    entry: Entry
    rank: int
    matched: str  # the name or alias that matched

    def as_dict(self) -> dict:
        return {**self.entry.as_dict(), "match": WHY[self.rank], "matched": self.matched}


def short_name(name: str) -> str | None:
    """烟台市 → 烟台, 广西壮族自治区 → 广西壮族 (None when nothing would be left)."""
    for s in SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return None


@dataclass
class Index:
    entries: list[Entry] = field(default_factory=list)

    @classmethod
    def build(cls, store) -> "Index":
        out = []
        for label in LABELS:
            key = KEYS[label]
            extra = {"Place": "n.level", "Mechanism": "n.category", "Body": "n.kind", "Award": "n.kind"}[label]
            aliases = "n.aliases" if label in ("Place", "Mechanism") else "NULL"
            for r in store.query(f"MATCH (n:{label}) RETURN n.{key} AS k, n.name AS name, {aliases} AS aliases, "
                                 f"{extra} AS extra"):
                if not r["k"]:
                    continue
                name = r["name"] or r["k"]
                al = [a for a in (r["aliases"] or "").split("|") if a and a != name]
                out.append(Entry(label, str(r["k"]), name, tuple(al), r["extra"]))
        return cls(out)

    def get(self, label: str, key: str) -> Entry | None:
        for e in self.entries:
            if e.label == label and e.key == key:
                return e
        return None

    def find(self, text: str, labels: tuple[str, ...] | None = None, limit: int = 20) -> list[Hit]:
        q = (text or "").strip()
        if not q:
            return []
        hits = []
        for e in self.entries:
            if labels and e.label not in labels:
                continue
            h = _match(e, q)
            if h is not None:
                hits.append(h)
        hits.sort(key=lambda h: (h.rank, _LEVELS.get(h.entry.level or "", 9) if h.entry.label == "Place" else 5,
                                 len(h.entry.name), LABELS.index(h.entry.label), h.entry.name, h.entry.key))
        return hits[:limit]

    def resolve(self, text: str, label: str | None = None) -> Entry | None:
        """The one entity the text means, when it means one: an exact name or alias, a short name with one
        best reading, or the only name containing the text; None when it is unknown or ambiguous (then
        `find` and `suggest` list candidates)."""
        q = (text or "").strip()
        if label and self.get(label, q):  # a key (a place's code) is exact
            return self.get(label, q)
        hits = self.find(q, (label,) if label else None, limit=50)
        if len(hits) == 1:  # the only name that starts with or contains the text
            return hits[0].entry
        if not hits or hits[0].rank > SUFFIX:
            return None
        best = [h for h in hits if h.rank == hits[0].rank]
        if len(best) == 1 or hits[0].rank == EXACT:
            return best[0].entry
        # two places called the same (the several 鼓楼区) or a short name shared: the higher division wins only
        # when it is the only one at its level
        lvl = [h for h in best if h.entry.level == best[0].entry.level]
        return best[0].entry if len(lvl) == 1 else None

    def lookup(self, text: str, label: str | None = None) -> Entry:
        """`resolve`, or a LookupError that names the closest entities (`suggest`)."""
        e = self.resolve(text, label)
        if e is not None:
            return e
        what = (label or "name").lower()
        close = self.suggest(text, label)
        if not close:
            raise LookupError(f"no {what} called {text!r} in the graph")
        hint = ", ".join(_described(c) for c in close)
        if self.find(text, (label,) if label else None, limit=2):
            raise LookupError(f"{what} {text!r} could mean several; say which: {hint}")
        raise LookupError(f"no {what} called {text!r} in the graph; the closest: {hint}")

    def suggest(self, text: str, label: str | None = None, n: int = 8) -> list[Entry]:
        """Close names for a text that resolved to nothing: containing it, or spelled alike."""
        labels = (label,) if label else None
        out = [h.entry for h in self.find(text, labels, limit=n)]
        if len(out) < n:
            pool = [e for e in self.entries if not labels or e.label in labels]
            names = {e.name: e for e in pool}
            for m in difflib.get_close_matches((text or "").strip(), list(names), n=n, cutoff=0.4):
                if names[m] not in out:
                    out.append(names[m])
        return out[:n]


def _described(e: Entry) -> str:
    """A name as a list of candidates shows it: a place with its level and code (the several 鼓楼区)."""
    if e.label == "Place":
        return f"{e.name} ({', '.join(x for x in (e.level, e.key) if x)})"
    return e.name


def _match(e: Entry, q: str) -> Hit | None:
    if e.name == q or e.key == q:
        return Hit(e, EXACT, e.name)
    if q in e.aliases:
        return Hit(e, ALIAS, q)
    if e.label == "Place" and short_name(e.name) == q:
        return Hit(e, SUFFIX, e.name)
    if e.name.startswith(q):
        return Hit(e, PREFIX, e.name)
    for a in e.aliases:
        if a.startswith(q):
            return Hit(e, PREFIX, a)
    if q in e.name:
        return Hit(e, CONTAINS, e.name)
    for a in e.aliases:
        if q in a:
            return Hit(e, CONTAINS, a)
    return None

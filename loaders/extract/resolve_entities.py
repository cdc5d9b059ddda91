"""The extraction's last stage: what the graph needs to know of each body and award, on its ENTITY record.

A Body record gets its kind (in ``category``: party, government, court …) and the code of its place
(``place_code``); an Award record its kind (``category``: city, project or honour), its level and its
conferring body (``body``) from the award lexicon. The graph writer (graph/rows.py) writes these as they are
and looks nothing up, so the lookups run once per document, in the process (or worker) that extracts it.
"""
from __future__ import annotations

from functools import lru_cache

from ..model import Fact
from .lexicon import AwardEntry, awards


def resolve(entities: list[Fact]) -> list[Fact]:
    """Complete the Body and Award ENTITY records among ``entities`` (in place); the list, for chaining."""
    for f in entities:
        if f.type != "ENTITY" or not f.name:
            continue
        if f.kind == "Body":
            _body(f)
        elif f.kind == "Award":
            _award(f)
    return entities


def _body(f: Fact) -> None:
    from .bodies import find_bodies

    # the name read on its own, as one body from its first character to its last: 苏州市司法局 is a justice
    # bureau in 320500, wherever the text named it
    whole = [m for m in find_bodies(f.name) if m.start == 0 and m.end == len(f.name)]
    if whole:
        f.category, f.place_code = whole[0].kind, whole[0].place_code


@lru_cache(maxsize=1)
def _awards_by_name() -> dict[str, AwardEntry]:
    by_name: dict[str, AwardEntry] = {}
    for a in awards():
        by_name.setdefault(a.name, a)  # the lexicon's first line for a name, as a search of it finds
    return by_name


def _award(f: Fact) -> None:
    entry = _awards_by_name().get(f.name)
    # an award the lexicon does not list is an honour the text names (its level, if any, is the facts')
    f.category = entry.kind if entry else "honour"
    if entry is not None:
        f.level = entry.level or None
        f.body = entry.body

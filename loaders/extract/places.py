"""Place mentions resolved to division codes, as a spaCy component and a plain function.

Rules (see ../shared/research/nlp.md §3): full names are accepted; province and prefecture
short names unless they are ordinary words (stoplist); a county short name only when the
document also names the county in full or one of its ancestors; same-name places are resolved
from the other places of the document and never silently picked — left without a code instead.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import Gazetteer, PlaceMatch
from .spanset import doc_text, set_spans, span_extensions

_UNIT_AFTER = ("市", "县", "区", "州", "旗", "省", "盟")


@dataclass(frozen=True)
class ResolvedPlace:
    start: int
    end: int
    surface: str
    code: str | None  # None when the context cannot decide between candidates
    codes: tuple[str, ...]
    form: str


def _context(g: Gazetteer, matches: list[PlaceMatch], extra: tuple[str, ...]) -> set[str]:
    ctx = set(extra)
    for m in matches:
        if m.form in ("full", "zone") and len(m.codes) == 1:
            ctx.add(m.codes[0])
    for c in list(ctx):
        ctx.update(a.code for a in g.ancestors(c))
    return ctx


def _pick(g: Gazetteer, codes: tuple[str, ...], ctx: set[str], province: str | None) -> str | None:
    if len(codes) == 1:
        return codes[0]
    # a candidate that is itself named, or whose ancestor is named, in the document
    hits = [c for c in codes if c in ctx or any(a.code in ctx for a in g.ancestors(c))]
    if len(hits) == 1:
        return hits[0]
    pool = hits or list(codes)
    if province:
        same = [c for c in pool if g.get(c) and g.get(c).province == province]
        if len(same) == 1:
            return same[0]
    return None


def find_places(text: str, context_codes: tuple[str, ...] = ()) -> list[ResolvedPlace]:
    g = Gazetteer.default()
    matches = g.find(text)
    ctx = _context(g, matches, tuple(context_codes))
    provinces = Counter(g.get(c).province for m in matches if len(m.codes) == 1 and m.form != "short"
                        for c in m.codes if g.get(c))
    province = provinces.most_common(1)[0][0] if provinces else None
    out: list[ResolvedPlace] = []
    for m in matches:
        codes = m.codes
        if m.form == "alias" and "兵团" not in text:
            continue  # 第八师 means the XPCC division only in a text about the Corps
        if m.form == "short":
            if text[m.end:m.end + 1] in _UNIT_AFTER and m.end < len(text):
                # 资源县 would have matched in full; a short form glued to a unit word is another name
                continue
            levels = {g.get(c).level for c in codes}
            confirmed = tuple(c for c in codes if g.get(c).level <= 2 or c in ctx
                              or any(a.code in ctx for a in g.ancestors(c))
                              or g.get(c).name in text)
            if not confirmed:
                continue
            codes = confirmed
            if len(codes) > 1 and min(levels) == 1:
                # a province short name (河北, 吉林) outranks same-spelled lower units
                top = [c for c in codes if g.get(c).level == 1]
                if len(top) == 1 and not any(c in ctx for c in codes if c not in top):
                    codes = tuple(top)
        code = _pick(g, codes, ctx, province)
        if code is None and m.form == "short":
            continue  # an unresolvable short name is too weak to keep
        start, end, form = m.start, m.end, m.form
        if code is not None and g.get(code).level in (2, 3):
            for suffix in sorted(g.zone_suffixes, key=len, reverse=True):
                if text.startswith(suffix, end):
                    code = g.zone(code, suffix).code
                    end += len(suffix)
                    form = "zone"
                    codes = (code,)
                    break
        out.append(ResolvedPlace(start, end, text[start:end], code, codes, form))
    return out


span_extensions("place_codes", default=())


@Language.factory("fazhi_places")
def make_places(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        found = find_places(doc_text(doc), tuple(doc.user_data.get("context_codes", ())))
        return set_spans(doc, "places", "Place", found, lambda p: p.code, lambda p: {"place_codes": p.codes})

    return component

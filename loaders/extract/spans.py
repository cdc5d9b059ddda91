"""Read the components' spans back as plain values for the relation extractor."""
from __future__ import annotations

from spacy.tokens import Doc

from .relations import Mention, Ref
from .spanset import doc_text, span_values


def _gazetteer():
    from .gazetteer import Gazetteer

    return Gazetteer.default()


def place_ref(start: int, end: int, surface: str, code: str | None) -> Ref:
    if not code:
        return Ref(start, end, surface)
    g = _gazetteer()
    div = g.get(code)
    return Ref(start, end, g.display_name(code), code, g.parent_name(code), div.level_name if div else None)


def places_of(doc: Doc) -> list[Ref]:
    # read once per Doc (the article place, the entities and the relations all ask); copies are handed
    # out because rules may extend the list they get
    cached = doc.user_data.get("fazhi_place_refs")
    if cached is None:
        text = doc_text(doc)  # a span's text is the Doc's text between its offsets
        cached = doc.user_data["fazhi_place_refs"] = [
            place_ref(a, b, text[a:b], kid or None) for a, b, kid in span_values(doc, "places", ())]
    return list(cached)


def bodies_of(doc: Doc) -> list[Ref]:
    g = None
    out = []
    text = doc_text(doc)
    for a, b, kid, code in span_values(doc, "bodies", ("place_code",)):
        r = Ref(a, b, kid or text[a:b], kind="Body", place_code=code)
        if code:
            g = g or _gazetteer()
            r.place_name, r.place_parent = g.display_name(code), g.parent_name(code)
        out.append(r)
    return out


def mechanisms_of(doc: Doc) -> list[Mention]:
    return [Mention(a, b, kid, source, category=category, instance_of=instance_of)
            for a, b, kid, source, category, instance_of in
            span_values(doc, "mechanisms", ("mech_source", "category", "instance_of"))]


def awards_of(doc: Doc) -> list[Mention]:
    return [Mention(a, b, kid, "lexicon", kind="Award", award_kind=kind, level=level, conferring=body)
            for a, b, kid, kind, level, body in
            span_values(doc, "awards", ("award_kind", "award_level", "conferring_body"))]

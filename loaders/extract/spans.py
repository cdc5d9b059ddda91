"""Read the components' spans back as plain values for the relation extractor."""
from __future__ import annotations

from spacy.tokens import Doc

from .relations import Mention, Ref


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
        cached = doc.user_data["fazhi_place_refs"] = [
            place_ref(s.start_char, s.end_char, s.text, s.kb_id_ or None) for s in doc.spans.get("places", [])]
    return list(cached)


def bodies_of(doc: Doc) -> list[Ref]:
    g = None
    out = []
    for s in doc.spans.get("bodies", []):
        code = s._.place_code
        r = Ref(s.start_char, s.end_char, s.kb_id_ or s.text, kind="Body", place_code=code)
        if code:
            g = g or _gazetteer()
            r.place_name, r.place_parent = g.display_name(code), g.parent_name(code)
        out.append(r)
    return out


# a span's ``_`` is a new accessor object at each read: it is taken once per span, not once per attribute

def mechanisms_of(doc: Doc) -> list[Mention]:
    return [Mention(s.start_char, s.end_char, s.kb_id_, u.mech_source, category=u.category, instance_of=u.instance_of)
            for s in doc.spans.get("mechanisms", []) for u in (s._,)]


def awards_of(doc: Doc) -> list[Mention]:
    return [Mention(s.start_char, s.end_char, s.kb_id_, "lexicon", kind="Award", award_kind=u.award_kind,
                    level=u.award_level, conferring=u.conferring_body) for s in doc.spans.get("awards", []) for u in (s._,)]

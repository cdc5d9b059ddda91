"""The one way components put their mentions on a Doc: a span group of labelled spans."""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Span

_VALUES = "fazhi_span_values:"  # user_data key prefix: a group's spans as plain values (span_values)


def set_spans(doc: Doc, group: str, label: str, mentions: Iterable, kb_id: Callable, extensions: Callable) -> Doc:
    """``doc.spans[group]`` = one span per mention (start/end characters), kb_id and extension values set."""
    spans = []
    rows = []
    # a Doc of one token per character (pipeline._make_doc, the char segmenter on text without
    # whitespace runs): a character offset is a token index, and Span() is built without char_span's
    # offset search
    n = len(doc)
    by_token = n == len(doc_text(doc))
    for m in mentions:
        kid = kb_id(m) or ""
        if by_token and 0 <= m.start < m.end <= n:
            span = Span(doc, m.start, m.end, label=label, kb_id=kid)
            a, b = m.start, m.end  # its characters (span.start_char would make a Token to say so)
        else:
            span = doc.char_span(m.start, m.end, label=label, kb_id=kid)
            if span is None:  # cannot happen with the char segmenter; skip rather than crash on others
                continue
            a, b = span.start_char, span.end_char
        ext = extensions(m)
        u = span._  # a new accessor at each read of span._: one per span
        for k, v in ext.items():
            setattr(u, k, v)
        spans.append(span)
        rows.append((a, b, kid, ext))
    doc.spans[group] = spans
    # the same values kept plainly, for the readers of the group (spans.py): reading them back through
    # span._ makes an accessor and a user_data lookup per span and attribute
    doc.user_data[_VALUES + group] = (doc.spans[group], rows)
    return doc


def span_values(doc: Doc, group: str, names: tuple[str, ...]) -> list[tuple]:
    """(start_char, end_char, kb_id_, *extension values in ``names``) of each span of ``doc.spans[group]``,
    as the spans themselves would give them."""
    spans = doc.spans.get(group)
    if spans is None:
        return []
    kept = doc.user_data.get(_VALUES + group)
    if kept is None or kept[0] is not spans or len(kept[1]) != len(spans):
        # a group set some other way than set_spans: read the spans
        return [(s.start_char, s.end_char, s.kb_id_, *(getattr(u, k) for k in names)) for s in spans for u in (s._,)]
    rows = kept[1]
    # spaCy keeps a span's extension values by its character offsets: of two spans of the group at the
    # same offsets, both read the values set last
    last = {(a, b): ext for a, b, _, ext in rows}
    defaults = {k: Span.get_extension(k)[0] for k in names}
    out = []
    for a, b, kid, _ in rows:
        ext = last[(a, b)]
        out.append((a, b, kid, *(ext[k] if k in ext else defaults[k] for k in names)))
    return out


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("fazhi_text")
    if text is None:
        text = doc.user_data["fazhi_text"] = doc.text
    return text


def span_extensions(*names: str, default=None) -> None:
    """Declare the Span attributes a component sets (once per process)."""
    for name in names:
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)

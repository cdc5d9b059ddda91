"""The one way components put their mentions on a Doc: a span group of labelled spans."""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Span


def set_spans(doc: Doc, group: str, label: str, mentions: Iterable, kb_id: Callable, extensions: Callable) -> Doc:
    """``doc.spans[group]`` = one span per mention (start/end characters), kb_id and extension values set."""
    spans = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, label=label, kb_id=kb_id(m) or "")
        if span is None:  # cannot happen with the char segmenter; skip rather than crash on others
            continue
        u = span._  # a new accessor at each read of span._: one per span
        for k, v in extensions(m).items():
            setattr(u, k, v)
        spans.append(span)
    doc.spans[group] = spans
    return doc


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

"""Traditional → Simplified, only for documents that are Traditional (official OpenCC, t2s).

Converting Simplified text is not harmless: converters alter words such as 显著 or 结束
(../shared/research/nlp.md §2, §7.9), so a document is converted only when it is detected as
Traditional.  Corner quotes 「」『』 are mapped for every document: they are punctuation, not
script, and the sentence splitter and extractors expect “” ‘’.
"""
from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u9fff]+")  # runs, not characters: a list of a few runs is built faster than one of 20,000 characters
# share of CJK characters that t2s changes above which a document counts as Traditional;
# Simplified documents change by well under 1 % (a stray 於 or 著), Traditional ones by 20–40 %
TRADITIONAL_SHARE = 0.05
SAMPLE_CHARS = 20000
_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”", "﹃": "‘", "﹄": "’"})
_QUOTE_CHARS = tuple(map(chr, _QUOTES))


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    from .lexicon_files import word_list

    return {ord(a): b for a, b in (line.split("\t") for line in word_list("script_variants.tsv"))}


def t2s(text: str) -> str:
    out = _converter().convert(text)
    # (variants t2s does not know: 陜西 for 陝西)
    return out.translate(_variants()) if any(chr(c) in out for c in _variants()) else out


def traditional_share(text: str) -> float:
    """Share of the CJK characters (of the first SAMPLE_CHARS) that t2s would change."""
    sample = "".join(_CJK.findall(text[:SAMPLE_CHARS]))
    if not sample:
        return 0.0
    converted = t2s(sample)
    if len(converted) != len(sample):  # t2s maps characters one to one; be safe if not
        return 1.0 if converted != sample else 0.0
    # the characters changed, compared as arrays of code points (every document is tested, most of them
    # Simplified: a comparison character by character in Python was most of the reader's time for this test)
    import numpy as np

    changed = np.frombuffer(sample.encode("utf-32-le"), np.uint32) != np.frombuffer(converted.encode("utf-32-le"),
                                                                                    np.uint32)
    return int(np.count_nonzero(changed)) / len(sample)


def is_traditional(text: str) -> bool:
    return traditional_share(text) > TRADITIONAL_SHARE


def normalize_quotes(text: str) -> str:
    # str.translate looks every character up in the table (33 ms per MB of text); most documents hold none of
    # these quotes, which eight substring tests find out in under 1 ms
    if not any(q in text for q in _QUOTE_CHARS):
        return text
    return text.translate(_QUOTES)


def to_simplified(text: str) -> tuple[str, str]:
    """(text, detected script): converts only when the text is detected as Traditional."""
    text = normalize_quotes(text)
    if is_traditional(text):
        return t2s(text), "traditional"
    return text, "simplified"

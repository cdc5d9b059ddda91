"""Traditional → Simplified, only for documents that are Traditional (official OpenCC, t2s)."""
from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u4e00-\u9fff]")
# share of CJK characters that t2s changes above which a document counts as Traditional;
# Simplified documents change by well under 1 %
TRADITIONAL_SHARE = 0.05
_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def traditional_share(text: str) -> float:
    sample = "".join(_CJK.findall(text[:20000]))
    if not sample:
        return 0.0
    converted = _t2s().convert(sample)
    changed = sum(1 for a, b in zip(sample, converted) if a != b)
    return changed / len(sample)


def to_simplified(text: str) -> tuple[str, str]:
    """(text, detected script): converts only when the text is detected as Traditional."""
    text = text.translate(_QUOTES)
    if traditional_share(text) > TRADITIONAL_SHARE:
        return _t2s().convert(text), "traditional"
    return text, "simplified"

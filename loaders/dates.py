"""The date an article was written, so relative words (今年, 去年, 近日) can be resolved."""
from __future__ import annotations

import re

_FULL = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_STANDALONE = re.compile(rf"^[(（]?\s*{_FULL}\s*[)）]?$")
_ISSUED = re.compile(rf"{_FULL}\s*(?:印发|发布|公布)")
_ISO = re.compile(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})")


def _iso(y, m, d) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def date_line(line: str) -> str | None:
    m = _STANDALONE.match(line.strip())
    return _iso(*m.groups()) if m else None


def article_date(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(ISO date, source): a line that is only a date (dateline or signature), else an 印发 date."""
    for p in paragraphs[:12] + paragraphs[-8:]:
        d = date_line(p)
        if d:
            return d, "signature" if p not in paragraphs[:3] else "dateline"
    for p in paragraphs:
        m = _ISSUED.search(p)
        if m:
            return _iso(*m.groups()), "issued"
    return None, None


def parse_any(value: str | None) -> str | None:
    """An ISO date from metadata such as 2024-05-01T08:00:00+08:00 or 2024年5月1日."""
    if not value:
        return None
    m = _ISO.search(value)
    return _iso(*m.groups()) if m else None

"""The date an article was written, so relative words (今年, 去年, 近日) can be resolved.

Sources, best first: a dateline right under the title (``(2025年9月26日)``), a signature date
near the end (``2022年6月6日`` under the issuing body, also in Chinese numerals
``二〇二二年六月六日``), the date a document was issued (``2022年6月7日印发``), and page metadata
(HTML, handled by the reader).
"""
from __future__ import annotations

import re
from functools import lru_cache

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN = "〇○零Ｏ一二三四五六七八九十"
_FULL = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_FULL_CN = rf"([{_CN}]{{4}})\s*年\s*([{_CN}]{{1,3}})\s*月\s*([{_CN}]{{1,4}})\s*日"
_STANDALONE = re.compile(rf"^[(（]?\s*(?:{_FULL}|{_FULL_CN})\s*[)）]?$")
_LEAD_DATE = re.compile(rf"^\s*(?:{_FULL}|{_FULL_CN})\s*[，,]")
_ISSUED = re.compile(rf"(?:{_FULL}|{_FULL_CN})\s*(?:印发|发布|公布|签发)")
_ISO = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_ISO_HEAD = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")
# 09.10.2017 17:24 (day.month.year, as some sites print it): only with a time after it, so that
# a decimal or a version number is never read as a date
_DMY_HEAD = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:T|\b|$)")


def _iso(y, m, d) -> str | None:
    y, m, d = int(y), int(m), int(d)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _cn_number(s: str) -> int:
    """二〇二二 → 2022 (digit by digit); 十二 → 12, 二十六 → 26, 三十一 → 31."""
    if "十" not in s:
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _from_match(m: re.Match) -> str | None:
    g = m.groups()
    if g[0]:
        return _iso(*g[:3])
    try:
        return _iso(*(_cn_number(x) for x in g[3:6]))
    except (KeyError, ValueError):
        return None


def date_line(line: str) -> str | None:
    """The ISO date when the whole line is a date (a dateline or a signature date)."""
    m = _STANDALONE.match(line.strip())
    return _from_match(m) if m else None


def labelled_date(text: str) -> str | None:
    """发布日期：2025-05-14 / 发布时间: 2024年5月6日: a date given with a label (html_date_labels.txt)."""
    m = _labelled_date_pattern().search(text)
    return parse_any(m.group(1)) if m else None


@lru_cache(maxsize=1)
def _labelled_date_pattern() -> re.Pattern:
    # made once: labelled_date is asked about each of an article's first lines, and escaping and joining the
    # labels for each of them cost more than the search (about 0.4 % of extraction)
    from .lexicon_files import word_list

    labels = "|".join(map(re.escape, word_list("html_date_labels.txt")))
    return re.compile(rf"(?:{labels})\s*[:：]\s*((?:19|20)\d{{2}}\s*[-/.年][^\n]{{3,20}})")


def _is_prose(p: str) -> bool:
    return len(p) > 60 or p.rstrip().endswith(("。", "！", "？"))


def head_date(line: str) -> str | None:
    """A date on a short line above the text that is more than a date: 《福建日报》2025年11月20日 第3版,
    2025-08-19 10:26　来源：本网综合.  A sentence that mentions a date is not such a line."""
    from .lexicon_files import word_list

    s = line.strip()
    if len(s) > 60 or _is_prose(s) or s.endswith(("。", "！", "？", "；", "，")) or "，" in s:
        return None
    for w in word_list("html_today_labels.txt"):
        if w in s:
            # the banner's today (the day the page was viewed) is no date of the article; a date beside it
            # on the line (2023-05-01 来源：… 今天是2026年2月4日) still is
            s = re.sub(re.escape(w) + r"\s*(?:" + _FULL + r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})"
                       r"\s*(?:星期|周)?[一二三四五六日天]?", " ", s)
            if w in s:
                return None
    m = re.search(_FULL, s) or _ISO_HEAD.search(s)
    if m:
        return _iso(*m.groups())
    m = _DMY_HEAD.search(s)
    return _iso(m.group(3), m.group(2), m.group(1)) if m else None


def article_date(paragraphs: list[str], lead: bool = True) -> tuple[str | None, str | None]:
    """(ISO date, source) of an article from its paragraphs; (None, None) when none is given."""
    for p in paragraphs[:8]:  # a dateline (or a labelled date line) comes before the prose starts
        d = date_line(p)
        if d:
            return d, "dateline"
        d = labelled_date(p) if len(p) <= 120 else None
        if d:
            return d, "label"
        d = head_date(p)
        if d:
            return d, "dateline"
        if _is_prose(p):
            break
    # a signature date: the last date-only line near the end, or near the top when the body
    # is an attachment that follows the signed notice (a 通知 印发 a 工作要点)
    tail = paragraphs[-8:]
    for p in reversed(tail):
        d = date_line(p)
        if d:
            return d, "signature"
    for p in paragraphs[3:15]:
        d = date_line(p)
        if d:
            return d, "signature"
    for p in paragraphs[:3] if lead else ():
        # news opens with the day it reports on: 2025年4月26日，第七届…终评会举行 (not a report or a
        # notice, whose first sentence may date an event inside the period it covers)
        m = _LEAD_DATE.match(p)
        if m:
            d = _from_match(m)
            if d:
                return d, "lead"
    for p in paragraphs:
        m = _ISSUED.search(p)
        if m:
            d = _from_match(m)
            if d:
                return d, "issued"
    return None, None


def parse_any(value: str | None) -> str | None:
    """An ISO date from metadata such as 2024-05-01T08:00:00+08:00, 2024/5/1, 2024年5月1日 or 20240501."""
    if not value:
        return None
    m = _ISO.search(value)
    if m:
        return _iso(*m.groups())
    m = re.search(_FULL_CN, value)
    if m:
        try:
            return _iso(*(_cn_number(x) for x in m.groups()))
        except (KeyError, ValueError):
            return None
    m = _COMPACT.search(value.strip())
    return _iso(*m.groups()) if m else None

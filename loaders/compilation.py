"""Split a compilation (汇编) into its articles using its table of contents.

A TOC is a run of numbered entries `1.…`, `2.…` (possibly jammed together or wrapped), each
ending in a page number.  Each entry's title is then found in the body in order; after it may
come an author line and a date line `(2025年9月26日)`; a short unpunctuated line just before a
title is that article's kicker.  TOC titles that the body does not contain are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import date_line
from .lexicon_files import word_list
from .normalize import TERMINAL, balanced, ends_sentence

_PUNCT = re.compile(r"[\s“”\"'‘’《》「」『』()（）、，,。.:：;；!！?？·•…\-—_]+")
_PAGE = re.compile(r"[…\.·]*\s*\d{1,4}\s*$")


@dataclass
class TocEntry:
    number: int
    title: str
    author: str | None = None


@dataclass
class Section:
    title: str | None
    lines: list[str] = field(default_factory=list)
    author: str | None = None
    date: str | None = None
    kicker: str | None = None


def _norm(s: str) -> str:
    return _PUNCT.sub("", s)


def _looks_like_author(head: str) -> bool:
    cues = word_list("author_cues.txt")
    return len(head) <= 30 and (len(head) <= 4 or any(c in head for c in cues))


def parse_toc(text: str) -> tuple[list[TocEntry], int]:
    """Entries of a leading table of contents and the offset where the TOC ends (0 if none)."""
    starts: list[tuple[int, int]] = []
    pos, k = 0, 1
    while True:
        m = re.compile(rf"{k}[.．]").search(text, pos)  # "…53.独山县": page 5 jammed against entry 3
        if m is None or (starts and m.start() - starts[-1][1] > 400) or (not starts and m.start() > 400):
            break
        starts.append((k, m.start()))
        pos, k = m.end(), k + 1
    if len(starts) < 3:
        return [], 0
    entries: list[TocEntry] = []
    for n, (num, s) in enumerate(starts):
        body_start = text.index(".", s) + 1 if text[s + len(str(num))] == "." else s + len(str(num)) + 1
        if n + 1 < len(starts):
            end = starts[n + 1][1]
        else:
            end = text.find("\n", body_start)
            end = len(text) if end < 0 else end
        raw = text[body_start:end].strip()
        author = None
        m = re.match(r"^([^:：\n]{1,30})[:：]\s*(.+)$", raw, re.S)
        if m and _looks_like_author(m.group(1).strip()):
            author, raw = m.group(1).strip(), m.group(2)
        title = _PAGE.sub("", re.sub(r"\s*\n\s*", "", raw)).strip("… ")
        entries.append(TocEntry(num, title, author))
    return entries, end


def _date(line: str) -> str | None:
    return date_line(line)


def _short_unpunctuated(line: str, max_chars: int = 24) -> bool:
    """A kicker or heading: short, no sentence end or trailing comma, quotes closed, no date."""
    s = line.strip()
    return (0 < len(s) <= max_chars and not ends_sentence(s) and not s.endswith(("，", ",", "、", "：", ":"))
            and balanced(s) and not _date(s))


def split(text: str) -> list[Section] | None:
    """Sections of a compilation, or None when the text has no usable table of contents."""
    entries, toc_end = parse_toc(text)
    if not entries:
        return None
    lines = text[toc_end:].split("\n")
    found: list[tuple[int, int, TocEntry]] = []  # (first line, last line of the title, entry)
    cur = 0
    for e in entries:
        full = _norm(e.title)
        key = full[:10]
        if len(key) < 4:
            continue
        for j in range(cur, len(lines)):
            ln = _norm(lines[j])
            if ln and len(lines[j].strip()) <= 80 and (ln.startswith(key) or (len(ln) >= 6 and key.startswith(ln[:10]))):
                last = j
                # a title the body wraps over two lines
                if len(ln) < len(full) and j + 1 < len(lines) and full.startswith(ln + _norm(lines[j + 1])):
                    last = j + 1
                found.append((j, last, e))
                cur = last + 1
                break
    if len(found) < 2:
        return None
    sections: list[Section] = []
    for n, (j, last, e) in enumerate(found):
        nxt = found[n + 1][0] if n + 1 < len(found) else len(lines)
        # the body's own wording of the title: the TOC may be wrapped, abridged or re-punctuated
        sec = Section(title="".join(ln.strip() for ln in lines[j:last + 1]) or e.title)
        body = lines[last + 1:nxt]
        k = 0
        while k < min(4, len(body)):
            s = body[k].strip()
            if not s:
                k += 1
                continue
            d = _date(s)
            if d and sec.date is None:
                sec.date = d
                k += 1
                continue
            if sec.author is None and sec.date is None and len(s) <= 30 and not s.endswith(TERMINAL) and (
                    (e.author and _norm(s) == _norm(e.author)) or _looks_like_author(s)):
                sec.author = s
                k += 1
                continue
            break
        sec.lines = body[k:]
        # a short unpunctuated line right before a title is that article's kicker (法治,一座城的守护
        # heads the 烟台 article), not the previous article's last line
        p = j - 1
        while p >= 0 and not lines[p].strip():
            p -= 1
        if n > 0 and p >= 0 and _short_unpunctuated(lines[p], 30):
            sec.kicker = lines[p].strip()
            prev = sections[-1]
            while prev.lines and not prev.lines[-1].strip():
                prev.lines.pop()
            if prev.lines and prev.lines[-1].strip() == sec.kicker:
                prev.lines.pop()
        sec.author = sec.author or e.author
        sections.append(sec)
    return sections


# a byline: a personal name, a space, an office (奇·达楞太 内蒙古自治区通辽市委副书记、市长)
_BYLINE = re.compile(r"^[\u4e00-\u9fff·]{2,8}[ \u3000]+[^ \u3000，。；]{2,40}$")


def _is_byline(line: str) -> bool:
    s = line.strip()
    return bool(_BYLINE.match(s)) and any(c in s for c in word_list("author_cues.txt"))


def split_bylines(text: str) -> list[Section] | None:
    """Articles of a page that prints several authors' pieces one after another, each under a
    byline; the short title-like line just before a byline is that article's title."""
    lines = text.split("\n")
    marks = []
    for i, ln in enumerate(lines):
        if not _is_byline(ln):
            continue
        if marks and not any(x.strip() for x in lines[marks[-1] + 1:i]):
            continue  # 记者 甲 / 通讯员 乙: one article's bylines, one under the other
        marks.append(i)
    if len(marks) < 2:
        return None
    starts = []
    for i in marks:
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        titled = j >= 0 and _short_unpunctuated(lines[j]) and not _is_byline(lines[j]) and \
            (not starts or j > starts[-1][1])
        starts.append((j if titled else i, i))
    sections = []
    if any(ln.strip() for ln in lines[:starts[0][0]]):
        sections.append(Section(None, lines[:starts[0][0]]))
    for n, (first, byline) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        title = lines[first].strip() if first != byline else None
        sections.append(Section(title, lines[byline + 1:end], author=lines[byline].strip()))
    return sections

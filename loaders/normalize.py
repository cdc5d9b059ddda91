"""Line-level repairs of extracted text: PDF letter-spacing, fake-bold doubling, broken lines,
verbatim repeats.  Recipes and their pitfalls: ../shared/research/nlp.md §5."""
from __future__ import annotations

import hashlib
import re

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_FULLWIDTH_PUNCT = "，。、；：！？“”‘’（）《》【】…—·「」『』"
_CJK_SPACE_CJK = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_CJK_DIGIT = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[0-9A-Za-z%])|(?<=[0-9%])[ \t\u3000]+(?=[{_CJK}])")
_AROUND_PUNCT = re.compile(rf"[ \t\u3000]*([{_FULLWIDTH_PUNCT}])[ \t\u3000]*")
_SINGLE_SPACED = re.compile(rf"[{_CJK}] (?=[{_CJK}{_FULLWIDTH_PUNCT}0-9])")
TERMINAL = tuple("。！？!?；;…”’」』）)：:")
_SENT_END = tuple("。！？!?；;…")
_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s*)")
_OPENERS, _CLOSERS = "“‘（(《【「『", "”’）)》】」』"
_CONTINUATION_START = tuple(_CLOSERS + "，,、；;：:。！？")


def despace(line: str) -> str:
    """Remove spaces that PDF extraction put between characters, keep real ones."""
    if not line.strip():
        return line.strip()
    line = _CJK_DIGIT.sub("", line)
    line = _AROUND_PUNCT.sub(r"\1", line)
    cjk = len(re.findall(rf"[{_CJK}]", line))
    if cjk and len(_SINGLE_SPACED.findall(line)) >= 0.3 * cjk:
        line = _CJK_SPACE_CJK.sub("", line)
    return line.strip()


def _doubled_runs(s: str) -> list[str] | None:
    if not s:
        return []
    for k in range(1, len(s) // 2 + 1):
        if s[:k] == s[k:2 * k]:
            rest = _doubled_runs(s[2 * k:])
            if rest is not None:
                return [s[:k]] + rest
    return None


def undouble(line: str) -> str:
    """足音铿锵足音铿锵，，… → 足音铿锵，…: only when the whole line is doubled runs."""
    s = line.strip()
    if len(s) < 6 or len(s) > 200:
        return line
    runs = _doubled_runs(s)
    if runs and max(len(r) for r in runs) >= 3:
        return "".join(runs)
    return line


def is_hard_wrapped(lines: list[str]) -> bool:
    """PDF-extracted text: most lines end mid-sentence."""
    nonempty = [ln for ln in lines if ln.strip()]
    if len(nonempty) < 5:
        return False
    ended = sum(1 for ln in nonempty if ln.rstrip().endswith(TERMINAL))
    return ended / len(nonempty) < 0.35


def _open(text: str) -> bool:
    return any(text.count(o) > text.count(c) for o, c in zip(_OPENERS, _CLOSERS) if o != c)


def title_like(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 30 and not s.endswith(TERMINAL) and "，" not in s and "," not in s


def join_lines(lines: list[str], hard_wrapped: bool) -> list[str]:
    """Glue lines broken inside sentences back into paragraphs."""
    items = [ln.strip() for ln in lines]
    idx = [i for i, ln in enumerate(items) if ln]
    widths = {i: len(items[i]) for i in idx}
    paras: list[str] = []
    buf = ""
    for n, i in enumerate(idx):
        line = items[i]
        buf += line
        nxt = items[idx[n + 1]] if n + 1 < len(idx) else None
        if nxt is None:
            break
        blank_between = idx[n + 1] > i + 1
        blank_before = i == 0 or not items[i - 1]
        glue = False
        if buf == line and blank_before and blank_between and title_like(line):
            glue = False  # a line standing alone between blank lines is a heading
        elif _open(buf) and len(buf) < 600:
            glue = True
        elif nxt.startswith(_CONTINUATION_START):
            glue = True
        elif hard_wrapped and not line.endswith(_SENT_END):
            window = [widths[j] for j in idx[max(0, n - 3):n + 4]]
            full = len(line) >= 0.75 * max(window)
            glue = full and not (blank_between and title_like(nxt) and not line.endswith(("，", "、")))
            if not glue and line.endswith(("，", "、", "：")):
                glue = True
        if not glue:
            paras.append(buf)
            buf = ""
    if buf:
        paras.append(buf)
    return paras


def _key(para: str) -> str:
    core = re.sub(r"\s+", "", _NUMBERING.sub("", para))
    return hashlib.sha1(core.encode("utf-8")).hexdigest()


def dedupe(paras: list[str], min_chars: int = 20) -> tuple[list[str], int]:
    """Drop later verbatim copies of paragraphs (≥ min_chars); short lines legitimately repeat."""
    seen: set[str] = set()
    out, dropped = [], 0
    for p in paras:
        if len(p) >= min_chars:
            k = _key(p)
            if k in seen:
                dropped += 1
                continue
            seen.add(k)
        out.append(p)
    return out, dropped

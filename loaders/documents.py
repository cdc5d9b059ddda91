"""Files → Documents: the loaders' public API.

    iter_paths(paths)      files, directories (recursive, sorted, hidden skipped) and globs
    iter_documents(paths)  streams Document or LoadError per file; a bad file never stops a run
    load_document(path)    one file; raises LoadError with what to do
    document_from_text(s)  the same normalisation on a string (tests, notebooks)
    read_file(path)        a regular file's bytes, within the size cap (never opens a FIFO or device)

The order of the steps matters (../shared/research/nlp.md §5, §7.10): decode → T→S → cut the
web trailer → per line de-space and un-double → split the compilation → per article join
lines, de-duplicate paragraphs, then split sentences.
"""
from __future__ import annotations

import glob
import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Iterable, Iterator

from . import compilation, normalize
from .dates import article_date, date_line, head_date, labelled_date
from .lexicon_files import word_list
from .model import Article, Document, LoadError, Sentence
from .readers import (DATA_SUFFIXES, DEFAULT_READ_SECONDS, READ_SECONDS_ENV, Raw, check_size, env_amount,
                      env_seconds, max_bytes as default_max_bytes, read, tick, within_time)
from .script import to_simplified
from .sentences import split_sentences

__all__ = ["document_from_text", "iter_documents", "iter_paths", "load_document", "read_file"]

# A line longer than this is broken before the per-line repairs, and a paragraph longer than this
# after the lines are joined: the extractor's cost grows with the square of a sentence's length
# (a 160,000-character sentence took 74 s), and real documents stay far below (longest paragraph
# seen: about 3,000 characters, longest sentence under 1,000).
MAX_LINE_CHARS_ENV, DEFAULT_MAX_LINE_CHARS = "FAZHI_MAX_LINE_CHARS", 5000
# An article longer than this is split into parts at paragraph ends: the extractor makes one spaCy
# Doc per article, which must stay under spaCy's max_length (1,000,000), and on text dense with
# names its cost grows with the square of the article (20,000 characters: 2 s, 40,000: 7 s).
# Real articles stay under 45,000 characters.
MAX_ARTICLE_CHARS_ENV, DEFAULT_MAX_ARTICLE_CHARS = "FAZHI_MAX_ARTICLE_CHARS", 100_000
SPACY_MAX_LENGTH = 1_000_000
_TITLE_MAX = 300  # a "title" longer than this (an HTML <title> stuffed with text) is no title


def _hidden(part: str) -> bool:
    return part.startswith(".") and part not in (".", "..")


def _special_kind(mode: int) -> str | None:
    """What a file that is neither a regular file nor a directory is, in words; None otherwise."""
    for test, kind in ((stat.S_ISFIFO, "a named pipe/FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "a special file"


def _not_regular_error(path: str | os.PathLike, kind: str) -> LoadError:
    return LoadError(str(path), f"not a regular file ({kind}): not opened; "
                                "copy its content to a regular file to read it")


def not_regular(path: str | os.PathLike) -> LoadError | None:
    """A LoadError for a FIFO, device or socket, also one reached through a symlink, found with
    os.stat alone: opening a FIFO blocks until a writer comes, reading /dev/zero never ends."""
    try:
        st = os.stat(path)  # follows symlinks: a link to /dev/zero is a device
    except OSError:
        return None  # missing or unreadable: reading it says so
    kind = _special_kind(st.st_mode)
    if kind is None:
        return None
    if os.path.islink(path):
        kind = f"a symlink to {os.path.realpath(path)}, {kind}"
    return _not_regular_error(path, kind)


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | LoadError]:
    """Files, directories (recursively, sorted, hidden entries and data files skipped) and glob
    patterns, each file once; a path that matches nothing is yielded as a LoadError."""
    seen: set[Path] = set()

    def once(p: Path) -> Iterator[Path]:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            yield p

    def walk(d: Path) -> Iterator[Path | LoadError]:
        for root, dirs, files in os.walk(d):
            dirs[:] = sorted(x for x in dirs if not _hidden(x))
            for f in sorted(files):
                # in a folder, data beside the documents (gold annotations, tables) is passed over;
                # named on its own it is refused with a message
                if not _hidden(f) and Path(f).suffix.lower() not in DATA_SUFFIXES:
                    yield from checked(Path(root) / f)

    def checked(p: Path) -> Iterator[Path | LoadError]:
        # os.walk lists FIFOs, devices and sockets (and links to them) among the files
        err = not_regular(p)
        if err is not None:
            yield err
        else:
            yield from once(p)

    if isinstance(paths, (str, os.PathLike)):  # a single path is a common slip; treat it as one
        paths = [paths]
    for p in paths:
        p = os.path.expanduser(str(p))
        path = Path(p)
        if path.is_dir():
            yield from walk(path)
        elif path.is_file():
            yield from once(path)
        elif any(c in p for c in "*?["):
            hits = sorted(glob.glob(p, recursive=True))  # glob skips hidden names unless asked
            if not hits:
                yield LoadError(p, "no file matches this pattern")
            for h in hits:
                hp = Path(h)
                if hp.is_dir():
                    yield from walk(hp)
                else:
                    yield from checked(hp)
        elif path.exists():
            yield not_regular(path) or _not_regular_error(p, "a device, socket or pipe")
        else:
            yield LoadError(p, "no such file or directory")


def read_file(path: str | os.PathLike, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, at most the size limit; LoadError otherwise.

    The file is checked with os.stat before it is opened, opened with O_NONBLOCK (a file swapped
    for a FIFO in between does not block the open) and checked again on the open descriptor; it
    is read in bounded steps, so a file that grows (or lies about its size, as /proc files do)
    cannot take more than the limit."""
    path = Path(path)
    err = not_regular(path)
    if err is not None:
        raise err
    try:
        check_size(path, path.stat().st_size, max_bytes)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise LoadError(str(path), "is a directory: pass it to iter_documents() to read the files in it") from None
    except OSError as e:
        raise LoadError(str(path), f"cannot read it ({e.strerror or e}): check the path and its permissions") from None
    try:
        mode = os.fstat(fd).st_mode
        kind = _special_kind(mode)
        if kind is not None:  # swapped for a FIFO or a device after the check above
            raise _not_regular_error(path, kind)
        if stat.S_ISDIR(mode):
            raise LoadError(str(path), "is a directory: pass it to iter_documents() to read the files in it")
        return _read_at_most(path, fd, max_bytes)
    finally:
        os.close(fd)


def _read_at_most(path: Path, fd: int, max_bytes: int | None) -> bytes:
    limit = default_max_bytes() if max_bytes is None else max_bytes
    buf = bytearray()
    try:
        while len(buf) <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - len(buf)))
            if not chunk:
                break
            buf += chunk
    except OSError as e:
        raise LoadError(str(path), f"cannot read it ({e.strerror or e}): check the path and its permissions") from None
    check_size(path, len(buf), max_bytes)  # it grew past the limit while being read
    return bytes(buf)


def load_document(path: str | os.PathLike, max_bytes: int | None = None) -> Document:
    """One file → Document.  Raises LoadError(path, problem) saying what to do.

    ``max_bytes`` overrides the size limit (default 50 MB, or FAZHI_MAX_BYTES).  Reading and
    normalising one file has a time cap, FAZHI_READ_SECONDS (default 120 s; 0 for none)."""
    path = Path(path)
    seconds = env_seconds(READ_SECONDS_ENV, DEFAULT_READ_SECONDS)
    return within_time(str(path), "reading", seconds, READ_SECONDS_ENV, _load, path, max_bytes)


def _load(path: Path, max_bytes: int | None) -> Document:
    data = read_file(path, max_bytes)
    raw = read(path, data)
    return build(raw, path=str(path), name=path.name, content_hash=hashlib.sha256(data).hexdigest())


def iter_documents(paths: Iterable[str | os.PathLike], max_bytes: int | None = None) -> Iterator[Document | LoadError]:
    """Document or LoadError for each file of ``paths`` (see iter_paths), one at a time."""
    for p in iter_paths(paths):
        if isinstance(p, LoadError):
            yield p
            continue
        try:
            yield load_document(p, max_bytes)
        except LoadError as e:
            yield e
        except Exception as e:  # a reader bug must not end a long run: report it against the file
            yield LoadError(str(p), f"unexpected error while reading ({type(e).__name__}: {e}); "
                                    "please report it with the file")


def document_from_text(text: str, name: str = "inline.txt", format: str = "txt") -> Document:
    """The whole normalisation on a string; ``format="pdf"`` treats it as PDF-extracted text."""
    raw = Raw(text, format, "utf-8", pdf_like=format == "pdf")
    return build(raw, path=name, name=name, content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())


# ---------------------------------------------------------------- the pipeline

def _cut_trailer(lines: list[str]) -> tuple[list[str], int]:
    """Cut a web page's trailer (微信扫一扫, 本文标题, 链接地址, 版权声明 …) in the last third."""
    marks = word_list("trailers.txt")
    total = sum(len(x) for x in lines)
    for i in range(len(lines) * 2 // 3 if len(lines) > 30 else 0, len(lines)):
        if lines[i].strip().startswith(marks):
            if 2 * sum(len(x) for x in lines[i:]) > total:
                # 打印本页 关闭窗口 in the page head, the article below it: not a trailer (a short page's
                # lines are all searched)
                continue
            return lines[:i], len(lines) - i
    return lines, 0


# a navigation or breadcrumb line: three or more short items between | > ＞ » or ›
# a breadcrumb (首页 > 政务公开 > 计划总结), which may open with its separator (> 资源库栏目 > …)
# (an item neither starts nor ends with a space, so the spaces around a separator are read one way
# only: a long line of table rows ended the ambiguous form in exponential backtracking)
_NAV_ITEM = r"[^|>＞»›\s](?:[^|>＞»›\n]{0,8}[^|>＞»›\s])?"
_NAV = re.compile(rf"^\s*(?:[|>＞»›]\s*)?{_NAV_ITEM}(?:\s*[|>＞»›]\s*{_NAV_ITEM}){{2,}}\s*$")
# the same with slashes, a breadcrumb only with a furniture word in it (首页/ 新闻中心 / 正文; 自治/法治/德治 is a title)
_SLASH_ITEM = r"[^/／\s](?:[^/／\n]{0,8}[^/／\s])?"
_SLASH_NAV = re.compile(rf"^\s*{_SLASH_ITEM}(?:\s*[/／]\s*{_SLASH_ITEM}){{2,}}\s*$")
_NAV_MAX = 160  # a navigation line is short; longer lines are not tried
# a table row that opens on its serial number (1 | 桐庐县 | 分水镇后岩村): a list's member, never navigation
_SERIAL_ROW = re.compile(r"^\s*\d{1,4}\s*[|｜]")


# the number a saved page's list item keeps (1. 当前位置:)
_LIST_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.．、]\s*")
# an image's file name left where the picture stood (webwxgetmsgimg_副本.jpg, 晋城司法.jpg)
_IMAGE_FILE = re.compile(r"^\s*\S{1,60}\.(?:jpe?g|png|gif|bmp|webp)\s*$", re.I)


def _drop_chrome(paras: list[str]) -> list[str]:
    """Leave out a saved web page's furniture above the article (navigation, breadcrumbs, font-size
    and share lines); a line that carries the date stays, the date is read from it later."""
    head = []
    crumb = None  # the number of the last item of a breadcrumb set one per numbered line (1. 当前位置: / 2. 首页)
    for i, p in enumerate(paras[:10]):
        item = _LIST_ITEM.match(p)
        bare = p[item.end():] if item else p
        if crumb is not None and item and int(item.group(1)) == crumb + 1 and len(bare.strip()) <= 8:
            head.append(i)  # (the article's own 1. 加强领导 after 3. 正文 starts again at 1: it stays)
            crumb += 1
            continue
        crumb = None
        if ((len(p) <= _NAV_MAX and _NAV.match(p) and not _SERIAL_ROW.match(p))
                or (len(p) <= _NAV_MAX and _SLASH_NAV.match(p) and any(
                w in p for w in word_list("page_chrome.txt"))) or _IMAGE_FILE.match(p)
                or bare.lstrip().startswith(word_list("page_chrome.txt"))) \
                and head_date(p) is None and not labelled_date(p):
            head.append(i)
            crumb = int(item.group(1)) if item else None
    return [p for i, p in enumerate(paras) if i not in head] if head else paras


def _pick_title(paras: list[str]) -> tuple[int, int] | None:
    """The lines [i, j) of the document's own title among its first lines: the first title-like line
    that names a genre (报告, 通知 …), else a title-like first line followed by prose; a ——subtitle
    line belongs to the headline above it."""
    cues = word_list("title_cues.txt")
    not_title = word_list("not_title.txt")
    # (a headline may end in an exclamation mark: 陕西宜君蝉联平安中国建设最高奖“长安杯”!)
    cands = [i for i, p in enumerate(paras[:8]) if 4 <= len(p) <= 60 and normalize.title_like(p.rstrip("!！ "), 60)
             and not date_line(p) and not labelled_date(p) and not (len(p) <= 25 and any(w in p for w in not_title))
             # (2015-10-21 17:07:55来源:某信息港: the page's date and source line, not its headline)
             and not (head_date(p) and re.search(r"\d{1,2}:\d{2}|来源|作者|编辑|发布", p))
             and not p.startswith(("■", "□")) and not normalize.is_menu(p) and not normalize.is_column(p)]
    found = next((i for i in cands if any(c in paras[i] for c in cues)), None)
    # the site's name above the headline (福州新闻网) is furniture: the headline is the first line after it
    lead = 0
    while lead < min(len(paras), 3) - 1 and (len(paras[lead]) <= 25 and any(w in paras[lead] for w in not_title)
                                              or normalize.is_menu(paras[lead]) or normalize.is_column(paras[lead])):
        lead += 1  # (and the site's menu of sections above it)
    headline = lead == 0 or len(re.findall(r"[\u4e00-\u9fff]", paras[lead])) >= 4  # not 2026-01-23
    if found is None and len(paras) > lead + 1 and headline and (
            cands and cands[0] == lead or (lead == 0 or lead in cands) and _subtitle(paras, lead + 1)):
        found = lead
    if found is None:
        return None
    if paras[found].startswith(("——", "--")) and found > 0 and _headline(paras[found - 1]):
        return found - 1, found + 1
    if _subtitle(paras, found + 1):
        return found, found + 2
    return found, found + 1


def _headline(p: str) -> bool:
    # a headline may hold a comma (法治赋能，“晋江经验”再添新注脚), never a sentence end
    return 4 <= len(p) <= 40 and not normalize.ends_sentence(p) and normalize.balanced(p)


def _subtitle(paras: list[str], i: int) -> bool:
    return (0 < i < len(paras) and paras[i].startswith(("——", "--")) and normalize.title_like(paras[i][2:], 60)
            and _headline(paras[i - 1]))


def _trailing_title(paras: list[str], undoubled: set[str]) -> tuple[str, str | None, int] | None:
    """A headline printed after the text (page layouts put it last; 000 ends with its fake-bold
    headline and a ——subtitle): (title, subtitle, paragraphs it takes from the end)."""
    if len(paras) < 3:
        return None
    last, prev = paras[-1], paras[-2]
    if last.startswith(("——", "--")) and (prev in undoubled or normalize.title_like(prev)) \
            and normalize.title_like(last[2:], 40):
        return prev, last, 2
    if prev in undoubled and not normalize.ends_sentence(prev):
        return prev, last, 2  # the headline, then a caption or credit line
    # (a line opening an item, 二是…, is the text going on, cut off where the excerpt ends: no headline)
    if (last in undoubled or normalize.title_like(last, 24)) and not date_line(last) and not normalize.opens_item(last) \
            and not last.endswith(word_list("signature_endings.txt")) and normalize.ends_sentence(prev) \
            and not any(w in last for w in word_list("not_title.txt")):
        return last, None, 1
    return None


def _sentences(paras: list[str]) -> tuple[str, list[Sentence]]:
    text = "\n".join(paras)
    out, pos = [], 0
    for i, p in enumerate(paras):
        if i % 1000 == 0:
            tick("splitting sentences")
        for s, e in split_sentences(p):
            out.append(Sentence(p[s:e], pos + s, pos + e, i))
        pos += len(p) + 1
    return text, out


# ---------------------------------------------------------------- bounded pieces

_SENTENCE_CUT = re.compile(r"[。！？!?；;…]+[”’」』）)》】]*")
_CLAUSE_CUT = re.compile(r"[，,、：:]")
# what may start a line that join_lines glues to the line before, even after a full stop
_CONTINUES = tuple("”’）)》】」』，,、；;：:。！？")


def max_line_chars() -> int:
    return max(100, min(env_amount(MAX_LINE_CHARS_ENV, DEFAULT_MAX_LINE_CHARS), max_article_chars()))


def max_article_chars() -> int:
    # title + "\n" + text is one spaCy Doc: it stays under spaCy's max_length whatever is asked
    return max(1000, min(env_amount(MAX_ARTICLE_CHARS_ENV, DEFAULT_MAX_ARTICLE_CHARS),
                         SPACY_MAX_LENGTH - _TITLE_MAX - 1))


def _cut_at(text: str, limit: int) -> int:
    """Where to end a piece of ``text`` of at most ``limit`` characters: after its last sentence
    end, else after its last comma, when that keeps at least half the piece; else at the limit."""
    window = text[:limit]
    for pattern in (_SENTENCE_CUT, _CLAUSE_CUT):
        last = None
        for last in pattern.finditer(window):
            pass
        if last is not None and last.end() > limit // 2:
            return last.end()
    return limit


def _pieces(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters (itself when it is short enough)."""
    out = []
    while len(text) > limit:
        cut = _cut_at(text, limit)
        out.append(text[:cut])
        text = text[cut:]
    out.append(text)
    return out


def _wrap(items: list[str], limit: int) -> tuple[list[str], int]:
    """Every item longer than ``limit`` broken into pieces; (items, how many were broken)."""
    out: list[str] = []
    broken = 0
    for item in items:
        if len(item) > limit:
            broken += 1
            tick("breaking a long line")
            out.extend(_pieces(item, limit))
        else:
            out.append(item)
    return out, broken


def _chunks(lines: list[str], size: int) -> Iterator[list[str]]:
    """Runs of lines of about ``size`` characters, each ending after a line that ends a sentence
    (which join_lines would not glue to the next) or, failing that, at twice the size."""
    chunk: list[str] = []
    n = 0
    for i, ln in enumerate(lines):
        chunk.append(ln)
        n += len(ln)
        nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        if n >= 2 * size or (n >= size and normalize.ends_sentence(ln) and not nxt.startswith(_CONTINUES)):
            yield chunk
            chunk, n = [], 0
    if chunk:
        yield chunk


def _join(lines: list[str], hard: bool, limit: int) -> tuple[list[str], int]:
    """normalize.join_lines, then every paragraph cut to at most ``limit`` characters.

    join_lines rescans the paragraph it is building for every line it glues on, so its cost grows
    with the square of a paragraph's length: a section far longer than any real article (a
    megabyte of text without a full stop) is joined in chunks of about ``limit`` characters."""
    if sum(len(ln) for ln in lines) <= 20 * limit:
        paras, glued = normalize.join_lines(lines, hard)
    else:
        paras, glued = [], 0
        for chunk in _chunks(lines, limit):
            tick("joining lines")
            p, g = normalize.join_lines(chunk, hard)
            paras += p
            glued += g
    return _wrap(paras, limit)[0], glued


def _article_parts(paras: list[str], limit: int) -> list[list[str]]:
    """Paragraphs in consecutive parts of at most ``limit`` characters (one part when they fit)."""
    parts: list[list[str]] = []
    cur: list[str] = []
    n = 0
    for p in paras:
        if cur and n + len(p) + 1 > limit:
            parts.append(cur)
            cur, n = [], 0
        cur.append(p)
        n += len(p) + 1
    if cur or not parts:
        parts.append(cur)
    return parts


def _each(fn, items: list[str], what: str) -> list:
    """[fn(x) for x in items], checking the time budget now and then."""
    out = []
    for i, x in enumerate(items):
        if i % 2000 == 0:
            tick(what)
        out.append(fn(x))
    return out


def build(raw: Raw, path: str, name: str, content_hash: str) -> Document:
    notes: list[str] = list(raw.notes)
    line_cap, article_cap = max_line_chars(), max_article_chars()
    text = normalize.clean_chars(raw.text)
    if not text.strip():
        raise LoadError(path, "no text in it (empty after decoding): check that it is the right file")
    tick("normalising characters")
    text, script = to_simplified(text)
    if script == "traditional":
        notes.append("converted Traditional→Simplified")
    text, readings = normalize.strip_pinyin(text)
    if readings:
        notes.append(f"removed {readings} inline pinyin readings")
    text, curled = normalize.curl_quotes(text)
    if curled:
        notes.append(f"made {curled} pair(s) of straight quotes curly")
    tick("normalising characters")
    # a line far longer than any real one is broken before the per-line repairs (and, as a
    # paragraph, once more after the lines are joined): see MAX_LINE_CHARS_ENV
    lines, broken = _wrap(text.split("\n"), line_cap)
    if broken:
        notes.append(f"broke {broken} line(s) longer than {line_cap:,} characters ({MAX_LINE_CHARS_ENV})")
    lines, cut = _cut_trailer(lines)
    if cut:
        notes.append(f"cut web trailer ({cut} lines)")

    spaced = sum(_each(normalize.is_letter_spaced, lines, "reading letter-spacing"))
    lines = _each(normalize.despace, lines, "removing letter-spacing")
    undoubled: set[str] = set()
    for i, ln in enumerate(lines):
        if i % 2000 == 0:
            tick("undoubling lines")
        u = normalize.undouble(ln)
        if u != ln:
            undoubled.add(u)
            lines[i] = u
    # (after undoubling: a fake-bold line doubles its commas too, 足音铿锵足音铿锵，，, and is found by them)
    stray = 0
    for i, ln in enumerate(lines):
        fixed, n = normalize.drop_stray_commas(ln)
        if n:
            lines[i], stray = fixed, stray + n
    if stray:
        notes.append(f"removed {stray} stray comma(s) before other punctuation")
    hard = raw.pdf_like or normalize.is_hard_wrapped(lines)
    if hard:
        serials = normalize.table_serials(lines)
        kept = [ln for i, ln in enumerate(lines) if i in serials or not normalize.is_page_number(ln)]
        if len(kept) < len(lines):
            notes.append(f"dropped {len(lines) - len(kept)} page-number line(s)")
            lines = kept
    if spaced:
        notes.append(f"removed letter-spacing on {spaced} line(s)")
    if undoubled:
        notes.append(f"undoubled {len(undoubled)} fake-bold line(s)")

    joined = "\n".join(lines)
    tick("finding the articles")
    sections = compilation.split(joined)
    if sections:
        notes.append(f"split compilation into {len(sections)} articles by its table of contents")
    else:
        sections = compilation.split_bylines(joined)
        if sections:
            notes.append(f"split into {len(sections)} articles at their bylines")
        else:
            sections = [compilation.Section(None, lines)]

    articles: list[Article] = []
    dropped_total = glued_total = 0
    for sec in sections:
        tick("joining lines")
        paras, glued = _join(sec.lines, hard, line_cap)
        glued_total += glued
        paras, dropped = normalize.dedupe(paras)
        dropped_total += dropped
        title = sec.title
        if title is None and len(sections) == 1:
            paras = _drop_chrome(paras)
            span = _pick_title(paras)
            if span is not None:
                title = "".join(paras[span[0]:span[1]])
                del paras[span[0]:span[1]]
        if title is None:
            found = _trailing_title(paras, undoubled)
            if found:
                title, subtitle, k = found
                del paras[-k:]
                if subtitle:  # stays where the text has it: moved first it would read as the lead
                    paras.append(subtitle)
        if not paras and title is None:
            continue
        genre = any(c in (title or "") for c in word_list("title_cues.txt"))
        date, source = (sec.date, "dateline") if sec.date else article_date(paras, lead=not genre)
        if date is None and title and labelled_date(title):
            date, source = labelled_date(title), "label"  # the line taken for the title carried the date
        if date is None and raw.date:
            date, source = raw.date, "metadata"
        parts = _article_parts(paras, article_cap)
        if len(parts) > 1:
            notes.append(f"split an article of {sum(len(p) + 1 for p in paras):,} characters into {len(parts)} "
                         f"parts of at most {article_cap:,} ({MAX_ARTICLE_CHARS_ENV})")
        for part in parts:
            body, sents = _sentences(part)
            articles.append(Article(title=title, text=body, paragraphs=part, sentences=sents, author=sec.author,
                                    date=date, date_source=source, kicker=sec.kicker, index=len(articles)))
    if not any(a.text for a in articles) and not any(a.title for a in articles):
        raise LoadError(path, "no text in it after normalisation: check that it is the right file")
    if hard and glued_total:
        notes.append(f"joined {glued_total} hard-wrapped line break(s)")
    elif glued_total:
        notes.append(f"joined {glued_total} broken line(s)")
    if dropped_total:
        notes.append(f"dropped {dropped_total} repeated paragraph(s)")
    raw_title = raw.title if raw.title and len(raw.title) <= _TITLE_MAX else None
    if len(articles) == 1 and articles[0].title is None and raw_title:
        articles[0].title = raw_title
    title = raw_title or (articles[0].title if len(articles) == 1 else None)
    return Document(path=path, name=name, format=raw.format, encoding=raw.encoding, script=script,
                    content_hash=content_hash, articles=articles, title=title, date=raw.date, notes=notes)

"""Per-format readers: file bytes → raw text (+ title/date metadata).

Every refusal is a LoadError whose message says what to do with the file.  Readers only get
the words out in reading order, one paragraph (or table cell) per line; repairing them is
normalize.py's job.
"""
from __future__ import annotations

import html as htmllib
import io
import itertools
import os
import re
import signal
import threading
import time
import zipfile
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from .encoding import decode, plausibility, sniff_binary
from .lexicon_files import word_list
from .model import LoadError

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
HTML_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html"}
OLD_OFFICE_SUFFIXES = (".doc", ".wps", ".wpt", ".dot", ".rtf", ".et", ".dps", ".xls", ".ppt")
SUPPORTED = ".txt .md .html/.htm .docx .pdf"
# tables and annotations that sit beside documents (NAME.txt beside its gold NAME.jsonl): data, not text
DATA_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv", ".tsv"})
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_BYTES_ENV = "FAZHI_MAX_BYTES"
# Caps on what one file may cost (issue 11: no input hangs or crashes a run).  Each is read from
# its environment variable at the time of use, so a long-running process and the tests can change it.
MAX_UNZIPPED_ENV, DEFAULT_MAX_UNZIPPED = "FAZHI_MAX_UNZIPPED", 100 * 1024 ** 2  # .docx parts, PDF text streams
MAX_ZIP_ENTRIES_ENV, DEFAULT_MAX_ZIP_ENTRIES = "FAZHI_MAX_ZIP_ENTRIES", 10_000
MAX_PDF_PAGES_ENV, DEFAULT_MAX_PDF_PAGES = "FAZHI_MAX_PDF_PAGES", 1000
MAX_CHARS_ENV, DEFAULT_MAX_CHARS = "FAZHI_MAX_CHARS", 10_000_000  # text read out of a .docx or PDF
READ_SECONDS_ENV, DEFAULT_READ_SECONDS = "FAZHI_READ_SECONDS", 120.0  # reading + normalising one file
EXTRACT_SECONDS_ENV, DEFAULT_EXTRACT_SECONDS = "FAZHI_EXTRACT_SECONDS", 300.0  # extracting one file's facts
# a note that starts with this says the reader left part of the file out (the CLI shows it on stderr)
TRUNCATED = "truncated: "
_CONVERT = "convert it with LibreOffice first: `soffice --headless --convert-to docx FILE`"


@dataclass
class Raw:
    text: str
    format: str
    encoding: str | None = None
    title: str | None = None
    date: str | None = None
    pdf_like: bool = False  # extracted from a page layout: letter-spacing and hard wraps expected
    notes: list[str] = field(default_factory=list)  # what the reader left out or worked around


# ---------------------------------------------------------------- limits

def env_amount(name: str, default: int) -> int:
    """A count or size from the environment: digits with an optional k/M/G suffix (1024-based)."""
    value = os.environ.get(name, "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?", value)
    if not m:
        return default
    return int(float(m.group(1)) * {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}[m.group(2).lower()])


def env_seconds(name: str, default: float) -> float:
    """Seconds from the environment; 0 switches the time cap off."""
    try:
        return max(0.0, float(os.environ.get(name, "").strip() or default))
    except ValueError:
        return default


def max_bytes() -> int:
    """The size limit: FAZHI_MAX_BYTES when set (bytes, or with a k/M/G suffix), else 50 MB."""
    return env_amount(MAX_BYTES_ENV, DEFAULT_MAX_BYTES)


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


# Time caps.  Two mechanisms, because neither covers every case alone:
# * a cooperative deadline (a context variable) that readers check between pages, blocks and
#   elements: it works in any thread and names where reading stopped, but cannot interrupt one
#   slow step (one huge PDF page, one regular expression on a long line, the extractor, which
#   has no check points of its own);
# * a watchdog, SIGALRM from setitimer, whose handler raises inside whatever Python code runs:
#   it interrupts those steps too, but only in the main thread of a process (the CLI and each
#   `load --workers` process are).  Off the main thread only the cooperative checks apply.

@dataclass(frozen=True)
class _Deadline:
    path: str
    what: str  # "reading" / "extraction": the stage the message names
    seconds: float
    env: str
    end: float


_deadline: ContextVar[_Deadline | None] = ContextVar("fazhi_deadline", default=None)


class _Overtime(BaseException):
    """The watchdog's alarm.  A BaseException, so that the readers' broad ``except Exception``
    (which turn library errors into "damaged file") let it through to the watchdog."""


def _overtime_error(d: _Deadline, where: str | None = None) -> LoadError:
    at = f" (stopped at {where})" if where else ""
    return LoadError(d.path, f"{d.what} took longer than {d.seconds:g} s{at}: split the file, "
                             f"or raise the limit, e.g. {d.env}={int(d.seconds * 4)}")


def tick(where: str) -> None:
    """Raise LoadError when the current file's time budget is spent (a cooperative check point)."""
    d = _deadline.get()
    if d is not None and time.monotonic() > d.end:
        raise _overtime_error(d, where)


def _alarm_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _watchdog(d: _Deadline) -> Iterator[None]:
    """Arm SIGALRM for ``d`` (main thread only); an outer watchdog's earlier alarm is kept."""
    if not _alarm_usable():
        yield
        return

    def ring(signum, frame):
        now = time.monotonic()
        if now >= d.end - 0.001:
            raise _Overtime(d)
        if outer and now >= outer_end - 0.001 and callable(previous):
            previous(signum, frame)  # an outer watchdog's (or the host's) alarm, due before ours
        signal.setitimer(signal.ITIMER_REAL, max(d.end - now, 0.001))

    previous = signal.signal(signal.SIGALRM, ring)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    outer_end = time.monotonic() + outer
    signal.setitimer(signal.ITIMER_REAL, min(d.seconds, outer) if outer else d.seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # give the outer alarm back what is left of its time
            signal.setitimer(signal.ITIMER_REAL, max(outer_end - time.monotonic(), 0.001))


T = TypeVar("T")


def within_time(path: str, what: str, seconds: float, env: str, fn: Callable[..., T], *args) -> T:
    """``fn(*args)`` under a time cap of ``seconds`` (0: none): overtime is a LoadError naming
    ``path`` and the ``env`` variable that raises the cap."""
    if seconds <= 0:
        return fn(*args)
    d = _Deadline(path, what, seconds, env, time.monotonic() + seconds)
    token = _deadline.set(d)
    try:
        with _watchdog(d):
            return fn(*args)
    except _Overtime as e:
        if e.args and e.args[0] is d:
            raise _overtime_error(d) from None
        raise  # an outer cap's alarm: its own within_time reports it
    finally:
        _deadline.reset(token)


def check_size(path: Path, size: int, limit: int | None = None) -> None:
    limit = max_bytes() if limit is None else limit
    if size > limit:
        raise LoadError(str(path), f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit; split it, "
                                   f"or raise the limit, e.g. {MAX_BYTES_ENV}=200M")


def read(path: Path, data: bytes) -> Raw:
    """Dispatch on content first (a .txt that is really a PDF is read as PDF), then suffix."""
    suffix = path.suffix.lower()
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe\x0c"):
        raise LoadError(str(path), "empty file: there is no text to read")
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        return read_pdf(path, data)
    if suffix in DATA_SUFFIXES:
        raise LoadError(str(path), f"a data file ({suffix}), not a document; supported: {SUPPORTED}")
    if data.startswith(b"PK\x03\x04"):
        return read_docx(path, data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: .doc, .wps, .xls, …
        raise LoadError(str(path), f"old Word/WPS binary document: {_CONVERT}")
    if suffix in OLD_OFFICE_SUFFIXES or data.startswith(b"{\\rtf"):
        raise LoadError(str(path), f"{suffix or 'RTF'} documents are not read: {_CONVERT}")
    if suffix == ".docx":
        raise LoadError(str(path), "not a valid .docx (it is not a ZIP package): re-save it from Word or LibreOffice")
    what = sniff_binary(data)
    if what:
        raise LoadError(str(path), f"not a text document ({what}); supported: {SUPPORTED}")
    try:
        text, enc = decode(data)
    except UnicodeError:
        raise LoadError(str(path), "not a text document (no Chinese or Unicode encoding fits); "
                                   "if it is text, save it as UTF-8") from None
    if suffix in HTML_SUFFIXES or re.match(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!doctype html|<html)",
                                           text[:2000], re.I | re.S):
        raw = read_html(path, text)
        raw.encoding = enc
        return raw
    fmt = TEXT_SUFFIXES.get(suffix, "txt")
    if fmt == "md":
        return read_markdown(text, enc)
    return Raw(text, fmt, enc)


# ---------------------------------------------------------------- Markdown

_H = r"[ \t]"  # markdown syntax never spans lines: \s would swallow the next line
_MD_RULES = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                               # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                           # links keep their text
    (re.compile(rf"^{_H}{{0,3}}#{{1,6}}{_H}+(.*?){_H}*#*{_H}*$", re.M), r"\1"),  # headings
    (re.compile(rf"^{_H}{{0,3}}>{_H}?", re.M), ""),                          # block quotes
    (re.compile(rf"^{_H}*[-*+]{_H}+(?=\S)", re.M), ""),                      # bullets (numbers stay)
    (re.compile(rf"^{_H}*(?:[-*_]{_H}*){{3,}}$", re.M), ""),                 # horizontal rules
    (re.compile(r"(\*\*|__|~~|`)(.+?)\1"), r"\2"),                           # bold, strike, code
    (re.compile(r"(?<![*\w])\*(?![ \t])([^*\n]+?)\*(?!\w)"), r"\1"),         # italics
    (re.compile(rf"^{_H}*\|?{_H}*:?-{{3,}}.*$", re.M), ""),                  # table separator rows
)


def read_markdown(text: str, encoding: str | None) -> Raw:
    """Markdown → plain lines: markup gone, table cells one per line, front matter's title/date kept."""
    from .dates import parse_any

    title = date = None
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.S)
    if m:
        for ln in m.group(1).splitlines():
            key, _, value = ln.partition(":")
            value = value.strip().strip("'\"")
            if key.strip().lower() == "title" and value:
                title = value
            elif key.strip().lower() in ("date", "published", "pubdate") and value:
                date = parse_any(value)
        text = text[m.end():]
    text = re.sub(r"^```.*?^```\s*$", "", text, flags=re.M | re.S)  # code blocks are not prose
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    lines = []
    for ln in text.split("\n"):
        if ln.strip().startswith("|"):
            lines.extend(c.strip() for c in ln.strip().strip("|").split("|") if c.strip())
        else:
            lines.append(ln)
    return Raw("\n".join(lines), "md", encoding, title=title, date=date)


# ---------------------------------------------------------------- HTML

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
              "button", "select", "svg", "canvas", "object", "embed", "head")
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
               "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "blockquote", "pre", "center", "br", "hr",
               "figure", "figcaption", "address", "caption"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_WS = re.compile(r"\s+")


def _cjk_len(s: str) -> int:
    return len(_CJK.findall(s))


def _words(attr: str) -> set[str]:
    return {w for w in re.split(r"[\s_\-]+", attr.lower()) if w}


def read_html(path: Path, text: str) -> Raw:
    from lxml import etree
    from lxml import html as lhtml

    from .dates import parse_any

    # lxml refuses str input that carries an XML encoding declaration; the text is decoded already
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    # huge_tree lifts libxml2's default limits (256 levels of nesting, 10 MB text nodes), which
    # otherwise end the tree early and silently; the byte cap bounds the input instead
    parser = lhtml.HTMLParser(huge_tree=True)
    try:
        root = lhtml.fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise LoadError(str(path), f"unreadable HTML ({e}); save the page again or as text") from None
    tick("parsing the HTML")
    # even huge_tree stops at 2048 levels: the tree then lacks everything after the deep part
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" or "depth" in e.message.lower() for e in parser.error_log)
    meta: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        if key and m.get("content") and key not in meta:
            meta[key] = m.get("content").strip()
    page_title = _WS.sub(" ", root.findtext(".//title") or "").strip() or None
    date = None
    for key in word_list("html_meta_dates.txt"):
        date = parse_any(meta.get(key))
        if date:
            break
    for t in root.iter("time"):
        date = date or parse_any(t.get("datetime") or t.text_content())

    if too_deep:
        # the parts the tree has (head: title, meta dates) stand; the text comes from the source
        lines = _stripped_lines(text)
        note = ("HTML nested too deeply for the parser: text read by stripping tags, page furniture "
                "(menus, footers) not removed")
        return Raw("\n".join(lines), "html", title=meta.get("articletitle") or meta.get("og:title") or page_title,
                   date=date or _visible_date("\n".join(lines[:200])), notes=[note])

    for bad in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        bad.drop_tree()
    body = root.find(".//body") if root.tag != "body" else root
    body = body if body is not None else root
    total = _cjk_len(body.text_content()) or 1
    furniture = set(word_list("html_boilerplate.txt"))
    for n, el in enumerate(list(body.iter())):
        if n % 500 == 0:
            tick(f"HTML element {n}")
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        words = _words(el.get("class") or "") | _words(el.get("id") or "")
        if words & furniture and _cjk_len(el.text_content()) < 0.5 * total:
            el.drop_tree()

    if date is None:
        date = _visible_date(body.text_content())
    h1 = next((_WS.sub(" ", h.text_content()).strip() for h in body.iter("h1") if h.text_content().strip()), None)
    main = _main_element(body)
    lines = _block_lines(main)
    if h1 and main is not body and not any(h1 == ln for ln in lines[:5]):
        lines.insert(0, h1)  # the headline often sits outside the text container
    title = meta.get("articletitle") or meta.get("og:title") or _title(page_title, h1)
    return Raw("\n".join(lines), "html", title=title, date=date)


def _title(page_title: str | None, h1: str | None) -> str | None:
    if h1 and (not page_title or h1 in page_title):
        return h1
    if not page_title:
        return h1
    # "标题_某某市人民政府网" / "标题 - 新闻 - 某某网": the site's name follows a separator
    head = re.split(r"\s*[_|｜]\s*|\s+[-–—]+\s+", page_title)[0].strip()
    return head if len(head) >= 4 else page_title


def _visible_date(text: str) -> str | None:
    from .dates import labelled_date

    return labelled_date(text)


def _main_element(body):
    """The element holding the article: <article>/<main>, else the parent of the most prose."""
    for tag in ("article", "main"):
        found = [el for el in body.iter(tag)]
        if found:
            best = max(found, key=lambda el: _cjk_len(el.text_content()))
            if _cjk_len(best.text_content()) >= 0.3 * _cjk_len(body.text_content()):
                return best
    score: dict = {}
    for k, el in enumerate(body.iter()):
        if k % 500 == 0:
            tick(f"HTML element {k}")
        if not isinstance(el.tag, str):
            continue
        if el.tag == "p":
            n, target = _cjk_len(el.text_content()), el.getparent()
        else:  # prose written straight into a <div> with <br> line breaks
            n = _cjk_len((el.text or "") + "".join(c.tail or "" for c in el))
            target = el
        if n and target is not None:
            score[target] = score.get(target, 0) + n
            up = target.getparent()
            if up is not None:
                score[up] = score.get(up, 0) + n / 2
    if not score:
        return body
    best = max(score, key=score.get)
    if _cjk_len(best.text_content()) < 0.3 * _cjk_len(body.text_content()):
        return body
    return best


def _block_lines(el) -> list[str]:
    """The text of ``el``, one line per block element, in document order.

    Walked with an explicit stack, not recursion: a page nested 2,000 levels deep (lxml's
    huge_tree allows that many) would pass Python's recursion limit."""
    lines: list[str] = []
    buf: list[str] = []

    def flush():
        s = _squash("".join(buf))
        if s:
            lines.append(s)
        buf.clear()

    stack: list[tuple[object, bool]] = [(el, False)]  # (node, its children are done)
    steps = 0
    while stack:
        node, done = stack.pop()
        block = isinstance(node.tag, str) and node.tag in _BLOCK_TAGS
        if done:
            if block:
                flush()
            if node is not el and node.tail:  # a child's tail follows it inside its parent
                buf.append(node.tail)
            continue
        steps += 1
        if steps % 1000 == 0:
            tick(f"HTML element {steps}")
        if block:
            flush()
        if isinstance(node.tag, str) and node.text:
            buf.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    flush()
    return lines


# The fallback for a page nested deeper than the parser goes: tags are stripped from the source in
# one pass.  Every pattern stops at the next "<" or ">", so no input makes them backtrack far.
_SOURCE_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>|<[!?][^<>]*>")
_SKIP_CONTENT = {"script", "style", "noscript", "template", "head", "svg", "canvas", "object", "select", "title",
                 "iframe", "textarea"}


def _without_comments(text: str) -> str:
    out, pos = [], 0
    while (i := text.find("<!--", pos)) >= 0:
        out.append(text[pos:i])
        j = text.find("-->", i + 4)
        if j < 0:  # an unclosed comment runs to the end of the page, as in a browser
            return "".join(out)
        pos = j + 3
    out.append(text[pos:])
    return "".join(out)


def _stripped_lines(text: str) -> list[str]:
    """Visible text of an HTML source without building a tree: block tags end lines, the
    content of script/style/head … is skipped, entities are decoded."""
    text = _without_comments(text)
    closed: dict[str, bool] = {}  # tag name → a closing tag still lies ahead (searched once per name)
    lines: list[str] = []
    buf: list[str] = []
    pos = 0
    for n in itertools.count():
        m = _SOURCE_TAG.search(text, pos)
        if n % 1000 == 999:
            tick(f"HTML tag {n + 1}")
        buf.append(text[pos:m.start() if m else len(text)])
        if m is None:
            break
        pos = m.end()
        name = (m.group(2) or "").lower()
        if name in _BLOCK_TAGS:
            lines.append(_squash(htmllib.unescape("".join(buf))))
            buf.clear()
        if name in _SKIP_CONTENT and not m.group(1) and closed.get(name, True):
            end = re.compile(rf"</{name}\b", re.I).search(text, pos)  # re caches the compiled pattern
            closed[name] = end is not None
            if end is not None:
                gt = text.find(">", end.start())
                pos = len(text) if gt < 0 else gt + 1
    lines.append(_squash(htmllib.unescape("".join(buf))))
    return [ln for ln in lines if ln]


def _squash(s: str) -> str:
    # HTML source wraps lines anywhere; a browser shows such a wrap between two CJK characters
    # as nothing worth keeping, and any other run of whitespace as one space
    s = s.replace("\xa0", " ").replace("\u3000", " ")
    s = re.sub(r"(?<=[\u3400-\u9fff，。、；：！？”）》])\s*\n\s*(?=[\u3400-\u9fff“（《])", "", s)
    return _WS.sub(" ", s).strip()


# ---------------------------------------------------------------- DOCX

_DAMAGED_ZIP = "damaged ZIP/.docx package: re-save it from Word or LibreOffice"


def read_docx(path: Path, data: bytes) -> Raw:
    _check_zip_entries(path, data)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise LoadError(str(path), _DAMAGED_ZIP) from None
    if "word/document.xml" not in names:
        kind = ("a spreadsheet (.xlsx)" if "xl/workbook.xml" in names else
                "a presentation (.pptx)" if "ppt/presentation.xml" in names else
                "an OpenDocument file: convert it with `soffice --headless --convert-to docx FILE`"
                if "content.xml" in names else "a ZIP archive")
        raise LoadError(str(path), f"not a text document ({kind}); supported: {SUPPORTED}")
    _check_unzipped_size(path, zf)
    budget = _CharBudget(env_amount(MAX_CHARS_ENV, DEFAULT_MAX_CHARS))
    try:
        import docx

        d = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        _docx_blocks(d, lines, budget)
    except _Full:
        pass  # the text cap: keep the lines read so far (the note below says so)
    except LoadError:
        raise
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml errors … on damaged parts
        raise LoadError(str(path), f"damaged .docx ({type(e).__name__}); re-save it from Word or LibreOffice") from None
    core = (d.core_properties.title or "").strip()
    # templates leave titles such as "Microsoft Word - 模板.doc": trust one the text repeats
    title = core if core and any(core == ln.strip() for ln in lines[:10]) else None
    notes = [f"{TRUNCATED}stopped after {budget.limit:,} characters of text ({MAX_CHARS_ENV}); "
             "the rest of the document is left out"] if budget.full else []
    return Raw("\n".join(lines), "docx", title=title, notes=notes)


def _check_zip_entries(path: Path, data: bytes) -> None:
    """Refuse a ZIP with more entries than the cap before zipfile builds an object per entry.

    Counting central-directory signatures may overcount (compressed data can hold the four
    bytes by chance), never undercount; the cap is far above any real .docx."""
    cap = env_amount(MAX_ZIP_ENTRIES_ENV, DEFAULT_MAX_ZIP_ENTRIES)
    if data.count(b"PK\x01\x02") > cap:
        raise LoadError(str(path), f"ZIP package with more than {cap:,} entries: not a real .docx (a ZIP bomb?); "
                                   f"if it is one, raise the limit, e.g. {MAX_ZIP_ENTRIES_ENV}={cap * 10}")


def _check_unzipped_size(path: Path, zf: zipfile.ZipFile) -> None:
    """A ZIP bomb inflates a small file to gigabytes.  Refuse the package when the sizes its
    directory declares add up to more than the cap, then inflate every entry in 1 MB chunks,
    counting, without keeping them, so that a directory that lies cannot get past either."""
    cap = env_amount(MAX_UNZIPPED_ENV, DEFAULT_MAX_UNZIPPED)
    declared = sum(info.file_size for info in zf.infolist())
    if declared > cap:
        raise _bomb(path, f"declares {_mb(declared)} uncompressed", cap)
    inflated = 0
    try:
        for info in zf.infolist():
            with zf.open(info) as member:
                while chunk := member.read(1 << 20):
                    inflated += len(chunk)
                    if inflated > cap:
                        raise _bomb(path, f"inflates to more than {_mb(cap)}", cap)
                    tick(f"unpacking {info.filename}")
    except LoadError:
        raise
    except Exception:  # a bad CRC, zlib.error, an unknown compression method, an encrypted entry …
        raise LoadError(str(path), _DAMAGED_ZIP) from None


def _bomb(path: Path, what: str, cap: int) -> LoadError:
    return LoadError(str(path), f"ZIP package {what}, over the {_mb(cap)} limit (a ZIP bomb?); if it is a real "
                                f"document, raise the limit, e.g. {MAX_UNZIPPED_ENV}={cap * 4 // 1024 ** 2}M")


class _Full(Exception):
    """The text cap is reached: stop reading, keep what was read."""


class _CharBudget:
    def __init__(self, limit: int):
        self.limit, self.used, self.full = limit, 0, False

    def take(self, text: str) -> None:
        self.used += len(text) + 1
        if self.used > self.limit:
            self.full = True
            raise _Full


def _docx_blocks(container, lines: list[str], budget: _CharBudget) -> None:
    """Paragraphs and tables in document order; each table cell once (merged cells repeat)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        tick(f"paragraph {len(lines) + 1}")
        if isinstance(block, Table):
            seen = set()
            for row in block.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    _docx_blocks(cell, lines, budget)
        else:
            text = block.text
            budget.take(text)
            lines.append(text)


# ---------------------------------------------------------------- PDF

def read_pdf(path: Path, data: bytes) -> Raw:
    _check_pdf_streams(path, data)
    notes: list[str] = []
    try:
        text = _pdf_text(data, notes)
    except LoadError:
        raise
    except Exception as e:  # pdfminer raises many types (PSEOF, PDFSyntaxError, KeyError …) on damage
        name = type(e).__name__
        if "Password" in name or "Encrypt" in name:
            raise LoadError(str(path), "encrypted PDF: decrypt it first, e.g. `qpdf --decrypt --password=PW FILE out.pdf`") \
                from None
        raise LoadError(str(path), f"damaged or truncated PDF ({name}); repair or re-export it, "
                                   "e.g. `qpdf FILE repaired.pdf`") from None
    text = text.replace("\x0c", "\n")
    body = re.sub(r"\s", "", text)
    if len(body) < 10 and b"%%EOF" not in data[-2048:]:
        raise LoadError(str(path), "truncated PDF (no end marker) with no readable text: download or export it again")
    if len(body) < 10:
        raise LoadError(str(path), "scanned PDF (no text layer): run OCR first, e.g. `ocrmypdf -l chi_sim FILE out.pdf`")
    cid = len(re.findall(r"\(cid:\d+\)", text))
    if cid * 8 > len(body) * 0.2 or plausibility(text) < 0.5:
        raise LoadError(str(path), "PDF text layer cannot be decoded (fonts without a Unicode map): "
                                   "run OCR instead, e.g. `ocrmypdf --force-ocr -l chi_sim FILE out.pdf`")
    return Raw(text, "pdf", pdf_like=True, notes=notes)


def _pdf_text(data: bytes, notes: list[str]) -> str:
    """pdfminer's extract_text, a page at a time, to stop at the page and character caps (with a
    note) and to check the time budget between pages."""
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    max_pages = env_amount(MAX_PDF_PAGES_ENV, DEFAULT_MAX_PDF_PAGES)
    max_chars = env_amount(MAX_CHARS_ENV, DEFAULT_MAX_CHARS)
    out = io.StringIO()
    resources = PDFResourceManager(caching=True)
    device = TextConverter(resources, out, codec="utf-8", laparams=LAParams())
    interpreter = PDFPageInterpreter(resources, device)
    try:
        for n, page in enumerate(PDFPage.get_pages(io.BytesIO(data), caching=True), 1):
            if n > max_pages:
                notes.append(f"{TRUNCATED}read the first {max_pages:,} pages only ({MAX_PDF_PAGES_ENV}); "
                             "the rest of the PDF is left out")
                break
            tick(f"page {n}")
            interpreter.process_page(page)
            if out.tell() > max_chars:  # a StringIO's position counts characters
                notes.append(f"{TRUNCATED}stopped after page {n}, past {max_chars:,} characters of text "
                             f"({MAX_CHARS_ENV}); the rest of the PDF is left out")
                break
    finally:
        device.close()
    return out.getvalue()[:max_chars]


# a stream's data starts after the keyword and one end of line (PDF 32000-1 §7.3.8.1)
_STREAM = re.compile(rb"stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")


def _check_pdf_streams(path: Path, data: bytes) -> None:
    """pdfminer inflates each Flate stream it reads in one piece, so a small PDF can hold a
    decompression bomb.  Inflate every stream here first, in bounded steps and without keeping
    the output, and refuse the file when the streams pdfminer would read (images it does not
    decode are passed over) inflate past the cap."""
    cap = env_amount(MAX_UNZIPPED_ENV, DEFAULT_MAX_UNZIPPED)
    total = 0
    for k, m in enumerate(_STREAM.finditer(data)):
        if k % 100 == 0:
            tick(f"checking stream {k + 1}")
        if _is_image(data, m.start()):
            continue
        total += _inflated_size(data, m.end(), cap - total + 1)
        if total > cap:
            raise LoadError(str(path), f"its compressed text streams inflate to more than {_mb(cap)} "
                                       f"(a decompression bomb?); if it is a real document, raise the limit, "
                                       f"e.g. {MAX_UNZIPPED_ENV}={cap * 4 // 1024 ** 2}M")


def _is_image(data: bytes, stream_at: int) -> bool:
    # the stream's own dictionary lies between its object's "N 0 obj" and the keyword; a string
    # in it that holds "obj" only shortens the window, which errs towards checking the stream
    start = data.rfind(b"obj", max(0, stream_at - 4096), stream_at)
    return bool(_IMAGE.search(data, max(0, start), stream_at)) if start >= 0 else False


def _inflated_size(data: bytes, start: int, limit: int) -> int:
    """How many bytes the zlib stream at ``start`` inflates to, counted no further than ``limit``;
    what it inflated to before an error when no (intact) zlib stream starts there."""
    import zlib

    inflater = zlib.decompressobj()
    size, pos = 0, start
    try:
        while size <= limit and not inflater.eof:
            if inflater.unconsumed_tail:  # the last step's output was capped: go on with its input
                chunk = inflater.unconsumed_tail
            elif pos < len(data):
                chunk = data[pos:pos + 65536]
                pos += len(chunk)
            else:
                break
            size += len(inflater.decompress(chunk, 1 << 20))
    except zlib.error:  # not Flate data (another filter), or damaged: pdfminer has its say on it
        pass
    return size

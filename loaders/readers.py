"""Per-format readers: file bytes → raw text (+ title/date metadata).

Every refusal is a LoadError whose message says what to do with the file.  Readers only get
the words out in reading order, one paragraph (or table cell) per line; repairing them is
normalize.py's job.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

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
_CONVERT = "convert it with LibreOffice first: `soffice --headless --convert-to docx FILE`"


@dataclass
class Raw:
    text: str
    format: str
    encoding: str | None = None
    title: str | None = None
    date: str | None = None
    pdf_like: bool = False  # extracted from a page layout: letter-spacing and hard wraps expected


def max_bytes() -> int:
    """The size limit: FAZHI_MAX_BYTES when set (bytes, or with a k/M/G suffix), else 50 MB."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?", value)
    if not m:
        return DEFAULT_MAX_BYTES
    return int(float(m.group(1)) * {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}[m.group(2).lower()])


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
    try:
        root = lhtml.fromstring(text)
    except (etree.ParserError, ValueError) as e:
        raise LoadError(str(path), f"unreadable HTML ({e}); save the page again or as text") from None
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

    for bad in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        bad.drop_tree()
    body = root.find(".//body") if root.tag != "body" else root
    body = body if body is not None else root
    total = _cjk_len(body.text_content()) or 1
    furniture = set(word_list("html_boilerplate.txt"))
    for el in list(body.iter()):
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
    for el in body.iter():
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
    lines: list[str] = []
    buf: list[str] = []

    def flush():
        s = _squash("".join(buf))
        if s:
            lines.append(s)
        buf.clear()

    def walk(node):
        block = node.tag in _BLOCK_TAGS if isinstance(node.tag, str) else False
        if block:
            flush()
        if isinstance(node.tag, str) and node.text:
            buf.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(el)
    flush()
    return lines


def _squash(s: str) -> str:
    # HTML source wraps lines anywhere; a browser shows such a wrap between two CJK characters
    # as nothing worth keeping, and any other run of whitespace as one space
    s = s.replace("\xa0", " ").replace("\u3000", " ")
    s = re.sub(r"(?<=[\u3400-\u9fff，。、；：！？”）》])\s*\n\s*(?=[\u3400-\u9fff“（《])", "", s)
    return _WS.sub(" ", s).strip()


# ---------------------------------------------------------------- DOCX

def read_docx(path: Path, data: bytes) -> Raw:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        raise LoadError(str(path), "damaged ZIP/.docx package: re-save it from Word or LibreOffice") from None
    if "word/document.xml" not in names:
        kind = ("a spreadsheet (.xlsx)" if "xl/workbook.xml" in names else
                "a presentation (.pptx)" if "ppt/presentation.xml" in names else
                "an OpenDocument file: convert it with `soffice --headless --convert-to docx FILE`"
                if "content.xml" in names else "a ZIP archive")
        raise LoadError(str(path), f"not a text document ({kind}); supported: {SUPPORTED}")
    try:
        import docx

        d = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        _docx_blocks(d, lines)
    except LoadError:
        raise
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml errors … on damaged parts
        raise LoadError(str(path), f"damaged .docx ({type(e).__name__}); re-save it from Word or LibreOffice") from None
    core = (d.core_properties.title or "").strip()
    # templates leave titles such as "Microsoft Word - 模板.doc": trust one the text repeats
    title = core if core and any(core == ln.strip() for ln in lines[:10]) else None
    return Raw("\n".join(lines), "docx", title=title)


def _docx_blocks(container, lines: list[str]) -> None:
    """Paragraphs and tables in document order; each table cell once (merged cells repeat)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen = set()
            for row in block.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    _docx_blocks(cell, lines)
        else:
            lines.append(block.text)


# ---------------------------------------------------------------- PDF

def read_pdf(path: Path, data: bytes) -> Raw:
    try:
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        text = extract_text(io.BytesIO(data), laparams=LAParams())
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
    return Raw(text, "pdf", pdf_like=True)

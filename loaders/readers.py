"""Per-format readers: file → raw text (+ title/date metadata).  Errors say what to do."""
from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .encoding import decode, looks_binary
from .model import LoadError

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
HTML_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html"}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class Raw:
    text: str
    format: str
    encoding: str | None = None
    title: str | None = None
    date: str | None = None
    pdf_like: bool = False  # extracted from a page layout: letter-spacing and hard wraps expected


def max_bytes() -> int:
    try:
        return int(os.environ.get("FAZHI_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def read(path: Path, data: bytes) -> Raw:
    suffix = path.suffix.lower()
    if not data.strip():
        raise LoadError(str(path), "empty file: nothing to read")
    if len(data) > max_bytes():
        raise LoadError(str(path), f"file is {len(data) / 1e6:.0f} MB, over the {max_bytes() / 1e6:.0f} MB limit; "
                                   "split it, or raise the limit with FAZHI_MAX_BYTES=<bytes>")
    if suffix in (".doc", ".wps", ".wpt", ".dot"):
        raise LoadError(str(path), "old Word/WPS format is not read: convert it first, e.g. "
                                   "`soffice --headless --convert-to docx FILE`")
    if suffix == ".docx" or data[:4] == b"PK\x03\x04" and suffix not in TEXT_SUFFIXES:
        return read_docx(path, data)
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        return read_pdf(path, data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise LoadError(str(path), "old Office/WPS binary document: convert it to .docx first, e.g. "
                                   "`soffice --headless --convert-to docx FILE`")
    if looks_binary(data):
        raise LoadError(str(path), "binary file, not a text document (supported: .txt .md .html .docx .pdf)")
    try:
        text, enc = decode(data)
    except UnicodeError as e:
        raise LoadError(str(path), f"cannot decode text: {e}; save it as UTF-8") from None
    if suffix in HTML_SUFFIXES or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I):
        raw = read_html(path, text)
        raw.encoding = enc
        return raw
    return Raw(text, TEXT_SUFFIXES.get(suffix, "txt"), enc)


def read_html(path: Path, text: str) -> Raw:
    from lxml import html as lhtml

    from .dates import parse_any

    try:
        root = lhtml.fromstring(text)
    except Exception as e:  # lxml raises several unrelated types on garbage
        raise LoadError(str(path), f"unreadable HTML ({e})") from None
    meta = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or "").lower()
        if key and m.get("content"):
            meta[key] = m.get("content")
    title = meta.get("og:title") or meta.get("articletitle") or (root.findtext(".//title") or "").strip() or None
    date = None
    for k in ("article:published_time", "pubdate", "publishdate", "publish_date", "date", "dc.date", "firstpublishedtime"):
        date = date or parse_any(meta.get(k))
    for bad in root.xpath("//script|//style|//nav|//header|//footer|//aside|//noscript|//form|//iframe"):
        bad.drop_tree()
    main = (root.xpath("//article") or root.xpath("//*[@id='content' or @class='content' or contains(@class,'article')]")
            or root.xpath("//body") or [root])
    blocks = []
    for el in main[0].iter():
        if el.tag in ("p", "h1", "h2", "h3", "h4", "li", "td", "div", "br") and el.text and el.text.strip():
            blocks.append(el.text.strip())
        if el.tail and el.tail.strip():
            blocks.append(el.tail.strip())
    body = "\n".join(b for b in blocks)
    if not body.strip():
        body = main[0].text_content()
    return Raw(body, "html", title=title, date=date)


def read_docx(path: Path, data: bytes) -> Raw:
    try:
        import docx

        d = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise LoadError(str(path), f"not a readable .docx ({type(e).__name__}); re-save it from Word or LibreOffice") from None
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append(" ".join(c.text.strip() for c in row.cells if c.text.strip()))
    title = (d.core_properties.title or "").strip() or None
    return Raw("\n".join(parts), "docx", title=title)


def read_pdf(path: Path, data: bytes) -> Raw:
    try:
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(data))
    except Exception as e:
        raise LoadError(str(path), f"damaged PDF ({type(e).__name__}); repair or re-export it (e.g. `qpdf FILE out.pdf`)") from None
    if len(re.sub(r"\s", "", text)) < 10:
        raise LoadError(str(path), "PDF has no text layer (scanned?): run OCR first, e.g. `ocrmypdf FILE out.pdf`")
    return Raw(text.replace("\x0c", "\n"), "pdf", pdf_like=True)

"""Files → Documents: the loaders' public API.

    iter_documents(paths)  streams Document or LoadError per file; a bad file never stops a run
    load_document(path)    one file; raises LoadError with what to do
    document_from_text(s)  the same normalisation on a string (tests, notebooks)
"""
from __future__ import annotations

import glob
import hashlib
import os
from pathlib import Path
from typing import Iterable, Iterator

from . import compilation, normalize
from .dates import article_date
from .lexicon_files import word_list
from .model import Article, Document, LoadError, Sentence
from .readers import Raw, read
from .script import to_simplified
from .sentences import split_sentences


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | LoadError]:
    """Files, directories (recursively, sorted, hidden entries skipped) and glob patterns."""
    for p in paths:
        p = str(p)
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield Path(root) / f
        elif path.is_file():
            yield path
        elif any(c in p for c in "*?["):
            hits = sorted(glob.glob(p, recursive=True))
            if not hits:
                yield LoadError(p, "no file matches this pattern")
            for h in hits:
                if Path(h).is_file() and not Path(h).name.startswith("."):
                    yield Path(h)
        else:
            yield LoadError(p, "no such file or directory")


def load_document(path: str | os.PathLike) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(str(path), f"cannot read: {e.strerror}") from None
    raw = read(path, data)
    return build(raw, path=str(path), name=path.name, content_hash=hashlib.sha256(data).hexdigest())


def iter_documents(paths: Iterable[str | os.PathLike]) -> Iterator[Document | LoadError]:
    for p in iter_paths(paths):
        if isinstance(p, LoadError):
            yield p
            continue
        try:
            yield load_document(p)
        except LoadError as e:
            yield e
        except Exception as e:  # a reader bug must not end a long run: report it against the file
            yield LoadError(str(p), f"unexpected error while reading ({type(e).__name__}: {e})")


def document_from_text(text: str, name: str = "inline.txt", format: str = "txt") -> Document:
    return build(Raw(text, format, "utf-8"), path=name, name=name,
                 content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _cut_trailer(lines: list[str]) -> tuple[list[str], bool]:
    marks = word_list("trailers.txt")
    for i, ln in enumerate(lines):
        if ln.strip().startswith(marks):
            return lines[:i], True
    return lines, False


def _pick_title(paras: list[str]) -> int | None:
    cues = word_list("title_cues.txt")
    cands = [i for i, p in enumerate(paras[:8])
             if 4 <= len(p) <= 60 and not p.endswith(normalize.TERMINAL) and "，" not in p and "," not in p]
    for i in cands:
        if any(c in paras[i] for c in cues):
            return i
    return cands[0] if cands and cands[0] == 0 else None


def _sentences(paras: list[str]) -> tuple[str, list[Sentence]]:
    text = "\n".join(paras)
    out, pos = [], 0
    for i, p in enumerate(paras):
        for s, e in split_sentences(p):
            out.append(Sentence(p[s:e], pos + s, pos + e, i))
        pos += len(p) + 1
    return text, out


def build(raw: Raw, path: str, name: str, content_hash: str) -> Document:
    notes: list[str] = []
    text, script = to_simplified(raw.text.replace("\r\n", "\n").replace("\r", "\n"))
    if script == "traditional":
        notes.append("converted Traditional→Simplified")
    lines, cut = _cut_trailer(text.split("\n"))
    if cut:
        notes.append("cut web trailer")
    lines = [normalize.undouble(normalize.despace(ln)) for ln in lines]
    hard = raw.pdf_like or normalize.is_hard_wrapped(lines)
    if hard:
        notes.append("joined hard-wrapped lines")
    sections = compilation.split("\n".join(lines))
    if sections:
        notes.append(f"split compilation into {len(sections)} articles")
    else:
        sections = compilation.split_bylines("\n".join(lines))
        if sections:
            notes.append(f"split into {len(sections)} articles at their bylines")
        else:
            sections = [compilation.Section(None, lines)]
    articles: list[Article] = []
    dropped_total = 0
    for sec in sections:
        paras = normalize.join_lines(sec.lines, hard)
        paras, dropped = normalize.dedupe(paras)
        dropped_total += dropped
        title = sec.title
        if title is None:
            i = _pick_title(paras)
            if i is not None:
                title = paras.pop(i)
        date, source = (sec.date, "dateline") if sec.date else article_date(paras)
        if date is None and raw.date:
            date, source = raw.date, "metadata"
        body, sents = _sentences(paras)
        articles.append(Article(title=title, text=body, paragraphs=paras, sentences=sents, author=sec.author,
                                date=date, date_source=source, kicker=sec.kicker, index=len(articles)))
    if dropped_total:
        notes.append(f"dropped {dropped_total} repeated paragraph(s)")
    title = raw.title or (articles[0].title if len(articles) == 1 else None)
    return Document(path=path, name=name, format=raw.format, encoding=raw.encoding, script=script,
                    content_hash=content_hash, articles=articles, title=title, date=raw.date, notes=notes)

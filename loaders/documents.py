"""Files → Documents: the loaders' public API.

    iter_paths(paths)      files, directories (recursive, sorted, hidden skipped) and globs
    iter_documents(paths)  streams Document or LoadError per file; a bad file never stops a run
    load_document(path)    one file; raises LoadError with what to do
    document_from_text(s)  the same normalisation on a string (tests, notebooks)

The order of the steps matters (../shared/research/nlp.md §5, §7.10): decode → T→S → cut the
web trailer → per line de-space and un-double → split the compilation → per article join
lines, de-duplicate paragraphs, then split sentences.
"""
from __future__ import annotations

import glob
import hashlib
import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from . import compilation, normalize
from .dates import article_date, date_line, head_date, labelled_date
from .lexicon_files import word_list
from .model import Article, Document, LoadError, Sentence
from .readers import DATA_SUFFIXES, Raw, check_size, read
from .script import to_simplified
from .sentences import split_sentences

__all__ = ["document_from_text", "iter_documents", "iter_paths", "load_document"]


def _hidden(part: str) -> bool:
    return part.startswith(".") and part not in (".", "..")


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | LoadError]:
    """Files, directories (recursively, sorted, hidden entries and data files skipped) and glob
    patterns, each file once; a path that matches nothing is yielded as a LoadError."""
    seen: set[Path] = set()

    def once(p: Path) -> Iterator[Path]:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            yield p

    def walk(d: Path) -> Iterator[Path]:
        for root, dirs, files in os.walk(d):
            dirs[:] = sorted(x for x in dirs if not _hidden(x))
            for f in sorted(files):
                # in a folder, data beside the documents (gold annotations, tables) is passed over;
                # named on its own it is refused with a message
                if not _hidden(f) and Path(f).suffix.lower() not in DATA_SUFFIXES:
                    yield from once(Path(root) / f)

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
                elif hp.is_file():
                    yield from once(hp)
        elif path.exists():
            yield LoadError(p, "not a regular file (a device, socket or pipe): copy its content to a file")
        else:
            yield LoadError(p, "no such file or directory")


def load_document(path: str | os.PathLike, max_bytes: int | None = None) -> Document:
    """One file → Document.  Raises LoadError(path, problem) saying what to do.

    ``max_bytes`` overrides the size limit (default 50 MB, or FAZHI_MAX_BYTES)."""
    path = Path(path)
    try:
        check_size(path, path.stat().st_size, max_bytes)
        data = path.read_bytes()
    except IsADirectoryError:
        raise LoadError(str(path), "is a directory: pass it to iter_documents() to read the files in it") from None
    except OSError as e:
        raise LoadError(str(path), f"cannot read it ({e.strerror or e}): check the path and its permissions") from None
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
    for i in range(len(lines) * 2 // 3 if len(lines) > 30 else 0, len(lines)):
        if lines[i].strip().startswith(marks):
            return lines[:i], len(lines) - i
    return lines, 0


# a navigation or breadcrumb line: three or more short items between | > ＞ » or ›
_NAV = re.compile(r"^\s*[^|>＞»›]{1,10}(?:\s*[|>＞»›]\s*[^|>＞»›]{1,10}){2,}\s*$")


def _drop_chrome(paras: list[str]) -> list[str]:
    """Leave out a saved web page's furniture above the article (navigation, breadcrumbs, font-size
    and share lines); a line that carries the date stays, the date is read from it later."""
    head = []
    for i, p in enumerate(paras[:10]):
        if _NAV.match(p) or (p.lstrip().startswith(word_list("page_chrome.txt")) and head_date(p) is None
                             and not labelled_date(p)):
            head.append(i)
    return [p for i, p in enumerate(paras) if i not in head] if head else paras


def _pick_title(paras: list[str]) -> tuple[int, int] | None:
    """The lines [i, j) of the document's own title among its first lines: the first title-like line
    that names a genre (报告, 通知 …), else a title-like first line followed by prose; a ——subtitle
    line belongs to the headline above it."""
    cues = word_list("title_cues.txt")
    not_title = word_list("not_title.txt")
    cands = [i for i, p in enumerate(paras[:8]) if 4 <= len(p) <= 60 and normalize.title_like(p, 60)
             and not date_line(p) and not (len(p) <= 25 and any(w in p for w in not_title))
             and not p.startswith(("■", "□"))]
    found = next((i for i in cands if any(c in paras[i] for c in cues)), None)
    if found is None and len(paras) > 1 and (cands and cands[0] == 0 or _subtitle(paras, 1)):
        found = 0
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
    if (last in undoubled or normalize.title_like(last, 24)) and not date_line(last) \
            and not last.endswith(word_list("signature_endings.txt")) and normalize.ends_sentence(prev) \
            and not any(w in last for w in word_list("not_title.txt")):
        return last, None, 1
    return None


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
    text = normalize.clean_chars(raw.text)
    if not text.strip():
        raise LoadError(path, "no text in it (empty after decoding): check that it is the right file")
    text, script = to_simplified(text)
    if script == "traditional":
        notes.append("converted Traditional→Simplified")
    text, readings = normalize.strip_pinyin(text)
    if readings:
        notes.append(f"removed {readings} inline pinyin readings")
    lines, cut = _cut_trailer(text.split("\n"))
    if cut:
        notes.append(f"cut web trailer ({cut} lines)")

    spaced = sum(1 for ln in lines if normalize.is_letter_spaced(ln))
    lines = [normalize.despace(ln) for ln in lines]
    undoubled: set[str] = set()
    for i, ln in enumerate(lines):
        u = normalize.undouble(ln)
        if u != ln:
            undoubled.add(u)
            lines[i] = u
    hard = raw.pdf_like or normalize.is_hard_wrapped(lines)
    if hard:
        kept = [ln for ln in lines if not normalize.is_page_number(ln)]
        if len(kept) < len(lines):
            notes.append(f"dropped {len(lines) - len(kept)} page-number line(s)")
            lines = kept
    if spaced:
        notes.append(f"removed letter-spacing on {spaced} line(s)")
    if undoubled:
        notes.append(f"undoubled {len(undoubled)} fake-bold line(s)")

    joined = "\n".join(lines)
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
        paras, glued = normalize.join_lines(sec.lines, hard)
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
        if date is None and raw.date:
            date, source = raw.date, "metadata"
        body, sents = _sentences(paras)
        articles.append(Article(title=title, text=body, paragraphs=paras, sentences=sents, author=sec.author,
                                date=date, date_source=source, kicker=sec.kicker, index=len(articles)))
    if not any(a.text for a in articles) and not any(a.title for a in articles):
        raise LoadError(path, "no text in it after normalisation: check that it is the right file")
    if hard and glued_total:
        notes.append(f"joined {glued_total} hard-wrapped line break(s)")
    elif glued_total:
        notes.append(f"joined {glued_total} broken line(s)")
    if dropped_total:
        notes.append(f"dropped {dropped_total} repeated paragraph(s)")
    if len(articles) == 1 and articles[0].title is None and raw.title:
        articles[0].title = raw.title
    title = raw.title or (articles[0].title if len(articles) == 1 else None)
    return Document(path=path, name=name, format=raw.format, encoding=raw.encoding, script=script,
                    content_hash=content_hash, articles=articles, title=title, date=raw.date, notes=notes)

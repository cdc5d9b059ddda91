"""One stream of documents: paths → documents → facts, in the order given, on one or more worker processes.

Every command that reads and extracts files goes through here: `fazhi extract`, `fazhi eval`
(extract.evaluate), `fazhi load` (graph/load.py) and the notebooks. A file that cannot be read, whose
extraction fails or runs past its time cap (FAZHI_READ_SECONDS, FAZHI_EXTRACT_SECONDS), or whose worker
process dies, comes out as one LoadError naming it, in its place, and the other files go on.

    extract_paths(paths)    files, folders (recursively) and globs, as iter_paths walks them
    extract_each(items)     file paths, Documents already read, or LoadErrors to pass on in their place

Each yields one Extracted per file, in the order of the input whatever the number of workers.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .model import Document, Fact, LoadError
from .pool import ordered
from .progress import progress as bar
from .readers import TRUNCATED

Extractor = Callable[[Document], list[Fact]]
Rows = Callable[[Document, list[Fact]], object]


@dataclass
class Extracted:
    """One file of the stream: its document and facts, or the LoadError that says why it has none."""

    path: str
    document: Document | None = None
    facts: list[Fact] = field(default_factory=list)
    error: LoadError | None = None
    rows: object = None  # what extract_each's ``rows`` made of the facts, in their place

    @property
    def truncated(self) -> list[str]:
        """What the reader left out of the file (a PDF past the page cap …), one note each."""
        return truncation_notes(self.document) if self.document is not None else []


def truncation_notes(document: Document) -> list[str]:
    """The notes of a document that say a reader left part of the file out."""
    return [n[len(TRUNCATED):] for n in document.notes if n.startswith(TRUNCATED)]


def _default_extract(document: Document) -> list[Fact]:
    # looked up at each call rather than imported once, so that whoever replaces the package's extract()
    # (a test, a notebook) replaces it for the stream too
    from . import extract as extract_package

    return extract_package.extract(document)


def extract_document(document: Document, extract: Extractor | None = None) -> list[Fact]:
    """``extract(document)`` (default: the extractor) under the per-file time cap (FAZHI_EXTRACT_SECONDS);
    any failure becomes a LoadError naming this one file."""
    from .readers import DEFAULT_EXTRACT_SECONDS, EXTRACT_SECONDS_ENV, env_seconds, within_time

    seconds = env_seconds(EXTRACT_SECONDS_ENV, DEFAULT_EXTRACT_SECONDS)
    try:
        # the time cap's watchdog needs the main thread: each worker process runs its jobs there
        return within_time(document.path, "extraction", seconds, EXTRACT_SECONDS_ENV,
                           extract or _default_extract, document)
    except LoadError:
        raise
    except Exception as e:  # an extractor bug (or MemoryError) on one file must not end the run
        raise LoadError(document.path, f"extraction failed ({type(e).__name__}: {e}); "
                                       "please report it with the file") from None


def without_text(document: Document) -> Document:
    """The document without its articles' text, paragraphs and sentences (titles, dates and the rest kept):
    what a caller that keeps only the facts and the document's own fields needs (graph/load.py). From a worker
    process the document comes back pickled, and its text is most of the pickle (10 MB bench corpus: 47.5 MB
    with the facts, 16 MB without the text), all of it unpickled in the parent, which also writes the graph."""
    return dataclasses.replace(document, articles=[dataclasses.replace(a, text="", paragraphs=[], sentences=[])
                                                   for a in document.articles])


def _work(job: tuple[str | Document, Extractor | None, bool, Rows | None]) -> Extracted:
    """Read (when given a path) and extract one file: one job, in this process or a worker."""
    from .documents import load_document

    item, extract, keep_text, rows = job
    if isinstance(item, Document):
        document = item
    else:
        try:
            document = load_document(item)
        except LoadError as e:
            return Extracted(str(item), error=e)
        except Exception as e:  # a reader bug must not end a long run: report it against the file
            return Extracted(str(item), error=LoadError(str(item), f"unexpected error while reading "
                                                                   f"({type(e).__name__}: {e}); please report it "
                                                                   "with the file"))
    try:
        facts = extract_document(document, extract)
    except LoadError as e:
        return Extracted(document.path, error=e)
    if rows is not None:
        # made here, in the worker that made the facts, and sent instead of them: the process that collects
        # the results (graph/load.py, which also writes the graph) then does no work per fact
        made = rows(document, facts)
        return Extracted(document.path, document if keep_text else without_text(document), rows=made)
    return Extracted(document.path, document if keep_text else without_text(document), facts)


def _warm() -> None:
    """Build the extractor's shared tables (the spaCy pipeline, the gazetteer, the lexicons, the cue automata)
    in this process, before worker processes fork from it: each worker then extracts from its first file on,
    sharing the tables copy-on-write, instead of building its own (about 0.5 s of CPU each, on cores the
    other workers and the graph writer need)."""
    import multiprocessing

    if multiprocessing.get_context().get_start_method() != "fork":
        return  # spawned workers start afresh: warming this process would only cost time
    from .documents import document_from_text
    from .extract.pipeline import extract

    # the pipeline's own extract, not the package's name (_default_extract): one a test put there may count calls
    extract(document_from_text("2021年，烟台市在全省率先推行“综合查一次”。"))


def _died(job: tuple[str | Document, Extractor | None, bool, Rows | None]) -> Extracted:
    item = job[0]
    path = item.path if isinstance(item, Document) else str(item)
    return Extracted(path, error=LoadError(path, "the worker process reading it died (killed, out of memory or "
                                                 "crashed); try it alone: `fazhi inspect FILE`"))


def extract_each(items: Iterable[str | os.PathLike | Document | LoadError], extract: Extractor | None = None,
                 workers: int = 1, progress: bool | None = None, desc: str = "extracting",
                 keep_text: bool = True, rows: Rows | None = None) -> Iterator[Extracted]:
    """One Extracted per item, in their order: a path is read then extracted, a Document extracted, a
    LoadError passed on as the error of its file.

    ``extract(document) -> facts`` replaces the extractor; with ``workers`` > 1 it must pickle (a
    module-level function, or functools.partial of one). ``progress``: a bar on stderr (None: when stderr
    is a terminal and there are more than a few files). ``keep_text=False``: each document comes back
    without its articles' text (without_text). ``rows(document, facts)`` (picklable, as ``extract``): run
    where the facts are made, its result comes back as Extracted.rows, and the facts do not come back.
    Closing the iterator early stops the workers."""
    items = [i if isinstance(i, (Document, LoadError)) else str(i) for i in items]
    jobs = [(i, extract, keep_text, rows) for i in items if not isinstance(i, LoadError)]
    parallel = workers > 1 and len(jobs) > 1
    if parallel and extract is None:
        _warm()
    results = ordered(_work, jobs, workers, _died) if parallel else map(_work, jobs)

    def merged() -> Iterator[Extracted]:
        for i in items:
            yield Extracted(i.path, error=i) if isinstance(i, LoadError) else next(results)

    try:
        yield from bar(merged(), total=len(items), desc=desc, enabled=progress)
    finally:
        if hasattr(results, "close"):
            results.close()  # a stopped run shuts its worker pool down


def extract_paths(paths: Iterable[str | os.PathLike] | str | os.PathLike, extract: Extractor | None = None,
                  workers: int = 1, progress: bool | None = None, desc: str = "extracting") -> Iterator[Extracted]:
    """One Extracted per file of ``paths`` (files, folders read recursively, globs: see iter_paths), in the
    order iter_paths gives them; a path that names nothing is a LoadError in its place. See extract_each."""
    from .documents import iter_paths

    # only names are listed up front: the bar knows its total, the files are read by the workers
    yield from extract_each(list(iter_paths(paths)), extract, workers, progress, desc)

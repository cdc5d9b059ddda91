"""files → loaders → extraction → store, idempotently.

A file whose content hash is already stored is unchanged and not even extracted; a file at a
known path with a new hash replaces its old document (old facts removed first).  Documents are
written in batches inside transactions, so an interrupted load leaves only whole documents and the next
load finishes the job; a write that fails for want of space or permission ends the load with one
StoreError line (tests/test_durability.py).

A batch is written on a thread of its own while the next one is extracted, and batches grow as writing
gets dearer. On Ladybug a commit is a checkpoint that rewrites the relationship columns of every node
group the transaction touched, so its cost grows with the graph more than with what was written (bench
corpus: into a graph of 2,200 documents, a batch of 10 documents costs 0.7 s of checkpoint, 50 cost 1.3 s,
570 cost 4 s; into one of 27,600, 10 cost 2 s, 3,000 cost 5–8 s). So a store that can (Ladybug: hold,
commit) keeps one transaction open across batches and commits it every COMMIT_SECONDS and at the end:
a load of the 10 MB bench corpus commits once, and an interrupted load loses at most the work since
its last commit. With fixed 50-document batches, each its own commit, the checkpoints were three
quarters of a load, and a load grew quadratically with the corpus.
"""
from __future__ import annotations

import functools
import glob
import hashlib
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from fazhi.loaders.model import Document, Fact, LoadError

from .rows import Batch, document_batch
from .store import open_store


@dataclass
class LoadSummary:
    loaded: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: int = 0
    facts: int = 0
    errors: list[LoadError] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, note): a file read only in part
    passed_over: list[str] = field(default_factory=list)  # data files (.csv, .jsonl …) in the folders, not read

    def as_dict(self) -> dict:
        return {"loaded": self.loaded, "unchanged": self.unchanged, "replaced": self.replaced,
                "skipped": self.skipped, "facts": self.facts}


def _fingerprint() -> str:
    from fazhi.loaders.extract.pipeline import fingerprint

    return fingerprint()


def _hash(path: Path) -> str | None:
    """The file's content hash, or None when it cannot be read (reading it again reports why);
    read_file never opens a FIFO or a device and stops at the size cap."""
    from fazhi.loaders.documents import read_file

    try:
        return hashlib.sha256(read_file(path)).hexdigest()
    except LoadError:
        return None


def _document_rows(extractor: str | None, document: Document, facts: list[Fact]) -> Batch:
    """A document's graph rows, made by the stream's worker that extracted it (loaders/stream.py ``rows``): the
    places' divisions, ancestors and seats are looked up there, on the workers' cores, and the loading process
    only adds the rows up and writes them. On the 5 MB bench corpus (1,383 documents) that process's CPU per
    document went from 0.39 ms (unpickling the facts, building their rows) to 0.10 ms (unpickling the rows,
    adding them up); the workers' own grew by about as much (the rows pickle to 8.3 MB against 6.3)."""
    document.path = os.path.abspath(document.path)
    return document_batch(document, facts, extractor)


def _warm_rows() -> None:
    """The division seats the rows need (loaders/coordinates.py), read here before the workers fork from this
    process, as the extractor's tables are (loaders/stream.py _warm): each worker would read them again."""
    import multiprocessing

    if multiprocessing.get_context().get_start_method() == "fork":
        from fazhi.loaders.coordinates import seat_of

        seat_of("110000")


@contextmanager
def _write_errors(store, kept: str):
    """A write to the embedded graph that fails for want of space or permission becomes one StoreError
    naming the graph, the problem, what is kept (a batch is one transaction: whole or not at all) and
    what to do; any other error goes on as it was."""
    try:
        yield
    except (RuntimeError, OSError) as e:
        if getattr(store, "kind", None) != "ladybug":
            raise
        from .io_errors import NoSpace, write_error

        err = write_error(store.path, e)
        if err is None:
            raise
        then = ("make room, then run the same command again" if isinstance(err, NoSpace)
                else "make it writable or give another --db, then run the same command again")
        raise type(err)(f"{err}; {kept}: {then}") from None


# A batch closes once it has at least `batch_size` documents, the writer is free, and it has been
# collecting for COLLECT_PER_WRITE times as long as the last write took: writing then costs at most about
# 1/(1 + COLLECT_PER_WRITE) of the time, on another core, however dear a commit gets as the graph grows.
COLLECT_PER_WRITE = 6
# ... but never more documents than this in one batch (memory, and what an interrupted load loses): past
# it the load waits for the writer
MAX_BATCH_DOCUMENTS = 3000
# A held transaction (a store with hold/commit) is committed once it has been open this long, or has taken
# this many documents, and at the end of the load: what an interrupted load may lose, and the engine's
# memory for uncommitted rows, stay bounded, while commits (checkpoints, dearer as the graph grows) stay
# few. Each commit is also at least COLLECT_PER_WRITE times as far from the last as that one took.
COMMIT_SECONDS = 60.0
COMMIT_DOCUMENTS = 10000


class _Writer:
    """Writes batches one at a time, in order, on a thread of its own, so that reading and extraction go on
    while the store writes (the embedded engine releases Python's lock while it copies and commits). Until
    `join`, only this thread uses the store."""

    def __init__(self, store):
        self.store = store
        self.last_s = 0.0  # how long the last write took
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        # a store that can keep one transaction open across batches (Ladybug) commits only now and then
        self.holds = callable(getattr(store, "hold", None)) and callable(getattr(store, "commit", None))
        self._held_since: float | None = None  # when the held transaction began; None: none is held
        self._held_documents = 0
        self._commit_s = 0.0  # how long the last commit took
        self._writes = 0

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def submit(self, batch: Batch, old_ids: list[str], last: bool = False) -> None:
        """Write `batch` (after forgetting `old_ids`, the documents it replaces) once the previous write is done;
        an error of that write is raised here. `last`: the load's last batch, after which a held transaction
        is committed."""
        self.wait()
        self._thread = threading.Thread(target=self._write, args=(batch, old_ids, last), name="fazhi-writer",
                                        daemon=True)
        self._thread.start()

    def _write(self, batch: Batch, old_ids: list[str], last: bool = False) -> None:
        started = time.monotonic()
        try:
            with _write_errors(self.store, "what was committed before is kept, whole documents only"):
                # the first batch (batch_size documents) is a transaction of its own: a fresh graph's first
                # checkpoint stays small, as the engine fails to reopen a graph killed inside a long one
                if self.holds and self._held_since is None and not last and self._writes:
                    self.store.hold()
                    self._held_since, self._held_documents = started, 0
                if old_ids:
                    self.store.forget(old_ids)
                if batch.documents:
                    self.store.write_batch(batch)
                self._held_documents += len(batch.documents)
                self._writes += 1
                if self._held_since is not None and (
                        last or self._held_documents >= COMMIT_DOCUMENTS
                        or started - self._held_since >= max(COMMIT_SECONDS, COLLECT_PER_WRITE * self._commit_s)):
                    self._commit()
        except BaseException as e:  # raised in the loading thread, at its next submit or wait
            self._held_since = None  # the store rolled the held transaction back
            self._error = e
        self.last_s = time.monotonic() - started

    def _commit(self) -> None:
        started = time.monotonic()
        self._held_since = None
        self.store.commit()
        self._commit_s = time.monotonic() - started

    def finish(self) -> None:
        """After an interrupted load (the loading thread's error, Ctrl-C): wait for the write in progress, then
        commit what the held transaction has (whole documents), so the work done is kept as it would be without
        a held transaction; after a failed write there is nothing held to commit."""
        self.join()
        if self._held_since is not None and self._error is None:
            with _write_errors(self.store, "what was committed before is kept, whole documents only"):
                self._commit()

    def failed(self) -> bool:
        return self._error is not None

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def wait(self) -> None:
        """Wait for the write in progress; raise its error, if it failed."""
        self.join()
        if self._error is not None:
            e, self._error = self._error, None
            raise e


def load(paths: Iterable[str], db: str | None = None, neo4j: str | None = None, workers: int = 1,
         progress: bool | None = None, extract: Callable[[Document], list[Fact]] | None = None,
         documents: Callable[[Iterable[str]], Iterable[Document | LoadError]] | None = None,
         batch_size: int = 50, store=None) -> LoadSummary:
    """Load PATHS into the store at ``db`` / ``neo4j``, or into an already open ``store`` (left open).

    ``extract(document) -> facts`` replaces the extractor; its facts are written as they are, so the kind and
    place of a body and the kind, level and conferring body of an award come from their ENTITY records
    (fazhi.loaders.extract.resolve_entities.resolve completes bare ones). ``documents(paths)`` replaces the file
    readers and yields Documents or LoadErrors (e.g. hand-built fixtures, or another source).  With
    ``documents=`` the documents are read up front in this process and only extraction is spread
    over the workers; both callables must be picklable (module-level) when workers > 1. Reading and
    extraction are the loaders' stream of documents (loaders/stream.py), which keeps the order of the files.
    """
    from fazhi.loaders.documents import iter_paths
    from fazhi.loaders.stream import extract_each

    summary = LoadSummary()
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    if documents is None:
        summary.passed_over = passed_over(paths)
    own = store is None
    writer = None
    store = store or open_store(db=db, neo4j=neo4j)
    try:
        # facts made by a custom or an older extractor are not reused by this one
        version = None if extract is not None else _fingerprint()
        known = {d["id"]: d for d in store.documents()}
        by_path = {d["path"]: d["id"] for d in known.values()}
        todo: list = []
        seen: set[str] = set()
        # files are hashed before they are parsed, so an unchanged file costs one read and no parsing
        # (documents from a documents= callable carry their hash already)
        source = documents(paths) if documents is not None else iter_paths(paths)
        for p in source:
            if isinstance(p, LoadError):
                summary.skipped += 1
                summary.errors.append(p)
                continue
            h = p.content_hash if isinstance(p, Document) else _hash(p)
            if (h in known and known[h].get("extractor") == version) or h in seen:
                summary.unchanged += 1
                continue
            if h:
                seen.add(h)
            todo.append(p if isinstance(p, Document) else str(p))
        if workers > 1 and len(todo) > 1:
            _warm_rows()
        # the graph keeps no text: documents come back from the workers without it (less to pickle)
        results = extract_each(todo, extract, workers, progress, desc="loading", keep_text=False,
                               rows=functools.partial(_document_rows, version))
        batch, old_ids = Batch(), []
        writer = _Writer(store)
        opened = time.monotonic()  # when the batch being collected was begun

        def due() -> bool:
            if writer.failed():
                writer.wait()  # raises the write's error now, not after the next batch's worth of extraction
            n = len(batch.documents)
            if n >= MAX_BATCH_DOCUMENTS:
                return True
            return (n >= batch_size and not writer.busy()
                    and time.monotonic() - opened >= COLLECT_PER_WRITE * writer.last_s)

        def flush(last: bool = False):
            nonlocal batch, old_ids, opened
            if batch.documents or old_ids or last:
                writer.submit(batch, old_ids, last)
            batch, old_ids, opened = Batch(), [], time.monotonic()

        try:
            for r in results:
                if r.error is not None:
                    summary.skipped += 1
                    summary.errors.append(r.error)
                    continue
                item = r.document
                summary.warnings += [(item.path, note) for note in r.truncated]
                item.path = os.path.abspath(item.path)
                old = by_path.get(item.path)
                if item.content_hash in known:  # same file, facts from another extractor
                    old_ids.append(item.content_hash)
                    summary.replaced += 1
                elif old and old != item.content_hash:
                    old_ids.append(old)
                    summary.replaced += 1
                else:
                    summary.loaded += 1
                batch.absorb(r.rows)
                summary.facts += r.rows.documents[-1]["facts"]
                if due():
                    flush()
            flush(last=True)
            writer.wait()
        finally:
            results.close()  # a stopped run shuts its worker pool down
            # the store is closed (or handed back) only after the write in progress ends, and with what a held
            # transaction has committed
            writer.finish()
    finally:
        # a second Ctrl-C can cut the wait for the writer short: its connection is then left to the process's
        # end (an unfinished transaction is rolled back when the graph next opens), not closed under it
        if own and not (writer is not None and writer.busy()):
            store.close()
    return summary


def matching_documents(documents: list[dict], names_or_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """The ids of the documents named (by file name, path or id), and the names that matched none."""
    ids, unmatched = [], []
    for w in dict.fromkeys(names_or_ids):
        hit = [d["id"] for d in documents
               if w in (d["id"], d["name"], d["path"]) or d["path"] == os.path.abspath(w)]
        if hit:
            ids += [i for i in hit if i not in ids]
        else:
            unmatched.append(w)
    return ids, unmatched


def passed_over(paths: Iterable[str]) -> list[str]:
    """The data files (loaders.readers.DATA_SUFFIXES: .csv, .tsv, .json, .jsonl …) that reading the folders
    among `paths` passes over, as iter_paths walks them (hidden entries aside)."""
    from fazhi.loaders.readers import DATA_SUFFIXES

    out = []
    for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths):
        p = os.path.expanduser(str(p))
        if os.path.isdir(p):
            dirs = [p]
        elif any(c in p for c in "*?["):
            dirs = [h for h in sorted(glob.glob(p, recursive=True)) if os.path.isdir(h)]
        else:
            dirs = []
        for d in dirs:
            for root, sub, files in os.walk(d):
                sub[:] = sorted(x for x in sub if not x.startswith("."))
                out += [os.path.join(root, f) for f in sorted(files)
                        if not f.startswith(".") and os.path.splitext(f)[1].lower() in DATA_SUFFIXES]
    return out


def forget(names_or_ids: Iterable[str], db: str | None = None, neo4j: str | None = None) -> int:
    """Remove documents (by file name, path or id) and the facts only they support."""
    store = open_store(db=db, neo4j=neo4j)
    try:
        ids, _ = matching_documents(store.documents(), names_or_ids)
        with _write_errors(store, "the forget was applied whole or not at all"):
            return store.forget(ids) if ids else 0
    finally:
        store.close()

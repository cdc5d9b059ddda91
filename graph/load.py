"""files → loaders → extraction → store, idempotently.

A file whose content hash is already stored is unchanged and not even extracted; a file at a
known path with a new hash replaces its old document (old facts removed first).  Documents are
written in batches; each batch's Document nodes are written last, so an interrupted load leaves
only whole documents and the next load finishes the job.
"""
from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from fazhi.loaders.model import Document, Fact, LoadError

from .rows import Batch, add_document
from .store import open_store


@dataclass
class LoadSummary:
    loaded: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: int = 0
    facts: int = 0
    errors: list[LoadError] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"loaded": self.loaded, "unchanged": self.unchanged, "replaced": self.replaced,
                "skipped": self.skipped, "facts": self.facts}


def _default_extract(doc: Document) -> list[Fact]:
    from fazhi.loaders.extract import extract

    return extract(doc)


def _extract_one(doc: Document, extract: Callable | None) -> tuple[Document | LoadError, list[Fact]]:
    try:
        return doc, (extract or _default_extract)(doc)
    except Exception as e:  # one document's extraction bug must not end a long run
        return LoadError(doc.path, f"extraction failed ({type(e).__name__}: {e})"), []


def _work(args: tuple[str, Callable | None]) -> tuple[Document | LoadError, list[Fact]]:
    """Load and extract one file (runs in a worker process when --workers > 1)."""
    from fazhi.loaders.documents import load_document

    path, extract = args
    try:
        doc = load_document(path)
    except LoadError as e:
        return e, []
    except Exception as e:  # report against the file, keep the run going
        return LoadError(path, f"unexpected error while reading ({type(e).__name__}: {e})"), []
    return _extract_one(doc, extract)


def _work_document(args: tuple[Document, Callable | None]) -> tuple[Document | LoadError, list[Fact]]:
    """Extract one already-read document (documents came from a ``documents=`` callable)."""
    return _extract_one(*args)


def _fingerprint() -> str:
    from fazhi.loaders.extract.pipeline import fingerprint

    return fingerprint()


def _hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def load(paths: Iterable[str], db: str | None = None, neo4j: str | None = None, workers: int = 1,
         progress: bool | None = None, extract: Callable[[Document], list[Fact]] | None = None,
         documents: Callable[[Iterable[str]], Iterable[Document | LoadError]] | None = None,
         batch_size: int = 50, store=None) -> LoadSummary:
    """Load PATHS into the store at ``db`` / ``neo4j``, or into an already open ``store`` (left open).

    ``extract(document) -> facts`` replaces the extractor; ``documents(paths)`` replaces the file
    readers and yields Documents or LoadErrors (e.g. hand-built fixtures, or another source).  With
    ``documents=`` the documents are read up front in this process and only extraction is spread
    over the workers; both callables must be picklable (module-level) when workers > 1.
    """
    from fazhi.loaders.documents import iter_paths
    from fazhi.progress import progress as bar

    summary = LoadSummary()
    own = store is None
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
        jobs = [(p, extract) for p in todo]
        work = _work_document if documents is not None else _work
        if workers > 1 and len(jobs) > 1:
            pool = ProcessPoolExecutor(max_workers=workers)
            results = pool.map(work, jobs, chunksize=4)
        else:
            pool = None
            results = map(work, jobs)
        batch, old_ids = Batch(), []

        def flush():
            nonlocal batch, old_ids
            if old_ids:
                store.forget(old_ids)
            if batch.documents:
                store.write_batch(batch)
            batch, old_ids = Batch(), []

        try:
            for item, facts in bar(results, total=len(jobs), desc="loading", enabled=progress):
                if isinstance(item, LoadError):
                    summary.skipped += 1
                    summary.errors.append(item)
                    continue
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
                add_document(batch, item, facts, version)
                summary.facts += batch.documents[-1]["facts"]
                if len(batch.documents) >= batch_size:
                    flush()
            flush()
        finally:
            if pool is not None:
                pool.shutdown()
    finally:
        if own:
            store.close()
    return summary


def forget(names_or_ids: Iterable[str], db: str | None = None, neo4j: str | None = None) -> int:
    """Remove documents (by file name, path or id) and the facts only they support."""
    store = open_store(db=db, neo4j=neo4j)
    try:
        wanted = set(names_or_ids)
        ids = [d["id"] for d in store.documents()
               if d["id"] in wanted or d["name"] in wanted or d["path"] in wanted
               or d["path"] in {os.path.abspath(w) for w in wanted}]
        return store.forget(ids) if ids else 0
    finally:
        store.close()

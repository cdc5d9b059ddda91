"""The store the app reads: opened read-only, reopened when a load changes the graph, never in a load's way.

Ladybug lets a read-only open and a writer share the file (a read-only open takes no lock a `fazhi load`
waits for), and an open database keeps showing the graph as it was when it was opened. So the app keeps one
read-only store open and, before each request, looks at the database file's size and time: when they changed
it opens a new store and swaps it in. An open during a load's write can fail (checkpoint pending, a WAL still
being written); the app then keeps serving the graph it has, says so on the page, and tries again a moment
later. Only when it has no graph at all does a request fail, with a message saying why.
"""
from __future__ import annotations

import contextlib
import os
import threading
import time
from typing import Callable

from fazhi.graph.store import StoreError


class GraphUnavailable(StoreError):
    """No graph can be read right now (none yet, or a load holds it and none was open before)."""


class StoreHolder:
    """One read-only store shared by the requests (one at a time), plus caches tied to its snapshot."""

    def __init__(self, factory: Callable[[], object], watch: list[str] | None = None, retry_s: float = 2.0):
        self._factory = factory
        self._watch = list(watch or [])  # files whose change means the graph changed (db, db.wal)
        self._retry_s = retry_s
        self._lock = threading.RLock()
        self._store = None
        self._sig = None
        self._failed_at = 0.0
        self.generation = 0  # bumped on every swap: caches keyed by it go stale with the snapshot
        self.note: str | None = None  # shown on pages while the graph served is older than the file
        self._cache: dict = {}

    @property
    def kind(self) -> str | None:
        with self._lock:
            self._refresh()
            return getattr(self._store, "kind", None)

    def _signature(self):
        sig = []
        for p in self._watch:
            try:
                st = os.stat(p)
            except OSError:
                sig.append((p, None))
                continue
            sig.append((p, st.st_mtime_ns, st.st_size))
        return tuple(sig)

    def _refresh(self) -> None:
        sig = self._signature()
        if self._store is not None and sig == self._sig:
            return
        if self._store is not None and time.monotonic() - self._failed_at < self._retry_s:
            return  # a load is writing: do not try to open on every request
        try:
            new = self._factory()
        except (StoreError, RuntimeError, OSError) as e:
            self._failed_at = time.monotonic()
            if self._store is None:
                raise GraphUnavailable(str(e).splitlines()[0] if str(e) else type(e).__name__) from None
            self.note = ("the graph is being written (a `fazhi load` is running?): this page shows it as it was "
                         "before; reload in a moment for the new state")
            return
        old, self._store, self._sig = self._store, new, sig
        self.generation += 1
        self._cache.clear()
        self.note = None
        if old is not None:
            with contextlib.suppress(Exception):
                old.close()

    @contextlib.contextmanager
    def store(self):
        """The current store, for the length of a `with` block (requests take turns)."""
        with self._lock:
            self._refresh()
            yield self._store

    def cached(self, key, make: Callable[[], object]):
        """A value computed once per snapshot of the graph (e.g. the search index)."""
        with self._lock:
            self._refresh()
            if key not in self._cache:
                self._cache[key] = make(self._store)
            return self._cache[key]

    @contextlib.contextmanager
    def private(self):
        """A store of its own for one long request (a typed Cypher query), so other pages are not kept
        waiting: a fresh read-only open of the embedded file, or the shared driver for a server."""
        kind = self.kind
        if kind == "ladybug":
            try:
                s = self._factory()
            except (StoreError, RuntimeError, OSError):
                with self.store() as s:  # a load is writing: run on the snapshot the pages use
                    yield s
                return
            try:
                yield s
            finally:
                with contextlib.suppress(Exception):
                    s.close()
        else:
            with self.store() as s:
                yield s

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                with contextlib.suppress(Exception):
                    self._store.close()
            self._store = None

"""The store the app reads: opened read-only, reopened when a load changes the graph, never in a load's way.

Ladybug lets a read-only open and a writer share the file (a read-only open takes no lock a `fazhi load`
waits for), and an open database keeps showing the graph as it was when it was opened. So the app keeps one
read-only store open and, before each request, looks at the database file's size and time. When they changed
and no writer holds the file's lock (a load keeps it from start to end), it opens a new store and swaps it in;
while a load runs, pages show the graph as it was before, and say so. (An open in the middle of a write
fails, or worse, reads a half-written file: hence the look at the lock, a POSIX write lock that Ladybug's
writer holds, tested with F_OFD_GETLK on a descriptor kept open, so the test disturbs no lock.) Only when the
app has no graph at all does a request fail, with a message saying why.
"""
from __future__ import annotations

import contextlib
import os
import struct
import sys
import threading
import time
from typing import Callable

from fazhi.graph.store import StoreError


class GraphUnavailable(StoreError):
    """No graph can be read right now (none yet, or a load holds it and none was open before)."""


class GraphBusy(GraphUnavailable):
    """A load is writing the graph and the app has no earlier state of it to show."""


_FLOCK = "hhxxxxqqixxxx"  # struct flock on 64-bit Linux: type, whence, start, len, pid


class WriterProbe:
    """Does another open of the database file hold a write lock (a `fazhi load` writing)? Linux only; None
    where it cannot tell. The descriptor stays open: closing a descriptor of a file releases every POSIX lock
    the process holds on it, which would take a load's lock away when the load runs in this process."""

    def __init__(self, path: str):
        self.path = path
        self._fd = None
        self._ino = None

    def held(self) -> bool | None:
        try:
            import fcntl
        except ImportError:
            return None
        cmd = getattr(fcntl, "F_OFD_GETLK", None)
        if cmd is None or not sys.platform.startswith("linux") or struct.calcsize("P") != 8:
            return None
        try:
            ino = os.stat(self.path).st_ino
            if self._fd is None or ino != self._ino:  # a new file at the path (a fresh `make run`)
                self.close()
                self._fd, self._ino = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)), ino
            got = fcntl.fcntl(self._fd, cmd, struct.pack(_FLOCK, fcntl.F_RDLCK, 0, 0, 0, 0))
        except OSError:
            return None
        return struct.unpack(_FLOCK, got)[0] != fcntl.F_UNLCK

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
        self._fd = None


class StoreHolder:
    """One read-only store shared by the requests (one at a time), plus caches tied to its snapshot."""

    def __init__(self, factory: Callable[[], object], watch: list[str] | None = None, retry_s: float = 2.0,
                 query_factory: Callable[[], object] | None = None):
        self._factory = factory
        # what runs a typed query (an object with Store.read_query's signature), made on first use: for the
        # embedded graph, graph/query_worker.QueryPool (a child process with a memory cap)
        self._query_factory = query_factory
        self._query = None
        self._watch = list(watch or [])  # files whose change means the graph changed (db, db.wal)
        self._probe = WriterProbe(self._watch[0]) if self._watch else None
        self._depth = 0  # > 0 while a request holds the store: no swap under it
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
        if self._depth:
            return  # a request is using the store: it keeps the snapshot it started with
        sig = self._signature()
        if self._store is not None and sig == self._sig:
            return
        if self._store is not None and time.monotonic() - self._failed_at < self._retry_s:
            return  # the last open failed: do not try on every request
        if self._probe is not None and self._probe.held():
            if self._store is None:
                raise GraphBusy("a `fazhi load` is writing the graph: reload this page when it has finished")
            self.note = ("a `fazhi load` is writing the graph: pages show it as it was before the load; "
                         "reload when the load has finished for the new state")
            return
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
            self._depth += 1
            try:
                yield self._store
            finally:
                self._depth -= 1

    def cached(self, key, make: Callable[[object], object]):
        """A value computed once per snapshot of the graph (e.g. the search index): make(store)."""
        with self.store() as s:
            if key not in self._cache:
                self._cache[key] = make(s)
            return self._cache[key]

    @contextlib.contextmanager
    def private(self):
        """What runs one long request (a typed Cypher query) without keeping other pages waiting: the query
        pool when there is one, else a fresh read-only open of the embedded file, or the shared driver for a
        server."""
        if self._query_factory is not None:
            with self._lock:
                if self._query is None:
                    self._query = self._query_factory()
            yield self._query
            return
        kind = self.kind
        if kind == "ladybug" and not (self._probe is not None and self._probe.held()):
            try:
                s = self._factory()
            except (StoreError, RuntimeError, OSError):
                with self.store() as s:  # the file cannot be opened now: the snapshot the pages use
                    yield s
                return
            try:
                yield s
            finally:
                with contextlib.suppress(Exception):
                    s.close()
        else:  # a server (its driver is shared), or a load is writing: the snapshot the pages use
            with self.store() as s:
                yield s

    def close(self) -> None:
        with self._lock:
            if self._query is not None:
                with contextlib.suppress(Exception):
                    self._query.close()
                self._query = None
            if self._probe is not None:
                self._probe.close()
            if self._store is not None:
                with contextlib.suppress(Exception):
                    self._store.close()
            self._store = None


def holder_of(app) -> StoreHolder:
    """The holder an app made by app.make_app keeps (here, beside the holder, so that the routes find it
    without importing the app module that imports them)."""
    return app.extensions["fazhi_holder"]

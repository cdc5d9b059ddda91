"""User queries on the embedded store in a child process, with a memory cap and a wall-clock limit.

The engine's own time limit (Store.read_query) is checked between steps, so one huge allocation inside
a step outruns it: a range() with a computed bound, a collect() over a cross product, a list of lists.
Such a query can take gigabytes at once and, in the process that runs it, take the process down with it
(the kernel's OOM killer) or crash it. Here a query runs in a child process instead:

* the child opens the database read-only (the same LadybugStore and the same Store.read_query: the guard
  of graph/query_guard.py, the engine's time limit, the row cap) with the engine's buffer pool and address
  space reservations bounded, then sets RLIMIT_AS to what the open database holds plus the query's share
  of the memory cap (`memory_mb`, default $FAZHI_QUERY_MEMORY or 2048 MB). Half the cap is the engine's
  buffer pool (its hash tables and sorts: "the buffer pool is full"), half is headroom for everything else
  it allocates (lists and strings: std::bad_alloc). A query past either is stopped with QueryMemoryError,
  and the child, whose engine may be in any state after a failed allocation, is replaced;
* the parent waits at most the query's time limit plus GRACE_S, then kills the child (QueryTimeout, the
  message of the engine's own limit);
* a child that dies (a signal, or the OOM killer's SIGKILL) is reported in one line (QueryCrashed or
  QueryMemoryError), and the next query gets a new child. The graph is never written by a child: it is
  opened read-only.

Design, measured on this project's 2-core machine on a tiny graph (`python -m fazhi.graph.query_worker
DB` prints these figures):

* a persistent worker, restarted only after it dies (or is stopped after a failed allocation), adds
  1-1.6 ms per query to an in-process read_query (1.5-2.6 ms -> 2.5-3.6 ms for a 20-row MATCH: the guard
  run once more in the parent, the pipe, pickling the rows), and keeps the engine's catalogue and page
  cache warm between queries;
* a child per query pays its start every time: a fork that opens the database and checks its schema,
  45-80 ms, or a fresh interpreter, 0.2-0.4 s: tens to hundreds of times what a persistent worker adds.

So QueryPool keeps persistent workers, for a long-running web server; `run_query` (what `fazhi query`
calls) is a pool of one, used once, which costs the command about what opening the database in-process
did (0.67 s against 0.62 s for a whole `fazhi query`). How a worker starts is in _Process: forked when
this process has one thread, a fresh interpreter otherwise.

An open read-only database keeps showing the graph as it was when it was opened, and a `fazhi load` may
write the file meanwhile (a read-only open takes no lock a writer waits for). So before each query the
child looks at the database file and its WAL (size, time, inode) and reopens when they changed; when the
reopen fails (a load is writing right now) it answers from the graph it has and tries again after
REOPEN_RETRY_S.

Neo4j: the server enforces its own transaction timeout (Neo4jStore.read_query passes it) and memory
limits (db.memory.transaction.max), and a query that exceeds them fails on the server, not in this
process; only the capped rows come back. `run_query` on a Neo4j store therefore calls read_query in-process.

Rows cross the pipe pickled: the engine returns plain Python values (dicts for nodes, relationships,
paths, maps and structs; date, datetime, timedelta, Decimal, UUID, bytes), all of which pickle
faithfully; a value that does not is passed on as its str() rather than failing the query.
"""
from __future__ import annotations

import contextlib
import faulthandler
import importlib
import json
import multiprocessing as mp
import os
import pickle
import queue
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import wait as mp_wait
from typing import Any

from .store import (USER_MAX_ROWS, USER_TIMEOUT_S, QueryResult, QueryTimeout, StoreError, default_db,
                    no_graph_message, timeout_message)

DEFAULT_MEMORY_MB = 2048
MIN_MEMORY_MB = 64
MEMORY_ENV = "FAZHI_QUERY_MEMORY"
# the parent kills a child this long after the query's time limit (the engine's own limit fires first,
# unless one step of the query runs long); a child start and database open are not counted
GRACE_S = 3.0
START_TIMEOUT_S = 120.0  # a first open may finish an interrupted load's cleanup (LadybugStore upkeep)
REOPEN_RETRY_S = 2.0
# the engine's messages for a failed allocation (a StoreError's first line begins with one of them) ...
_ENGINE_MEMORY = ("std::bad_alloc", "Buffer manager exception: Unable to allocate memory",
                  "Buffer manager exception: Mmap for size")
# ... and the last words of a process that died of one (an abort after an uncaught std::bad_alloc)
_DEATH_MEMORY = re.compile(r"bad_alloc|Unable to allocate memory|Cannot allocate memory|out of memory|MemoryError")


class QueryMemoryError(StoreError):
    """The query needed more memory than the cap allows; it was stopped."""


class QueryCrashed(StoreError):
    """The process running the query died; the graph, opened read-only there, is unharmed."""


def memory_message(memory_mb: int) -> str:
    return (f"the query used more than {memory_mb} MB and was stopped (the memory limit for queries typed here); "
            "narrow it with WHERE or LIMIT, or raise --max-memory (FAZHI_QUERY_MEMORY)")


def memory_limit_mb(value: int | str | None = None) -> int:
    """The memory cap in MB: `value`, else $FAZHI_QUERY_MEMORY, else 2048. Text may say 512, 512M, 2G, 2GiB."""
    if value is None:
        value = os.environ.get(MEMORY_ENV) or DEFAULT_MEMORY_MB
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:(m|mb|mib)|(g|gb|gib))?\s*", value, re.I)
        if not m:
            raise StoreError(f"{MEMORY_ENV}={value!r}: write megabytes, e.g. 2048, 512M or 2G")
        value = float(m.group(1)) * (1024 if m.group(3) else 1)
    mb = int(value)
    if mb < MIN_MEMORY_MB:
        raise StoreError(f"a memory limit of {mb} MB is too small to open the graph (at least {MIN_MEMORY_MB} MB)")
    return mb


# -- the child ------------------------------------------------------------------------------------------
def _files(path: str) -> list[str]:
    return [path, path + ".wal"]


def _signature(path: str) -> tuple:
    sig = []
    for p in _files(path):
        try:
            st = os.stat(p)
            sig.append((st.st_ino, st.st_size, st.st_mtime_ns))
        except OSError:
            sig.append(None)
    return tuple(sig)


def _vm_size() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _engine_options(path: str, memory_mb: int) -> dict:
    """Bounded reservations: by default the engine reserves 80% of RAM for its buffer pool and 8 TB of
    address space for the file's pages, which RLIMIT_AS counts although they are not memory. The file's
    region must hold the database, so it is four times its size (at least 1 GiB, a power of two)."""
    size = sum(os.path.getsize(p) for p in _files(path) if os.path.exists(p))
    region = 1 << 30
    while region < 4 * size:
        region <<= 1
    return {"buffer_pool_size": (memory_mb // 2) << 20, "max_db_size": region}


def _store_class():
    from .ladybug_store import LadybugStore, lb

    class WorkerStore(LadybugStore):
        """LadybugStore opened with the engine's reservations bounded (`_engine_options`)."""

        def __init__(self, path: str, options: dict):
            self._options = options
            super().__init__(path, read_only=True)

        def _open(self, read_only: bool) -> None:
            if not read_only:  # upkeep before a read-only open: exactly the store's own writing open
                return super()._open(False)
            try:
                self.db = lb.Database(self.path, read_only=True, **self._options)
                self.conn = lb.Connection(self.db)
                return
            except RuntimeError:
                pass
            # let the store's own open say why in one line (in use, not a graph) or finish a pending recovery;
            # it opens with the engine's default reservations, so open again with ours
            super()._open(True)
            self.close()
            self.db = lb.Database(self.path, read_only=True, **self._options)
            self.conn = lb.Connection(self.db)

    return WorkerStore


class _Child:
    def __init__(self, path: str, memory_mb: int):
        self.path, self.memory_mb = path, memory_mb
        self.store = None
        self.sig = None
        self.failed_at = 0.0
        self.rlimit = None  # RLIMIT_AS as this process began: (soft, hard)
        self.limit = None

    def open(self) -> None:
        self.sig = _signature(self.path)
        self.store = _store_class()(self.path, _engine_options(self.path, self.memory_mb))
        self.store.read_query("RETURN 1 AS x")  # the catalogue and a connection's first allocations
        self._limit()

    def _limit(self) -> None:
        import resource

        base = _vm_size()
        if base is None:  # no /proc: no address-space accounting to build on (not Linux)
            return
        if self.rlimit is None:
            self.rlimit = resource.getrlimit(resource.RLIMIT_AS)
        soft, hard = self.rlimit
        want = base + ((self.memory_mb - self.memory_mb // 2) << 20)
        if soft != resource.RLIM_INFINITY:  # a lower limit someone set (ulimit -v) stays
            want = min(want, soft)
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))  # the soft limit only: a reopen may lift it
        self.limit = want

    def refresh(self) -> None:
        """Reopen when a load changed the file since it was opened; keep the old snapshot if that fails."""
        sig = _signature(self.path)
        if sig == self.sig or time.monotonic() - self.failed_at < REOPEN_RETRY_S:
            return
        import resource

        old = self.store
        if self.rlimit is not None:  # room for a second open beside the old one
            resource.setrlimit(resource.RLIMIT_AS, self.rlimit)
        try:
            new = _store_class()(self.path, _engine_options(self.path, self.memory_mb))
            new.read_query("RETURN 1 AS x")
        except (StoreError, RuntimeError, OSError):
            self.failed_at = time.monotonic()
            self._limit()
            return
        self.store, self.sig = new, sig
        with contextlib.suppress(Exception):
            old.close()
        self._limit()


def _portable(e: BaseException) -> BaseException:
    """The exception itself when it crosses the pipe intact, else a StoreError with its message."""
    try:
        if isinstance(e, StoreError) and type(pickle.loads(pickle.dumps(e))) is type(e):
            return e
    except Exception:
        pass
    return StoreError(str(e) or type(e).__name__)


def _plain(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    try:
        pickle.dumps(v)
        return v
    except Exception:
        return str(v)


def _orphaned(log_path: str) -> None:
    """The parent is gone (or dropped the pipe) and will not remove the log: remove it here."""
    with contextlib.suppress(OSError):
        os.unlink(log_path)


def _child_main(conn, path: str, memory_mb: int, log_path: str) -> None:
    # the engine's own messages (an abort's last words) go to a file the parent reads if the child dies,
    # not into the output of the command that started it
    fd = os.open(log_path, os.O_WRONLY | os.O_APPEND)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    # Python's own output too: a forked child inherits its parent's sys.stderr, which may be no file at all
    sys.stdout = sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    faulthandler.enable(file=2)  # the traceback of a fatal signal (a forked child had its parent's handler)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops this child
    parent = os.getppid()
    child = _Child(path, memory_mb)
    try:
        child.open()
    except BaseException as e:  # noqa: BLE001 - every failure goes back as one line
        conn.send(("error", _portable(e)))
        return
    conn.send(("ready", {"pid": os.getpid(), "limit": child.limit}))
    while True:
        if not conn.poll(1.0):
            if os.getppid() != parent:  # the parent died (a forked sibling may keep this pipe open)
                _orphaned(log_path)
                return
            continue
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            _orphaned(log_path)
            return
        if msg[0] != "query":
            return
        _, cypher, params, timeout_s, max_rows, hook = msg
        if hook:  # tests only: a crash or a hang the engine would not produce on demand
            if hook[0] == "signal":
                os.kill(os.getpid(), hook[1])
            elif hook[0] == "hang":
                time.sleep(hook[1])
        stop = False
        try:
            child.refresh()
            reply = ("ok", child.store.read_query(cypher, params, timeout_s=timeout_s, max_rows=max_rows))
        except MemoryError:
            reply, stop = ("memory", None), True
        except StoreError as e:
            if str(e).startswith(_ENGINE_MEMORY):
                reply, stop = ("memory", None), True
            else:
                reply = ("error", _portable(e))
        except Exception as e:  # noqa: BLE001
            reply = ("error", StoreError(f"{type(e).__name__}: {e}"))
        try:
            try:
                conn.send(reply)
            except (pickle.PicklingError, TypeError, AttributeError):
                if reply[0] != "ok":
                    raise
                res = reply[1]
                res.rows = [_plain(r) for r in res.rows]
                conn.send(("ok", res))
        except MemoryError:
            conn.send(("memory", None))
            stop = True
        if stop:
            return


# -- the parent -----------------------------------------------------------------------------------------
def _single_threaded() -> bool:
    try:
        return len(os.listdir("/proc/self/task")) == 1  # native threads too (an open database's)
    except OSError:
        return threading.active_count() == 1


def _exec_main(argv: list[str]) -> None:
    """The child's entry point when it is a fresh interpreter (see _Process)."""
    from multiprocessing.connection import Connection

    fd, path, memory_mb, log_path = argv
    _child_main(Connection(int(fd)), path, int(memory_mb), log_path)


class _Process:
    """The child: forked from this process when it has one thread; otherwise a fresh interpreter.

    A fork copies only the thread that calls it, and a lock another thread held stays locked in the child,
    so a process with threads (a web server; an open database's own threads) starts a new interpreter
    instead: ~0.3 s rather than ~0.08 s, paid when a worker starts or after one died. (multiprocessing's
    spawn and forkserver would also re-run the parent's main script in the child, which a server started
    from a script without a main guard cannot afford.)"""

    def __init__(self, path: str, memory_mb: int, log: str):
        self.forked = _single_threaded()
        self.pidfd = None
        if self.forked:
            importlib.import_module(f"{__package__}.ladybug_store")  # once here, not in every child (~0.2 s)

            ctx = mp.get_context("fork")
            mine, theirs = ctx.Pipe()
            self.proc = ctx.Process(target=_child_main, args=(theirs, path, memory_mb, log),
                                    name="fazhi-query-worker", daemon=True)
            self.proc.start()
            theirs.close()
            self.pid = self.proc.pid
            self.sentinel = self.proc.sentinel
        else:
            from multiprocessing.connection import Connection

            a, b = socket.socketpair()
            with open(log, "ab") as out:
                # this process's import path, set once the interpreter runs (as multiprocessing's spawn does)
                boot = ("import sys, json; sys.path[:] = json.loads(sys.argv[1]); "
                        "from fazhi.graph.query_worker import _exec_main; _exec_main(sys.argv[2:])")
                self.proc = subprocess.Popen(
                    [sys.executable, "-c", boot, json.dumps(sys.path), str(b.fileno()), path, str(memory_mb), log],
                    pass_fds=(b.fileno(),), stdin=subprocess.DEVNULL, stdout=out, stderr=out)
            b.close()
            mine = Connection(a.detach())
            self.pid = self.proc.pid
            with contextlib.suppress(AttributeError, OSError):  # Linux 5.3+: readable when the child exits
                self.pidfd = os.pidfd_open(self.pid)
            self.sentinel = self.pidfd
        self.conn = mine

    def alive(self) -> bool:
        return self.proc.is_alive() if self.forked else self.proc.poll() is None

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()

    def join(self, timeout: float) -> None:
        if self.forked:
            self.proc.join(timeout)
        else:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout)

    @property
    def exitcode(self) -> int | None:
        return self.proc.exitcode if self.forked else self.proc.returncode

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.pidfd is not None:
            with contextlib.suppress(OSError):
                os.close(self.pidfd)
            self.pidfd = None
        if self.forked:
            with contextlib.suppress(Exception):
                self.proc.close()


class _Worker:
    """One child process and the pipe to it; started when first needed, replaced after it dies."""

    def __init__(self, path: str, memory_mb: int, grace_s: float):
        self.path, self.memory_mb, self.grace_s = path, memory_mb, grace_s
        self.lock = threading.Lock()
        self.child: _Process | None = None
        self.log = None
        self.pid = None
        self.starts = 0

    def alive(self) -> bool:
        return self.child is not None and self.child.alive()

    def start(self) -> None:
        if self.alive():
            return
        self.stop()
        fd, self.log = tempfile.mkstemp(prefix="fazhi-query-worker-", suffix=".log")
        os.close(fd)
        self.child = _Process(self.path, self.memory_mb, self.log)
        self.starts += 1
        msg = self._receive(START_TIMEOUT_S, starting=True)
        if msg[0] == "error":
            self.stop()
            raise msg[1]
        self.pid = msg[1]["pid"]

    def stop(self) -> None:
        c = self.child
        if c is not None:
            if c.alive():
                with contextlib.suppress(OSError, ValueError):
                    c.conn.send(("close",))
                c.join(1.0)
            if c.alive():
                c.kill()
                c.join(5.0)
            c.close()
        if self.log:
            with contextlib.suppress(OSError):
                os.unlink(self.log)
        self.child = self.log = self.pid = None

    def _kill(self) -> None:
        if self.child is not None:
            self.child.kill()
            self.child.join(5.0)

    def _last_words(self) -> str:
        try:
            with open(self.log, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                fh.seek(max(0, fh.tell() - 4000))
                return fh.read().decode("utf-8", "replace")
        except (OSError, TypeError):
            return ""

    def _death(self, starting: bool) -> StoreError:
        """What to say about a child that died: out of memory, or a crash, from its exit and last words."""
        self.child.join(5.0)
        code = self.child.exitcode
        words = self._last_words()
        self.stop()
        if code == -signal.SIGKILL:  # not sent here (a timeout says so itself): the kernel's OOM killer
            return QueryMemoryError("the query used more memory than the machine could give and was stopped by "
                                    "the system; the graph is unharmed: narrow it with WHERE or LIMIT, or lower "
                                    "--max-memory (FAZHI_QUERY_MEMORY)")
        if _DEATH_MEMORY.search(words):
            return QueryMemoryError(memory_message(self.memory_mb))
        if starting:
            detail = words.strip().splitlines()[-1] if words.strip() else f"exit code {code}"
            return QueryCrashed(f"the query process could not open the graph ({detail})")
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = "unknown"
            how = f"signal {-code}, {name}"
        else:
            how = f"exit code {code}"
        return QueryCrashed(f"the query crashed the engine ({how}) and was stopped; the graph is unharmed")

    def _receive(self, limit_s: float | None, starting: bool = False, timeout_s: float | None = None):
        c = self.child
        deadline = None if limit_s is None else time.monotonic() + limit_s
        waitables = [c.conn] + ([c.sentinel] if c.sentinel is not None else [])
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            # without a sentinel (no pidfd) the pipe's end of file says the child died
            ready = mp_wait(waitables, timeout=left if c.sentinel is not None else min(left or 1.0, 1.0))
            if c.conn in ready:
                try:
                    return c.conn.recv()
                except (EOFError, OSError):
                    raise self._death(starting) from None
            if (c.sentinel is not None and c.sentinel in ready) or (c.sentinel is None and not c.alive()):
                if c.conn.poll(0):  # it may have answered just before it exited
                    with contextlib.suppress(EOFError, OSError):
                        return c.conn.recv()
                raise self._death(starting)
            if deadline is not None and time.monotonic() >= deadline:
                self._kill()
                self.stop()
                if starting:
                    raise QueryCrashed(f"the query process did not open the graph within {limit_s:g} s")
                raise QueryTimeout(timeout_message(timeout_s or 0))

    def run(self, cypher: str, params: dict | None, timeout_s: float | None, max_rows: int | None,
            hook: tuple | None = None) -> QueryResult:
        self.start()
        try:
            self.child.conn.send(("query", cypher, params or {}, timeout_s, max_rows, hook))
        except (OSError, ValueError):
            raise self._death(False) from None
        try:
            msg = self._receive(None if not timeout_s else timeout_s + self.grace_s, timeout_s=timeout_s)
        except StoreError:
            raise
        except BaseException:  # a KeyboardInterrupt while waiting: the child goes with the query
            self._kill()
            self.stop()
            raise
        if msg[0] == "ok":
            return msg[1]
        if msg[0] == "memory":
            self._kill()
            self.stop()
            raise QueryMemoryError(memory_message(self.memory_mb))
        raise msg[1]


class QueryPool:
    """Persistent query workers for one embedded graph: `read_query` has Store.read_query's signature.

    `size` workers run that many queries at once; a caller waits for a free one. Workers start on first
    use (or `start()`), and one that dies or runs out of memory is replaced on its next query. Thread-safe.
    Close the pool (or use it as a context manager) to stop them; they also exit when this process does.
    """

    def __init__(self, db: str | None = None, *, size: int = 1, memory_mb: int | str | None = None,
                 grace_s: float | None = None):
        self.path = db or default_db(reading=True)
        self.memory_mb = memory_limit_mb(memory_mb)
        grace_s = GRACE_S if grace_s is None else grace_s
        self._workers = [_Worker(self.path, self.memory_mb, grace_s) for _ in range(max(1, size))]
        self._idle: queue.Queue = queue.Queue()
        for w in self._workers:
            self._idle.put(w)
        self._closed = False

    def start(self) -> None:
        """Start every worker now (a web server's first query then does not wait for one)."""
        for w in self._workers:
            with w.lock:
                w.start()

    def read_query(self, cypher: str, params: dict[str, Any] | None = None, *,
                   timeout_s: float | None = USER_TIMEOUT_S, max_rows: int | None = USER_MAX_ROWS) -> QueryResult:
        return self._run(cypher, params, timeout_s, max_rows)

    run = read_query

    def _run(self, cypher, params, timeout_s, max_rows, hook=None) -> QueryResult:
        from .query_guard import check, check_params

        if self._closed:
            raise StoreError("the query pool is closed")
        if not os.path.exists(self.path):
            raise StoreError(no_graph_message(self.path))
        # refused queries never reach a worker (the child runs the same check again, in Store.read_query)
        check(cypher, "ladybug")
        check_params(params)
        w = self._idle.get()
        try:
            with w.lock:
                return w.run(cypher, params, timeout_s, max_rows, hook)
        finally:
            self._idle.put(w)

    @property
    def pids(self) -> list[int | None]:
        return [w.pid for w in self._workers]

    def close(self) -> None:
        self._closed = True
        for w in self._workers:
            with w.lock:
                w.stop()

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def run_query(target, cypher: str, params: dict[str, Any] | None = None, *,
              timeout_s: float | None = USER_TIMEOUT_S, max_rows: int | None = USER_MAX_ROWS,
              memory_mb: int | str | None = None) -> QueryResult:
    """One user query, isolated: `target` is an embedded graph's path (or a LadybugStore, by its path) and
    the query runs in a child process (a pool of one, closed after); a Neo4j store runs it in-process,
    its server enforcing the limits."""
    if not isinstance(target, (str, os.PathLike)):
        if getattr(target, "kind", None) != "ladybug":
            return target.read_query(cypher, params, timeout_s=timeout_s, max_rows=max_rows)
        target = target.path
    with QueryPool(os.fspath(target), memory_mb=memory_mb) as pool:
        return pool.read_query(cypher, params, timeout_s=timeout_s, max_rows=max_rows)


def _measure(path: str, n: int = 200) -> None:  # pragma: no cover - `python -m fazhi.graph.query_worker DB`
    from .store import open_store

    q = "MATCH (p:Place) OPTIONAL MATCH (p)-[r:ADOPTED]->(m:Mechanism) RETURN p.name, m.name, r.year LIMIT 20"
    store = open_store(path, query_only=True)
    t = time.perf_counter()
    for _ in range(n):
        store.read_query(q)
    inproc = (time.perf_counter() - t) / n
    store.close()
    with QueryPool(path) as pool:
        t = time.perf_counter()
        pool.start()
        start = time.perf_counter() - t
        t = time.perf_counter()
        for _ in range(n):
            pool.read_query(q)
        pooled = (time.perf_counter() - t) / n
    t = time.perf_counter()
    for _ in range(10):
        run_query(path, q)
    once = (time.perf_counter() - t) / 10
    print(f"in-process read_query {inproc * 1000:.2f} ms; persistent worker {pooled * 1000:.2f} ms per query "
          f"(+{(pooled - inproc) * 1000:.2f} ms), its start {start * 1000:.0f} ms "
          f"({'fork' if _single_threaded() else 'a new interpreter'}); "
          f"a worker per query (run_query) {once * 1000:.0f} ms")


if __name__ == "__main__":  # pragma: no cover
    _measure(sys.argv[1])

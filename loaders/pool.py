"""A pool of worker processes that gives results in the order of the jobs, and survives a worker's death.

The stream of documents (stream.py) spreads reading and extraction over it. Workers die with their parent:
a killed `fazhi load` leaves no process behind (tests/test_input_robustness.py).
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterator, Sequence, TypeVar

J = TypeVar("J")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
AHEAD = 4  # jobs submitted per worker ahead of the one awaited: workers never idle, memory stays bounded


def _worker_start(main_pid: int) -> None:
    """Runs first in every worker: a worker must not outlive the process that started the pool.

    Linux delivers SIGKILL to the worker when its parent dies (prctl PR_SET_PDEATHSIG); a thread
    that polls the parent's pid covers other systems, and the moment before the prctl call."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no libc prctl: the polling thread alone
    if parent != main_pid and not _alive(main_pid):
        os._exit(1)  # the parent died before this worker started
    threading.Thread(target=_watch_parent, args=(parent,), name="fazhi-parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch_parent(parent: int, every: float = 1.0) -> None:
    # an orphan is adopted by init or a subreaper: its parent pid changes
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(os.getpid(),))


def _alone(work: Callable[[J], R], job: J, died: Callable[[J], R]) -> R:
    """One job in a pool of its own: a worker that dies now died of this job."""
    pool = _pool(1)
    try:
        return pool.submit(work, job).result()
    except BrokenProcessPool:
        return died(job)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def ordered(work: Callable[[J], R], jobs: Sequence[J], workers: int, died: Callable[[J], R]) -> Iterator[R]:
    """``work(job)`` for each job, in the order of ``jobs``, over ``workers`` processes, a few jobs ahead.

    ``work`` and the jobs must pickle (module-level functions). A worker that dies (a file that exhausts
    memory, a crash in a parser) breaks the whole pool and every job in it: the first unfinished job is
    then run alone to learn whether it is to blame (``died(job)`` is its result if so), and a fresh pool
    takes up the rest, so one job never costs the others. Closing the iterator shuts the pool down."""
    i = 0
    while i < len(jobs):
        pool = _pool(workers)
        try:
            window: list = []
            ahead = iter(range(i, len(jobs)))
            for k in ahead:
                window.append(pool.submit(work, jobs[k]))
                if len(window) >= AHEAD * workers:
                    break
            while window:
                result = window.pop(0).result()
                i += 1
                nxt = next(ahead, None)
                if nxt is not None:
                    window.append(pool.submit(work, jobs[nxt]))
                yield result
        except BrokenProcessPool:
            yield _alone(work, jobs[i], died)
            i += 1
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

"""One line for what goes wrong between the embedded graph and its file: no space, no permission, a path
that is a folder or another kind of file. The engine (Ladybug) reports these as RuntimeErrors whose text
ends with the operating system's words ("IO exception: Cannot write to file ... Error: File too large");
Python's own writes beside the database (write_batch's temporary CSV files) raise OSError. Both are mapped
here to a sentence that names the graph and the problem, so no command shows a traceback for them.
"""
from __future__ import annotations

import errno
import os
import re

from .interface import StoreError


class InUse(StoreError):
    """Another process holds the graph for writing (Ladybug allows one writer)."""


class NotWritable(StoreError):
    """The graph's file or folder cannot be written (permissions, a read-only file system). A caller that
    only reads may still open the graph read-only."""


class NoSpace(StoreError):
    """A write failed for want of space: a full disk, a quota, or the file-size limit (ulimit -f)."""


# (errnos, the operating system's words as the engine quotes them, the exception, the problem in words)
_PROBLEMS = [
    ((errno.ENOSPC, errno.EDQUOT, errno.EFBIG), ("No space left on device", "Disk quota exceeded", "File too large"),
     NoSpace, "no space left (the disk, the quota or the file-size limit is full)"),
    ((errno.EACCES, errno.EPERM), ("Permission denied", "Operation not permitted"),
     NotWritable, "permission denied (the file or its folder is read-only for this user)"),
    ((errno.EROFS,), ("Read-only file system",), NotWritable, "the file system is read-only"),
]


_SHORT_WRITE = re.compile(r"numBytesToWrite: (\d+) numBytesWritten: (-?\d+)")


def _problem(error: BaseException):
    if isinstance(error, OSError):
        for errnos, _, cls, words in _PROBLEMS:
            if error.errno in errnos:
                return cls, words
        return None
    text = str(error)
    for _, phrases, cls, words in _PROBLEMS:
        if any(p in text for p in phrases):
            return cls, words
    short = _SHORT_WRITE.search(text)
    if short and 0 <= int(short.group(2)) < int(short.group(1)):
        # a write that stopped part-way: on a regular file, space ran out (the engine then quotes a stale errno)
        return NoSpace, _PROBLEMS[0][3]
    return None


def write_error(path: str, error: BaseException) -> StoreError | None:
    """The StoreError to raise for `error`, met while writing the graph at `path`, or None when it is not
    a disk or permission problem (the caller re-raises it as it was)."""
    found = _problem(error)
    if found is None:
        return None
    cls, words = found
    return cls(f"cannot write the graph at {path}: {words}")


def open_error(path: str, error: BaseException, read_only: bool) -> StoreError:
    """The one-line StoreError for a failed open of the graph at `path` (never None)."""
    text = str(error)
    if "cannot be a directory" in text or os.path.isdir(path):
        return StoreError(f"cannot open the graph at {path}: it is a folder, not a graph file; give a file path "
                          f"such as {os.path.join(path, 'fazhi.lbug')}")
    if "not a valid" in text and "database file" in text:
        return StoreError(f"cannot open the graph at {path}: the file is not a graph (not a Ladybug database made "
                          "by fazhi) and was left as it is; give another --db path")
    parent = os.path.dirname(os.path.abspath(path))
    if "Not a directory" in text or (isinstance(error, OSError) and error.errno == errno.ENOTDIR):
        return StoreError(f"cannot create the graph at {path}: a part of {parent} is a file, not a folder")
    if "No such file or directory" in text and not os.path.isdir(parent):
        return StoreError(f"cannot create the graph at {path}: the folder {parent} does not exist")
    found = write_error(path, error)
    if found is not None and read_only and isinstance(found, NotWritable):
        return StoreError(f"cannot read the graph at {path}: permission denied (this user may not read the file "
                          "or its folder)")
    if found is not None:
        return found
    first = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return StoreError(f"cannot open the graph at {path}: {first}")

"""Progress bars on stderr, only where a person is watching.

In the loaders, the lowest layer that shows one (the stream of documents, stream.py); the command line
uses it too."""
from __future__ import annotations

import sys
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")
MANY = 5  # below this many items a bar is noise


def progress(items: Iterable[T], total: int | None = None, desc: str = "", enabled: bool | None = None) -> Iterator[T]:
    if enabled is None:
        enabled = sys.stderr.isatty() and (total or 0) > MANY
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=desc, unit="file", file=sys.stderr, leave=False)

"""One way to print rows: a table for people, CSV/JSON/JSONL for programs.

In the graph package, the lowest layer that writes rows (export.write_facts), so that it need not import the
command line, which uses it for every command's output."""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
from typing import Any, Iterable, Sequence, TextIO

FORMATS = ("table", "csv", "json", "jsonl")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _width(s: str) -> int:
    # CJK characters take two terminal columns
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


def columns_of(rows: Sequence[dict]) -> list[str]:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    return cols


def emit(rows: Iterable[dict], fmt: str = "table", columns: Sequence[str] | None = None,
         out: TextIO | None = None, max_width: int = 60) -> None:
    """Write ``rows`` (dicts) to ``out`` in ``fmt``; ``columns`` fixes the order for table/csv. An empty table
    is its header and "0 rows"; empty CSV is its header; empty JSON is []."""
    out = out or sys.stdout
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    rows = list(rows)
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    cols = list(columns) if columns else columns_of(rows)
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
        return
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not rows:  # an empty result is said, under the header when the columns are known
        if cols:
            out.write("  ".join(cols) + "\n")
            out.write("  ".join("-" * _width(c) for c in cols) + "\n")
        out.write("0 rows\n")
        return
    cells = [[_cell(r.get(c)).replace("\n", " ") for c in cols] for r in rows]
    cells = [[c if _width(c) <= max_width else _truncate(c, max_width) for c in row] for row in cells]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(cols)]
    out.write("  ".join(_pad(c, w) for c, w in zip(cols, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() + "\n")


def _truncate(s: str, w: int) -> str:
    acc, n = [], 0
    for ch in s:
        cw = _width(ch)
        if n + cw > w - 1:
            break
        acc.append(ch)
        n += cw
    return "".join(acc) + "…"

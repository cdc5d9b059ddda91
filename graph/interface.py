"""What every store is and says, whichever engine holds the graph: the Store protocol, its errors, a
query's result, the limits on a query a user types, and what to say about Neo4j spellings.

Apart from graph/store.py, which opens one: the stores import this module and the opener imports the
stores, so that nothing imports in a circle (tests/test_layers.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

# Limits for a query a user types (Store.read_query); `fazhi query --timeout/--max-rows` change them
USER_TIMEOUT_S = 30.0
USER_MAX_ROWS = 10_000
# Neo4j spellings the embedded engine does not know, and what to write instead
DIALECT_HINTS = [
    (re.compile(r"\btype\s*\(", re.I), "use label(r) for a relationship's type (Neo4j: type(r))"),
    (re.compile(r"\blabels\s*\(", re.I), "use label(n) for a node's label (Neo4j: labels(n))"),
    (re.compile(r"\btoInteger\s*\(", re.I), "use CAST(x AS INT64) (Neo4j: toInteger(x))"),
    (re.compile(r"\btoFloat\s*\(", re.I), "use CAST(x AS DOUBLE) (Neo4j: toFloat(x))"),
    (re.compile(r"\btoString\s*\(", re.I), "use CAST(x AS STRING) (Neo4j: toString(x))"),
    # any `[x IN list ...]`: with WHERE and/or `|`, and with nested brackets inside the list
    (re.compile(r"\[\s*\w+\s+IN\s+", re.I),
     "use list_transform(list, x -> expr) / list_filter(list, x -> cond), and size(list_filter(...)) for a "
     "count (Neo4j: list comprehensions)"),
    (re.compile(r"\bdb\.labels\s*\(", re.I), "use CALL show_tables() RETURN * (Neo4j: db.labels())"),
    (re.compile(r"\bdb\.relationshipTypes\s*\(", re.I), "use CALL show_tables() RETURN * (Neo4j: db.relationshipTypes())"),
    (re.compile(r"\bexists\s*\(\s*[A-Za-z_]\w*\s*\.", re.I),
     "use x.prop IS NOT NULL (Neo4j 4: exists(x.prop))"),
    (re.compile(r"\b(?:all)?shortestPath\s*\(", re.I),
     "use MATCH p = (a)-[* SHORTEST 1..10]-(b) RETURN p, or ALL SHORTEST for every shortest path "
     "(Neo4j: shortestPath((a)-[*]-(b)), allShortestPaths(...))"),
    (re.compile(r"\bsubstring\s*\(", re.I),
     "substring(s, start, length) counts start from 1 here: substring('abc', 1, 2) = 'ab' (Neo4j counts from 0)"),
]
# Neo4j spellings that run here but mean something else: said on stderr even when the query succeeds
DIALECT_NOTES = [
    (re.compile(r"\bsubstring\s*\(", re.I),
     "substring(s, start, length) counts start from 1 on the embedded engine, from 0 on Neo4j: "
     "substring('abc', 1, 2) = 'ab' here (a start of 0 gives one character less)"),
]


class StoreError(Exception):
    pass


class ReadOnlyError(StoreError):
    pass


class QueryTimeout(StoreError):
    pass


@dataclass
class QueryResult:
    """What Store.read_query returns: the rows (at most max_rows of them) and whether more were cut off."""
    rows: list[dict]
    columns: list[str]
    truncated: bool = False
    max_rows: int | None = None
    cypher: str = ""  # the text that ran (graph/query_guard.py may cast regular-expression operands)

    @property
    def message(self) -> str | None:
        if not self.truncated:
            return None
        return (f"only the first {self.max_rows} rows are shown (the row cap for queries typed here); "
                "add LIMIT, or raise --max-rows")


def timeout_message(timeout_s: float) -> str:
    return (f"the query ran longer than {timeout_s:g} s and was stopped (the time limit for queries typed here); "
            "narrow it with WHERE or LIMIT, or raise --timeout")


def dialect_notes(cypher: str) -> list[str]:
    """What to say about a query the embedded engine runs but reads unlike Neo4j (substring's offsets)."""
    return [n for rx, n in DIALECT_NOTES if rx.search(cypher)]


def explain_error(cypher: str, message: str) -> str:
    hints = [h for rx, h in DIALECT_HINTS if rx.search(cypher)]
    if hints:
        return f"{message.strip()}\nhint: the embedded engine speaks Kùzu-style Cypher: " + "; ".join(hints)
    return message.strip()


class Store(Protocol):
    kind: str

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]: ...

    def read_query(self, cypher: str, params: dict[str, Any] | None = None, *, timeout_s: float | None = USER_TIMEOUT_S,
                   max_rows: int | None = USER_MAX_ROWS) -> QueryResult: ...

    def write(self, document, facts, extractor: str | None = None) -> None: ...

    def write_batch(self, batch) -> None: ...

    def forget(self, ids: list[str]) -> int: ...

    def replace_derived(self, rel: str, rows: list[dict]) -> int: ...

    def documents(self) -> list[dict]: ...

    def stats(self) -> dict: ...

    def close(self) -> None: ...

"""The store interface shared by the embedded default (Ladybug) and Neo4j, and how to open one."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any, Protocol

DEFAULT_DB = "fazhi.lbug"
# the graph `make run` builds; a command that reads finds it when ./fazhi.lbug does not exist (default_db)
MAKE_RUN_DB = os.path.join("out", "fazhi.lbug")
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


def check_read_only(cypher: str) -> None:
    """The check on the project's own queries (Store.query): one statement, a query, no updating or file
    clause, read with the same lexer as user queries (graph/query_guard.py) but without its function
    lists. What a user types goes through Store.read_query instead."""
    from .query_guard import check

    check(cypher, strict=False)


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


def default_db(reading: bool = False) -> str:
    """$FAZHI_DB, else ./fazhi.lbug; for a command that only reads, out/fazhi.lbug (what `make run` builds) when
    ./fazhi.lbug does not exist and it does."""
    env = os.environ.get("FAZHI_DB")
    if env:
        return env
    if reading and not os.path.exists(DEFAULT_DB) and os.path.exists(MAKE_RUN_DB):
        return MAKE_RUN_DB
    return DEFAULT_DB


def no_graph_message(path: str) -> str:
    if path == DEFAULT_DB and not os.environ.get("FAZHI_DB"):
        return (f"no graph at {DEFAULT_DB} (nor at {MAKE_RUN_DB}, where `make run` builds one): build one with "
                f"`fazhi load PATH...`, or point at one with --db PATH or FAZHI_DB=PATH")
    return f"no graph at {path}: build one with `fazhi load PATH... --db {path}`"


def open_store(db: str | None = None, neo4j: str | None = None, read_only: bool = False,
               query_only: bool = False) -> Store:
    """The embedded store at ``db`` (default: `default_db`), or Neo4j at a bolt:// URI.

    ``read_only``: the caller will not write, so the graph must exist already (a graph on a read-only path
    is then opened read-only). ``query_only``: the store is for reading only (user queries): Ladybug opens
    the database file read-only, so the engine itself refuses every write (it implies ``read_only``). Neo4j sessions for user queries are read sessions
    either way (Neo4jStore.read_query).
    """
    if neo4j:
        from .neo4j_store import Neo4jStore

        return Neo4jStore(neo4j, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    from .io_errors import NotWritable
    from .ladybug_store import LadybugStore

    path = db or default_db(reading=read_only or query_only)
    if (read_only or query_only) and not os.path.exists(path):
        raise StoreError(no_graph_message(path))
    try:
        return LadybugStore(path, read_only=query_only)
    except NotWritable:
        if not read_only or query_only:
            raise
        # the caller only reads (stats, export): a graph it may not write is still there to read
        return LadybugStore(path, read_only=True)

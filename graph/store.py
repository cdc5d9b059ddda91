"""The store interface shared by the embedded default (Ladybug) and Neo4j, and how to open one."""
from __future__ import annotations

import os
import re
from typing import Any, Protocol

DEFAULT_DB = "fazhi.lbug"

_WRITE = re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD|INSTALL|ATTACH|IMPORT|EXPORT|"
                    r"BEGIN|COMMIT|ROLLBACK|CHECKPOINT)\b", re.I)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
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
]


class StoreError(Exception):
    pass


class ReadOnlyError(StoreError):
    pass


def check_read_only(cypher: str) -> None:
    m = _WRITE.search(_STRINGS.sub("''", cypher))
    if m:
        raise ReadOnlyError(f"queries are read-only here ({m.group(1).upper()} found); change the graph with "
                            "`fazhi load` and `fazhi forget`")


def explain_error(cypher: str, message: str) -> str:
    hints = [h for rx, h in DIALECT_HINTS if rx.search(cypher)]
    if hints:
        return f"{message.strip()}\nhint: the embedded engine speaks Kùzu-style Cypher: " + "; ".join(hints)
    return message.strip()


class Store(Protocol):
    kind: str

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]: ...

    def write(self, document, facts, extractor: str | None = None) -> None: ...

    def write_batch(self, batch) -> None: ...

    def forget(self, ids: list[str]) -> int: ...

    def replace_derived(self, rel: str, rows: list[dict]) -> int: ...

    def documents(self) -> list[dict]: ...

    def stats(self) -> dict: ...

    def close(self) -> None: ...


def default_db() -> str:
    return os.environ.get("FAZHI_DB", DEFAULT_DB)


def open_store(db: str | None = None, neo4j: str | None = None, read_only: bool = False) -> Store:
    """The embedded store at ``db`` (default $FAZHI_DB or ./fazhi.lbug), or Neo4j at a bolt:// URI."""
    if neo4j:
        from .neo4j_store import Neo4jStore

        return Neo4jStore(neo4j, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    from .ladybug_store import LadybugStore

    path = db or default_db()
    if read_only and not os.path.exists(path):
        raise StoreError(f"no graph at {path}: build one with `fazhi load PATH... --db {path}`")
    return LadybugStore(path)

"""How to open a store: the embedded default (Ladybug) at a path, or Neo4j at a bolt:// URI.

What a store is (the protocol, its errors, QueryResult, the query limits) is graph/interface.py, which the
stores import; its names are imported here too, so that a caller finds the whole store API in one module.
"""
from __future__ import annotations

import os

from .interface import (DIALECT_HINTS, DIALECT_NOTES, USER_MAX_ROWS, USER_TIMEOUT_S, QueryResult, QueryTimeout,
                        ReadOnlyError, Store, StoreError, dialect_notes, explain_error, timeout_message)

__all__ = ["DEFAULT_DB", "DIALECT_HINTS", "DIALECT_NOTES", "MAKE_RUN_DB", "USER_MAX_ROWS", "USER_TIMEOUT_S",
           "QueryResult", "QueryTimeout", "ReadOnlyError", "Store", "StoreError", "default_db", "dialect_notes",
           "explain_error", "no_graph_message", "open_store", "timeout_message"]

DEFAULT_DB = "fazhi.lbug"
# the graph `make run` builds; a command that reads finds it when ./fazhi.lbug does not exist (default_db)
MAKE_RUN_DB = os.path.join("out", "fazhi.lbug")


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

"""The Cypher box: a query a user types, read-only, with a time limit and a row cap; rows as a table and a graph.

The query goes through Store.read_query (or graph/query_worker.QueryPool.read_query, which runs it in a
child process with a memory cap: web/app.py picks it for the embedded graph), so graph/query_guard.py
refuses writes, schema changes and file access with its own message, the engine runs it on a read-only
database, and the time limit and row cap apply.
"""
from __future__ import annotations

from fazhi.graph.names import KEYS
from fazhi.graph.store import QueryTimeout, ReadOnlyError, StoreError

from .data import node_id, url_of

TIMEOUT_S = 10.0
MAX_ROWS = 1000
MAX_GRAPH_NODES = 500  # drawn from the rows; the table still shows every row


def run(store, cypher: str, params: dict | None = None, *, timeout_s: float | None = None,
        max_rows: int | None = None) -> dict:
    """{columns, rows (cells made printable), truncated, message, graph} or {error, kind} when refused/failed.
    The limits default to TIMEOUT_S and MAX_ROWS."""
    timeout_s = TIMEOUT_S if timeout_s is None else timeout_s
    max_rows = MAX_ROWS if max_rows is None else max_rows
    cypher = (cypher or "").strip()
    if not cypher:
        return {"error": "type a query, e.g. MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p, r, m LIMIT 25",
                "kind": "empty"}
    try:
        res = store.read_query(cypher, params or {}, timeout_s=timeout_s, max_rows=max_rows)
    except ReadOnlyError as e:
        return {"error": str(e), "kind": "refused"}
    except QueryTimeout as e:
        return {"error": str(e), "kind": "timeout"}
    except StoreError as e:  # the query worker's QueryMemoryError and QueryCrashed too
        kind = {"QueryMemoryError": "memory", "QueryCrashed": "crashed"}.get(type(e).__name__, "error")
        return {"error": str(e), "kind": kind}
    rows = [[_cell(r.get(c)) for c in res.columns] for r in res.rows]
    message = None
    if res.truncated:
        message = f"only the first {max_rows} rows are shown (the row cap of this page); add LIMIT to see fewer"
    return {"columns": res.columns, "rows": rows, "truncated": res.truncated, "message": message,
            "graph": to_graph(res.rows)}


def _cell(v):
    """A value as the table shows it: a node or relationship by its label and name, lists and maps as text."""
    if isinstance(v, dict):
        if "_LABEL" in v and "_SRC" in v:
            return f"[:{v['_LABEL']}" + (f" {v['year']}" if v.get("year") is not None else "") + "]"
        if "_LABEL" in v:
            return f"({v['_LABEL']} {v.get('name') or v.get(KEYS.get(v['_LABEL'], 'name')) or ''})"
        if "_NODES" in v:
            return " → ".join(_cell(n) for n in v["_NODES"])
        return ", ".join(f"{k}: {_cell(x)}" for k, x in v.items() if not str(k).startswith("_"))
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(str(_cell(x)) for x in v) + "]"
    if v is None or isinstance(v, (int, float, bool, str)):
        return v
    return str(v)


def to_graph(rows: list[dict]) -> dict:
    """Nodes and relationships among the returned values (Ladybug's node, relationship and path values)."""
    nodes: dict[str, dict] = {}
    internal: dict[tuple, str] = {}  # the engine's internal id → our node id
    rels: list[dict] = []

    def add_node(v: dict) -> None:
        label = v.get("_LABEL")
        key = v.get(KEYS.get(label, "id")) if label in KEYS else v.get("id") or v.get("name")
        if key is None:
            return
        nid = node_id(label, key)
        internal[_iid(v.get("_ID"))] = nid
        if nid not in nodes and len(nodes) < MAX_GRAPH_NODES:
            nodes[nid] = {"id": nid, "label": v.get("name") or str(key), "group": label, "kind": label,
                          "key": key, "url": url_of(label, key) if label in KEYS else None}

    def walk(v) -> None:
        if isinstance(v, dict):
            if "_NODES" in v:
                for n in v["_NODES"]:
                    walk(n)
                for r in v.get("_RELS", []):
                    walk(r)
            elif "_SRC" in v:
                rels.append(v)
            elif "_LABEL" in v:
                add_node(v)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)

    for row in rows:
        for v in row.values():
            walk(v)
    edges = {}
    for r in rels:
        a, b = internal.get(_iid(r.get("_SRC"))), internal.get(_iid(r.get("_DST")))
        if a in nodes and b in nodes:  # a relationship whose ends were not returned is in the table only
            k = (a, b, r["_LABEL"])
            e = edges.setdefault(k, {"id": "|".join(k), "from": a, "to": b, "type": r["_LABEL"], "structural": False,
                                     "facts": [], "years": [], "undated": False})
            e["facts"].append({x: r.get(x) for x in ("year", "scope", "evidence", "article", "reported")})
            if r.get("year") is not None:
                e["years"] = sorted(set(e["years"]) | {r["year"]})
            else:
                e["undated"] = True
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def _iid(v) -> tuple | None:
    if isinstance(v, dict):
        return (v.get("table"), v.get("offset"))
    return None

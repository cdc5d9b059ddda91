"""A query's results made readable for people (`fazhi query`'s table and CSV).

* Column names as the query writes them: the engine names an unaliased column by its own reading of the
  expression (`COUNT_STAR()` for count(*), `LABEL(r._ID,[,,,,,ADOPTED,…])` for label(r), `+(0,._LENGTH)` for
  length(p)); the column takes the text of its RETURN item instead, as Neo4j does (`count(*)`, `label(r)`).
* Nodes, relationships and paths in one line instead of a dump of the engine's internals: `(Place 烟台市 370600)`,
  `[:ADOPTED 2021 《烟台市法治政府建设情况报告》 yantai.txt]`, `(烟台市)-[:ADOPTED 2021]->(综合查一次)`.
* A column of document ids (the 64-character content hash facts carry as `doc`) gets the document's file name
  and title beside it.
"""
from __future__ import annotations

import re

from .names import KEYS

_HASH = re.compile(r"^[0-9a-f]{64}$")
_ENDS = {"ORDER", "SKIP", "LIMIT", "UNION"}


def return_items(cypher: str) -> list[tuple[str, bool]] | None:
    """The items of the query's last RETURN as written, each with whether it has an alias (AS name); None
    when they cannot be read with certainty (RETURN *, UNION, text the guard's lexer refuses)."""
    from .query_guard import QueryRefused, tokenize

    try:
        tokens = tokenize(cypher)
    except QueryRefused:
        return None
    depth, start = 0, None
    for i, t in enumerate(tokens):
        if t.is_punct("(", "[", "{"):
            depth += 1
        elif t.is_punct(")", "]", "}"):
            depth -= 1
        elif depth == 0 and t.key == "RETURN":
            start = i + 1
        elif depth == 0 and t.key == "UNION":
            return None
    if start is None:
        return None
    if start < len(tokens) and tokens[start].key == "DISTINCT":
        start += 1
    items, cur, depth = [], [], 0
    for t in tokens[start:]:
        if depth == 0 and (t.key in _ENDS or t.is_punct(";")):
            break
        if t.is_punct("(", "[", "{"):
            depth += 1
        elif t.is_punct(")", "]", "}"):
            depth -= 1
        if depth == 0 and t.is_punct(","):
            items.append(cur)
            cur = []
        else:
            cur.append(t)
    items.append(cur)
    out = []
    for toks in items:
        if not toks or (len(toks) == 1 and toks[0].is_punct("*")):
            return None
        aliased = len(toks) >= 3 and toks[-2].key == "AS"
        text = re.sub(r"\s+", " ", cypher[toks[0].start:toks[-1].end]).strip()
        out.append((text, aliased))
    return out


def readable_columns(cypher: str, columns: list[str]) -> list[str]:
    """The engine's column names, an unaliased one replaced by its RETURN item as written."""
    items = return_items(cypher)
    if not items or len(items) != len(columns):
        return list(columns)
    out = []
    for col, (text, aliased) in zip(columns, items):
        out.append(col if aliased or col == text else text)
    return out if len(set(out)) == len(out) else list(columns)


def renamed(rows: list[dict], columns: list[str], names: list[str]) -> list[dict]:
    if names == columns:
        return rows
    return [{n: r.get(c) for c, n in zip(columns, names)} for r in rows]


def _iid(v) -> tuple | None:
    return (v.get("table"), v.get("offset")) if isinstance(v, dict) else None


def _node_text(v: dict, short: bool = False) -> str:
    label = v.get("_LABEL", "")
    key = v.get(KEYS.get(label, "id")) if label in KEYS else v.get("id")
    name = v.get("name") or key or ""
    if short:
        return f"({name})"
    if label == "Document":
        return f"(Document {v.get('name') or ''})".rstrip()
    extra = f" {key}" if key is not None and str(key) != name else ""
    return f"({label} {name}{extra})"


def _rel_text(v: dict, docs: dict[str, dict], short: bool = False) -> str:
    bits = [f":{v.get('_LABEL', '')}"]
    if v.get("year") is not None:
        bits.append(str(v["year"]))
    if not short:
        if v.get("article"):
            bits.append(f"《{v['article']}》")
        d = docs.get(v.get("doc") or "")
        if d or v.get("doc"):
            bits.append((d or {}).get("name") or v["doc"][:12])
    return "[" + " ".join(bits) + "]"


def _path_text(v: dict, docs: dict[str, dict]) -> str:
    nodes, rels = v.get("_NODES") or [], v.get("_RELS") or []
    if not nodes or len(nodes) != len(rels) + 1:  # a variable-length relationship: its steps only
        return " ".join(_rel_text(r, docs, short=True) for r in rels)
    out = _node_text(nodes[0], short=True)
    for r, a, b in zip(rels, nodes, nodes[1:]):
        step = _rel_text(r, docs, short=True)
        forward = _iid(r.get("_SRC")) == _iid(a.get("_ID"))
        out += f"-{step}->" if forward else f"<-{step}-"
        out += _node_text(b, short=True)
    return out


def readable_value(v, docs: dict[str, dict]):
    """A node, relationship or path as one line; lists of them element by element; other values as they are."""
    if isinstance(v, dict):
        if "_NODES" in v:
            return _path_text(v, docs)
        if "_SRC" in v and "_LABEL" in v:
            return _rel_text(v, docs)
        if "_LABEL" in v:
            return _node_text(v)
        return {k: readable_value(x, docs) for k, x in v.items() if not str(k).startswith("_")}
    if isinstance(v, (list, tuple)) and _neo4j_steps(v):  # Neo4j's (start, type, end) or [node, type, node …]
        out = f"({_neo4j_name(v[0])})"
        for t, n in zip(v[1::2], v[2::2]):
            out += (f"-[:{t}]->" if isinstance(v, tuple) else f"-[:{t}]-") + f"({_neo4j_name(n)})"
        return out
    if isinstance(v, (list, tuple)) and any(isinstance(x, dict) for x in v):
        return [readable_value(x, docs) for x in v]
    return v


def _neo4j_steps(v) -> bool:
    from .schema import RELS

    return (len(v) >= 3 and len(v) % 2 == 1 and all(isinstance(x, dict) for x in v[0::2])
            and all(isinstance(t, str) and t in RELS for t in v[1::2]))


def _neo4j_name(n: dict) -> str:
    return str(n.get("name") or n.get("code") or n.get("id") or "")


def readable_rows(rows: list[dict], columns: list[str], docs: dict[str, dict], short_hash: bool = False
                  ) -> tuple[list[dict], list[str]]:
    """Rows for people: values in one line, and beside each column of document ids the document's file name
    and title (`<column>_file`, `<column>_title`); `short_hash` shows the id's first 12 characters."""
    doc_cols = [c for c in columns
                if any(isinstance(r.get(c), str) for r in rows)
                and all(r.get(c) is None or (isinstance(r.get(c), str) and _HASH.match(r[c]) and r[c] in docs)
                        for r in rows)]
    cols: list[str] = []
    for c in columns:
        cols.append(c)
        if c in doc_cols:
            cols += [f"{c}_file", f"{c}_title"]
    out = []
    for r in rows:
        row = {}
        for c in columns:
            v = r.get(c)
            if c in doc_cols:
                d = docs.get(v or "") or {}
                row[c] = (v[:12] + "…") if (short_hash and v) else v
                row[f"{c}_file"], row[f"{c}_title"] = d.get("name"), d.get("title")
            else:
                row[c] = readable_value(v, docs)
        out.append(row)
    return out, cols

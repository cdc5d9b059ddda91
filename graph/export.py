"""Read the graph back out: facts (extraction schema), networkx, GraphML, GEXF, neo4j-admin CSV."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import networkx as nx

from .schema import FACT_PROPS, FACT_RELS, NODES, RELS, key_of

_FACT_PROP_NAMES = [p for p, _ in FACT_PROPS]


def node_rows(store, label: str) -> list[dict]:
    cols = [p for p, _ in NODES[label][1]]
    ret = ", ".join(f"n.{c} AS {c}" for c in cols)
    return store.query(f"MATCH (n:{label}) RETURN {ret} ORDER BY n.{key_of(label)}")


def edge_rows(store, rel: str) -> list[dict]:
    """Rows with from/to label, key and name, plus the relationship's properties."""
    out = []
    props = _FACT_PROP_NAMES if RELS[rel].fact else []
    for a, b in RELS[rel].pairs:
        ka, kb = key_of(a), key_of(b)
        ret = ", ".join([f"x.{ka} AS from_key", "x.name AS from_name", f"y.{kb} AS to_key", "y.name AS to_name"]
                        + [f"r.{p} AS {p}" for p in props])
        for row in store.query(f"MATCH (x:{a})-[r:{rel}]->(y:{b}) RETURN {ret}"):
            out.append({"type": rel, "from_label": a, "to_label": b, **row})
    return sorted(out, key=lambda r: (r["from_key"] or "", r["to_key"] or "", r.get("doc") or "",
                                      r.get("start_offset") or 0))


def facts(store) -> list[dict]:
    """Every fact relationship as a fact in the extraction schema (doc = the file name)."""
    names = {d["id"]: d["name"] for d in store.documents()}
    out = []
    for rel in FACT_RELS:
        for r in edge_rows(store, rel):
            f = {"doc": names.get(r["doc"], r["doc"]), "type": rel}
            if r["from_label"] == "Place":
                f["place"], f["place_code"] = r["from_name"], r["from_key"]
            if rel in ("ADOPTED", "PIONEERED"):
                f["mechanism"] = r["to_name"]
            elif rel == "LEARNED_FROM":
                f["source"], f["source_code"] = r["to_name"], r["to_key"]
            elif rel == "PROMOTED_BY":
                f["mechanism"], f["body"] = r["from_name"], r["to_name"]
            else:
                f["award"] = r["to_name"]
                if rel == "HONOURED":
                    f["holder"] = r["from_name"]
                    if r["from_label"] == "Body":
                        f["body"] = r["from_name"]
            for p in _FACT_PROP_NAMES:
                if p != "doc" and r.get(p) is not None:
                    f[{"start_offset": "start", "end_offset": "end"}.get(p, p)] = r[p]
            out.append(f)
    return out


def to_networkx(store) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for label in NODES:
        if label == "Document":
            continue
        for row in node_rows(store, label):
            key = row[key_of(label)]
            g.add_node(f"{label}:{key}", label=label, **{k: v for k, v in row.items() if v is not None})
    docs = {d["id"]: d["name"] for d in store.documents()}
    for rel in RELS:
        for r in edge_rows(store, rel):
            attrs = {k: v for k, v in r.items() if k in _FACT_PROP_NAMES and v is not None}
            if "doc" in attrs:
                attrs["document"] = docs.get(attrs["doc"], attrs["doc"])
            g.add_edge(f"{r['from_label']}:{r['from_key']}", f"{r['to_label']}:{r['to_key']}", key=None,
                       type=rel, **attrs)
    return g


def write_graphml(store, path: str | os.PathLike) -> nx.MultiDiGraph:
    g = to_networkx(store)
    nx.write_graphml(g, path)
    return g


def write_gexf(store, path: str | os.PathLike) -> nx.MultiDiGraph:
    """GEXF with each relationship's year as its start, so Gephi's timeline can replay diffusion."""
    g = to_networkx(store)
    g.graph["mode"] = "dynamic"
    for _, _, data in g.edges(data=True):
        if data.get("year") is not None:
            data["start"] = int(data["year"])
    nx.write_gexf(g, path)
    return g


_NEO4J_TYPES = {"STRING": "string", "INT64": "long", "DOUBLE": "double"}


def write_neo4j_csv(store, directory: str | os.PathLike) -> list[Path]:
    """CSV files in the `neo4j-admin database import` format, and a README with the command."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    node_args, rel_args = [], []
    for label, (pk, props) in NODES.items():
        p = d / f"nodes_{label}.csv"
        header = [f"{pk}:ID({label})"] + [f"{c}:{_NEO4J_TYPES[t]}" for c, t in props if c != pk] + [":LABEL"]
        with open(p, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            rows = node_rows(store, label) if label != "Document" else store.documents()
            for row in rows:
                w.writerow([row.get(pk)] + [_cell(row.get(c)) for c, _ in props if c != pk] + [label])
        node_args.append(f"--nodes={label}={p.name}")
        written.append(p)
    for rel, spec in RELS.items():
        rows = edge_rows(store, rel)
        props = FACT_PROPS if spec.fact else []
        for a, b in spec.pairs:
            p = d / f"rels_{rel}_{a}_{b}.csv"
            with open(p, "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow([f":START_ID({a})", f":END_ID({b})", ":TYPE"] + [f"{c}:{_NEO4J_TYPES[t]}" for c, t in props])
                for r in rows:
                    if r["from_label"] == a and r["to_label"] == b:
                        w.writerow([r["from_key"], r["to_key"], rel] + [_cell(r.get(c)) for c, _ in props])
            rel_args.append(f"--relationships={rel}={p.name}")
            written.append(p)
    readme = d / "README.txt"
    readme.write_text(
        "Import into an empty Neo4j database (run in this directory, with the database stopped):\n\n"
        "neo4j-admin database import full " + " ".join(node_args + rel_args) + " neo4j\n",
        encoding="utf-8")
    written.append(readme)
    return written


def _cell(v):
    return "" if v is None else v


def write_facts(store, path: str | os.PathLike | None, fmt: str = "jsonl", out=None) -> int:
    from fazhi.loaders.model import FACT_FIELDS
    from .output import emit

    rows = facts(store)
    fh = open(path, "w", encoding="utf-8", newline="") if path else out
    try:
        if fmt == "csv":
            emit(rows, "csv", columns=FACT_FIELDS, out=fh)
        else:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    finally:
        if path:
            fh.close()
    return len(rows)

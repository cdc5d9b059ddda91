"""What each document contributes to the shared part of the graph, so that forgetting it is exact.

Facts are relationships that carry their document (`r.doc`), so removing a document's facts is a
delete by id. Nodes and the structural relationships (PART_OF, LOCATED_IN, INSTANCE_OF) are shared:
烟台市 and its PART_OF 山东省 come from every document that names it. So each Document keeps a
record (`support`, compact JSON) of the node keys and structural relationships it brought, with its
own values of the properties that depend on the document (schema.MERGED: aliases, a mechanism's
category, an award's level). A node's value of such a property is a merge of the values of all the
documents that support it, by a rule that does not depend on load order (a union, a minimum), so
the graph after a forget, or after a replace of a changed file, equals a fresh load of the files
that remain, in any order (tests/test_forget_exact.py compares canonical dumps).

The stores do the reading and writing; this module only decides.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterable

from .schema import MERGED, NODES, RELS, key_of

Key = tuple[str, str]  # (label, key)
Edge = tuple[str, str, str, str, str]  # (rel, from label, from key, to label, to key)


def merge(rule: str, a, b):
    """Two documents' values of one property → the node's value (None and '' mean 'says nothing')."""
    if a in (None, ""):
        return None if b in (None, "") else b
    if b in (None, ""):
        return a
    if rule == "union":  # '|'-joined name lists
        return "|".join(sorted(set(a.split("|")) | set(b.split("|"))))
    if rule == "min":  # any deterministic choice would do; the smallest is the simplest to state
        return min(a, b)
    raise ValueError(f"unknown merge rule {rule!r}")


def merged_props(label: str, rows: Iterable[dict]) -> dict:
    """The node's merged properties from every supporting document's row."""
    out: dict = {p: None for p in MERGED.get(label, {})}
    for row in rows:
        for p, rule in MERGED.get(label, {}).items():
            out[p] = merge(rule, out[p], row.get(p))
    return out


@dataclass
class Support:
    """One document's record: node keys with its values of the merged properties, structural edges."""
    nodes: dict[str, dict[str, dict]] = field(default_factory=dict)
    edges: set[Edge] = field(default_factory=set)

    def dumps(self) -> str:
        data = {"n": self.nodes, "e": sorted(self.edges)}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def loads(cls, text: str | None) -> "Support":
        if not text:
            return cls()
        data = json.loads(text)
        return cls(nodes=data.get("n", {}), edges={tuple(e) for e in data.get("e", [])})

    def keys(self) -> set[Key]:
        return {(label, k) for label, rows in self.nodes.items() for k in rows}


def record(nodes: dict[str, dict[str, dict]], edges: dict[tuple[str, str, str], list[dict]]) -> Support:
    """The record of one document's batch (graph/rows.py builds it before merging it into a larger batch)."""
    s = Support()
    for label, rows in nodes.items():
        if label == "Document":
            continue
        props = MERGED.get(label, {})
        s.nodes[label] = {k: {p: row[p] for p in props if row.get(p) not in (None, "")} for k, row in rows.items()}
    for (rel, a, b), rows in edges.items():
        if not RELS[rel].fact:
            s.edges |= {(rel, a, r["from"], b, r["to"]) for r in rows}
    return s


def updates(label: str, batch_rows: dict[str, dict], current: dict[str, dict]) -> dict[str, dict]:
    """New values of the merged properties of nodes that exist already (`current`: key → their values),
    after a batch that supports them again: {key: {prop: value}} for what changes."""
    out: dict[str, dict] = {}
    for k, now in current.items():
        if k in batch_rows:
            changed = _changes(merged_props(label, [now, batch_rows[k]]), now)
            if changed:
                out[k] = changed
    return out


def everything(rows) -> tuple[set[Key], set[Edge]]:
    """Every node key and structural edge of a graph, read through `rows(cypher) -> list[dict]` (a store's
    own reader): what a reconcile of the whole graph touches."""
    touched = {(label, r["k"]) for label in NODES if label != "Document"
               for r in rows(f"MATCH (n:{label}) RETURN n.{key_of(label)} AS k")}
    edges = {(rel, a, r["f"], b, r["t"]) for rel, spec in RELS.items() if not (spec.fact or spec.props)
             for a, b in spec.pairs for r in rows(
                 f"MATCH (x:{a})-[:{rel}]->(y:{b}) RETURN x.{key_of(a)} AS f, y.{key_of(b)} AS t")}
    return touched, edges


@dataclass
class Plan:
    """What a forget changes beyond the facts: nodes no document supports any more, new values of merged
    properties of nodes that stay, structural edges no remaining document brings."""
    drop_nodes: dict[str, list[str]] = field(default_factory=dict)
    set_props: dict[str, dict[str, dict]] = field(default_factory=dict)
    drop_edges: list[Edge] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.drop_nodes or self.set_props or self.drop_edges)


def plan(touched: set[Key], touched_edges: set[Edge], kept: Iterable[Support],
         current: dict[str, dict[str, dict]]) -> Plan:
    """Reconcile `touched` nodes and edges with the documents that remain (`kept`). `current`: label →
    key → the node's stored values of its merged properties."""
    rows: dict[Key, list[dict]] = {k: [] for k in touched}
    edges_kept: set[Edge] = set()
    for s in kept:
        for label, nodes in s.nodes.items():
            for k, row in nodes.items():
                if (label, k) in rows:
                    rows[(label, k)].append(row)
        edges_kept |= s.edges & touched_edges
    p = Plan()
    for (label, k), supporters in sorted(rows.items()):
        if not supporters:
            p.drop_nodes.setdefault(label, []).append(k)
            continue
        changed = _changes(merged_props(label, supporters), current.get(label, {}).get(k, {}))
        if changed:
            p.set_props.setdefault(label, {})[k] = changed
    dropped = {(label, k) for label, ks in p.drop_nodes.items() for k in ks}
    p.drop_edges = sorted(e for e in touched_edges - edges_kept
                          if (e[1], e[2]) not in dropped and (e[3], e[4]) not in dropped)
    return p


def _changes(new: dict, now: dict) -> dict:
    """The merged values that differ from the stored ones ('' and None are both 'nothing')."""
    return {p: v for p, v in new.items() if v != (None if now.get(p) in (None, "") else now.get(p))}

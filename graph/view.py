"""`fazhi show`: a self-contained interactive page of (part of) the graph.

What is drawn (`build`):

* around a place, a mechanism or an award, named as a person types it (烟台 → 烟台市, an alias or a brand →
  its node: graph/names.py, the rule the web app's search box follows), `depth` hops out;
* what a read-only query returns (`query`, or a named query with `name`): nodes, relationships and paths
  as returned, with the relationships among the returned nodes when the query returned none; or rows of
  names (烟台市, 综合查一次, a division code), each name with its neighbours up to `depth`;
* by default, the whole graph.

Facts outside `year_from`..`year_to`, and facts without a year when `undated="drop"`, are left out before
anything is drawn. Parallel facts (one relationship per fact and document) are drawn as one edge that lists
them. Past `max_nodes` nodes (400) the view aggregates, step by step until it fits, and says so on the page:
places into their provinces, then mechanisms adopted by one place into their category, then every mechanism
into its category; what is still over the cap is cut, the least connected first.

The page (`render`): vis-network 9.1.2 from the installed pyvis package and the hand-written
graph/data/show.js and show.css, all inlined: it needs no network. Colour and shape by label with a legend
for node labels and relationship types that doubles as a filter; a year range and an undated switch;
relationship types shown on hover; node size by adoption count (mechanisms) or number of neighbours;
hovering a node shows its properties, an edge its facts (year and where it comes from, the evidence, the
article, the document's file name). Physics stops once the layout has settled.

Safety: the data travel as a JSON island (`<script type="application/json">`) in which < > & are written
as \\u escapes, so no text can close the element, and show.js puts every text on the page through
textContent (tooltips are DOM nodes it builds), never as markup. A Content-Security-Policy lets only the
page's own inline scripts run (by their hashes): even a `<script>` that slipped through would not.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable

import networkx as nx

from .export import to_networkx
from .names import KEYS
from .schema import RELS

MAX_NODES = 400
VIS_VERSION = "vis-9.1.2"
STYLE = {  # label -> (colour, shape)
    "Place": ("#2f7ed8", "dot"),
    "Body": ("#8e44ad", "square"),
    "Mechanism": ("#27ae60", "diamond"),
    "Award": ("#e67e22", "star"),
}
EDGE_COLOURS = {
    "ADOPTED": "#7f8c8d", "PIONEERED": "#c0392b", "PROMOTED_BY": "#8e44ad", "NAMED_DEMONSTRATION_CITY": "#e67e22",
    "NAMED_DEMONSTRATION_PROJECT": "#d35400", "HONOURED": "#f39c12", "CANDIDATE": "#c9a800",
    "LEARNED_FROM": "#2980b9", "INFLUENCED": "#1abc9c", "INSTANCE_OF": "#16a085", "PART_OF": "#bdc3c7",
    "LOCATED_IN": "#bdc3c7",
}
STRUCTURAL = tuple(n for n, r in RELS.items() if not r.fact and not r.props)  # PART_OF, LOCATED_IN, INSTANCE_OF
# drawn only when a query returns them (or structure=True): the division tree would tie every place together
HIERARCHY = ("PART_OF", "LOCATED_IN")
FACTS_PER_EDGE = 5  # facts an edge's tooltip lists (its years count them all)
_FACT_KEYS = ("year", "year_source", "reported", "scope", "mode", "batch", "level", "project", "edition",
              "evidence", "article")
_NODE_PROPS = {  # what a node's tooltip lists, in this order
    "Place": ("code", "level", "province", "aliases"),
    "Body": ("kind", "place"),
    "Mechanism": ("category", "aliases"),
    "Award": ("kind", "level", "body"),
}


def _n(k: int, word: str) -> str:
    return f"{k} {word}{'' if k == 1 else 's'}"


def _esc(v) -> str:
    return html.escape("" if v is None else str(v))


# -- what to draw --------------------------------------------------------------------------------------
@dataclass
class View:
    """What the page draws: nodes by id, edges (parallel facts merged), and what the page should say."""
    title: str
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[dict] = field(default_factory=list)
    centres: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    aggregated: list[str] = field(default_factory=list)  # what was folded: "places → provinces", …

    @property
    def summary(self) -> str:
        facts = sum(e["count"] for e in self.edges if not e["structural"] and not e["derived"])
        s = f"{_n(len(self.nodes), 'node')}, {_n(len(self.edges), 'relationship')} ({_n(facts, 'fact')})"
        if self.aggregated:
            s += "; aggregated: " + ", ".join(self.aggregated)
        return s


def parse_years(text: str | None) -> tuple[int | None, int | None]:
    """'2018-2022', '2018-', '-2022' or '2021' → (from, to); None or '' → (None, None)."""
    import re

    if not text or not text.strip():
        return None, None
    m = re.fullmatch(r"\s*(\d{4})?\s*(?:([-–~:]|\.\.)\s*(\d{4})?)?\s*", text)
    if not m or not (m.group(1) or m.group(3)):
        raise ValueError(f"{text!r}: write FROM-TO, e.g. 2018-2022, 2018- or -2022, or one year")
    a = int(m.group(1)) if m.group(1) else None
    b = int(m.group(3)) if m.group(3) else (a if not m.group(2) else None)
    if a is not None and b is not None and a > b:
        raise ValueError(f"{text!r}: the first year comes after the last")
    return a, b


def _keep_edge(d: dict, year_from, year_to, undated: str, structure: bool) -> bool:
    t = d.get("type")
    if t in HIERARCHY and not structure:
        return False
    if t in STRUCTURAL or not RELS.get(t) or not RELS[t].fact:
        return True  # the hierarchy and derived edges have no year
    y = d.get("year")
    if y is None:
        return undated != "drop"
    return (year_from is None or y >= year_from) and (year_to is None or y <= year_to)


def filtered(g: nx.MultiDiGraph, year_from=None, year_to=None, undated: str = "keep",
             structure: bool = False) -> nx.MultiDiGraph:
    h = g.copy()
    h.remove_edges_from([(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
                         if not _keep_edge(d, year_from, year_to, undated, structure)])
    return h


def select(g: nx.MultiDiGraph, place: str | None = None, mechanism: str | None = None,
           names: set[str] | None = None, depth: int = 1, year_from: int | None = None,
           year_to: int | None = None, structure: bool = False, undated: str = "keep",
           centres: list[str] | None = None) -> nx.MultiDiGraph:
    """The part of the graph to draw: around `centres` (node ids), a place or mechanism (exact name or code),
    or the nodes `names` names; the whole graph without them. Isolated nodes are left out."""
    h = filtered(g, year_from, year_to, undated, structure)
    centres = list(centres or [])
    if year_from is not None or year_to is not None or undated == "drop":
        # filtered by year, a node is drawn for its facts: the hierarchy and mechanism families only tie together
        # nodes that have some left (`--years 2030-` draws nothing of a family whose facts are all earlier)
        with_facts = {n for u, v, d in h.edges(data=True) if d.get("type") not in STRUCTURAL for n in (u, v)}
        h.remove_edges_from([(u, v, k) for u, v, k, d in list(h.edges(keys=True, data=True))
                             if d.get("type") in STRUCTURAL and not (u in with_facts and v in with_facts)])
    for n, d in h.nodes(data=True):
        if place and d.get("label") == "Place" and place in (d.get("name"), d.get("code")):
            centres.append(n)
        if mechanism and d.get("label") == "Mechanism" and d.get("name") == mechanism:
            centres.append(n)
        if names and (d.get("name") in names or n.split(":", 1)[1] in names):
            centres.append(n)
    if place or mechanism or names or centres:
        if not centres:
            what = place or mechanism or "the query's results"
            raise LookupError(f"{what} is not in the graph")
        keep: set[str] = set()
        und = h.to_undirected(as_view=True)
        for c in centres:
            keep |= set(nx.ego_graph(und, c, radius=depth).nodes)
        h = h.subgraph(keep).copy()
    h.remove_nodes_from([n for n in list(h.nodes) if h.degree(n) == 0 and n not in centres])
    return h


# -- what a query returned -------------------------------------------------------------------------------
@dataclass
class Returned:
    nodes: list[str] = field(default_factory=list)  # node ids, in the order first returned
    edges: list[tuple[str, str, str, dict]] = field(default_factory=list)  # (from id, to id, type, props)
    names: list[str] = field(default_factory=list)  # node ids named by plain values
    skipped: Counter = field(default_factory=Counter)  # what could not be drawn: documents, unknown values


def _iid(v) -> tuple | None:
    return (v.get("table"), v.get("offset")) if isinstance(v, dict) else None


def read_results(rows: list[dict], g: nx.MultiDiGraph, index=None, internal_ids: Callable[[], dict] | None = None
                 ) -> Returned:
    """Nodes, relationships and paths among a query's values (Ladybug's dicts with _LABEL/_ID/_SRC/_DST/_NODES,
    or Neo4j's property maps and (start, type, end) triples), and the nodes that plain values name."""
    out = Returned()
    seen_nodes: set[str] = set()
    by_iid: dict[tuple, str] = {}
    rels: list[dict] = []

    def add_node(nid: str | None) -> None:
        if nid and nid in g and nid not in seen_nodes:
            seen_nodes.add(nid)
            out.nodes.append(nid)

    def node_of(v: dict) -> str | None:
        label = v.get("_LABEL")
        if label:
            if label not in KEYS:
                out.skipped[label] += 1
                return None
            return f"{label}:{v.get(KEYS[label])}"
        # Neo4j: a node arrives as its property map
        if v.get("code") and f"Place:{v['code']}" in g:
            return f"Place:{v['code']}"
        for label in ("Mechanism", "Body", "Award"):
            if v.get("name") and f"{label}:{v['name']}" in g:
                return f"{label}:{v['name']}"
        return None

    def walk(v) -> None:
        if isinstance(v, dict):
            if "_NODES" in v:
                for n in v["_NODES"]:
                    walk(n)
                for r in v.get("_RELS") or []:
                    walk(r)
            elif "_SRC" in v:
                rels.append(v)
            elif "_LABEL" in v or "code" in v or "name" in v:
                nid = node_of(v)
                if nid is not None:
                    if "_ID" in v:
                        by_iid[_iid(v["_ID"])] = nid
                    add_node(nid)
                elif "_LABEL" not in v:
                    out.skipped["value"] += 1
        elif isinstance(v, (list, tuple)):
            if _neo4j_steps(v):
                # Neo4j: a relationship as (start, type, end), a path as [node, type, node, type, node …];
                # a relationship returned alone comes with empty ends, and a path's steps without direction
                ends = [node_of(x) if x else None for x in v[0::2]]
                for i, t in enumerate(v[1::2]):
                    a, b = ends[i], ends[i + 1]
                    if a and b:
                        add_node(a)
                        add_node(b)
                        out.edges.append((a, b, t, {} if isinstance(v, tuple) else {"_either": True}))
                    else:
                        out.skipped["relationship-ends"] += 1
                return
            for x in v:
                walk(x)
        elif isinstance(v, str) and index is not None:
            hits = [h for h in index.find(v, limit=10) if h.rank <= 1]  # an exact name, key or alias
            if hits:
                for h in hits:
                    if h.entry.id in g and h.entry.id not in out.names:
                        out.names.append(h.entry.id)
            else:
                out.skipped["value"] += 1

    for row in rows:
        for v in row.values():
            walk(v)
    if rels:
        missing = {_iid(r.get(k)) for r in rels for k in ("_SRC", "_DST")} - set(by_iid)
        if missing and internal_ids is not None:
            by_iid.update({k: v for k, v in internal_ids().items() if k in missing})
        for r in rels:
            a, b = by_iid.get(_iid(r.get("_SRC"))), by_iid.get(_iid(r.get("_DST")))
            if a in g and b in g:
                add_node(a)
                add_node(b)
                out.edges.append((a, b, r.get("_LABEL"), r))
            else:
                out.skipped["relationship"] += 1
    return out


def _neo4j_steps(v) -> bool:
    """A Neo4j relationship or path as the driver's Record.data() gives it: node maps alternating with types."""
    return (len(v) >= 3 and len(v) % 2 == 1 and all(isinstance(x, dict) for x in v[0::2])
            and all(isinstance(t, str) and t in RELS for t in v[1::2]))


def _internal_ids(store) -> Callable[[], dict]:
    """The engine's internal node ids → our node ids (Ladybug), for relationships returned without their ends."""
    def get() -> dict:
        out = {}
        if getattr(store, "kind", None) != "ladybug":
            return out
        for label, key in KEYS.items():
            for r in store.query(f"MATCH (n:{label}) RETURN ID(n) AS i, n.{key} AS k"):
                out[_iid(r["i"])] = f"{label}:{r['k']}"
        return out
    return get


def _match_edges(g: nx.MultiDiGraph, a: str, b: str, t: str, props: dict) -> list[tuple[str, str, dict]]:
    """The graph's edges a query returned: the same ends and type, and for a fact the same document and offset.
    Without them (Neo4j gives a relationship's type and ends only) every such edge; `_either`: in either
    direction (a Neo4j path's steps)."""
    out = []
    for u, v in ((a, b), (b, a)) if props.get("_either") else ((a, b),):
        for _, d in (g.get_edge_data(u, v) or {}).items():
            if d.get("type") != t:
                continue
            if props.get("doc"):
                if d.get("doc") == props.get("doc") and d.get("start_offset") == props.get("start_offset"):
                    return [(u, v, d)]
            else:
                out.append((u, v, d))
        if out:
            break
    return out


def returned_graph(g: nx.MultiDiGraph, ret: Returned, year_from=None, year_to=None, undated="keep",
                   depth: int = 1) -> nx.MultiDiGraph:
    """The graph to draw for a query's results: the returned nodes and relationships (the facts among them
    filtered by year), those among the returned nodes when no relationship was returned, and each named node
    with its neighbours up to `depth`."""
    h = nx.MultiDiGraph()
    for n in ret.nodes:
        h.add_node(n, **g.nodes[n])
    if ret.edges:
        seen = set()
        for a, b, t, props in ret.edges:
            found = _match_edges(g, a, b, t, props) or [
                (a, b, {"type": t, **{k: v for k, v in props.items() if not str(k).startswith("_")}})]
            for u, v, d in found:
                if id(d) in seen:
                    continue
                seen.add(id(d))
                if _keep_edge(d, year_from, year_to, undated, structure=True):
                    h.add_edge(u, v, **d)
    elif ret.nodes:
        for a, b, d in g.subgraph(ret.nodes).edges(data=True):
            if _keep_edge(d, year_from, year_to, undated, structure=True):
                h.add_edge(a, b, **d)
    if ret.names:
        around = select(g, centres=ret.names, depth=depth, year_from=year_from, year_to=year_to, undated=undated)
        h = nx.compose(h, around)
    return h


# -- from a graph to a view ------------------------------------------------------------------------------
def _fact(d: dict, docs: dict[str, dict]) -> dict:
    f = {k: d.get(k) for k in _FACT_KEYS if d.get(k) not in (None, "")}
    doc = docs.get(d.get("doc") or "") or {}
    if d.get("doc"):
        f["document"] = doc.get("name") or d.get("document") or d["doc"][:12]
        if not f.get("article") and doc.get("title"):
            f["article"] = doc["title"]
    return f


def _weights(g: nx.MultiDiGraph) -> dict[str, int]:
    """Size of a node: a mechanism's adopters (places that adopted or pioneered it), else its neighbours
    through facts — counted in the whole graph, not only in the part drawn."""
    adopters: dict[str, set] = defaultdict(set)
    neighbours: dict[str, set] = defaultdict(set)
    for u, v, d in g.edges(data=True):
        t = d.get("type")
        if t in ("ADOPTED", "PIONEERED"):
            adopters[v].add(u)
        if t not in HIERARCHY:
            neighbours[u].add(v)
            neighbours[v].add(u)
    return {n: len(adopters[n]) if g.nodes[n].get("label") == "Mechanism" else len(neighbours[n]) for n in g}


def _node(nid: str, d: dict, weight: int, province_names: dict[str, str]) -> dict:
    label = d.get("label", "")
    props = []
    for k in _NODE_PROPS.get(label, ()):
        v = d.get(k)
        if v in (None, ""):
            continue
        if k == "aliases":
            v = "、".join(a for a in str(v).split("|") if a and a != d.get("name"))
            if not v:
                continue
        if k == "province" and label == "Place":
            if v == d.get("code"):
                continue
            v = province_names.get(v, v)
        if k == "place" and label == "Body":
            v = province_names.get(v, v)
        props.append([k, v])
    return {"id": nid, "kind": label, "name": d.get("name") or nid.split(":", 1)[1], "props": props,
            "weight": weight}


def _province_names(codes) -> dict[str, str]:
    from fazhi.loaders.extract.gazetteer import Gazetteer

    gz = Gazetteer.default()
    out = {}
    for c in codes:
        div = gz.get(c) if c else None
        if div is not None:
            out[c] = div.name
    return out


def _merge_edges(h: nx.MultiDiGraph, docs: dict[str, dict], group: Callable[[str], str]) -> dict[tuple, dict]:
    """One drawn edge per (from, to, type) after grouping nodes: its facts (the first FACTS_PER_EDGE kept),
    every year with its count, and how many facts have no year."""
    edges: dict[tuple, dict] = {}
    for u, v, d in h.edges(data=True):
        a, b, t = group(u), group(v), d.get("type")
        if a == b:
            continue  # folded into one node (a place and its province)
        e = edges.setdefault((a, b, t), {"from": a, "to": b, "type": t, "structural": t in STRUCTURAL,
                                         "count": 0, "years": Counter(), "undated": 0, "facts": [],
                                         "derived": bool(RELS.get(t) and RELS[t].props)})
        e["count"] += 1
        if RELS.get(t) and RELS[t].fact:
            if d.get("year") is None:
                e["undated"] += 1
            else:
                e["years"][int(d["year"])] += 1
            if len(e["facts"]) < FACTS_PER_EDGE:
                e["facts"].append(_fact(d, docs))
        elif RELS.get(t) and RELS[t].props:
            e["facts"].append({k: d.get(k) for k, _ in RELS[t].props if d.get(k) not in (None, "")})
    return edges


def _finish_edges(edges: dict[tuple, dict]) -> list[dict]:
    out = []
    for (a, b, t), e in sorted(edges.items()):
        e["id"] = f"{a}|{b}|{t}"
        e["years"] = sorted([y, n] for y, n in e["years"].items())
        e["facts"].sort(key=lambda f: (f.get("year") is None, f.get("year") or 0, f.get("document") or ""))
        out.append(e)
    return out


def _aggregate(h: nx.MultiDiGraph, keep: set[str], max_nodes: int, province_names: dict[str, str]
               ) -> tuple[dict[str, str], dict[str, dict], list[str]]:
    """Fold nodes until at most max_nodes remain: places → provinces, single-adopter mechanisms → categories,
    every mechanism → categories, then cut the least connected. Returns (node → group id, groups, steps)."""
    group = {n: n for n in h}
    groups: dict[str, dict] = {}
    steps: list[str] = []

    def count() -> int:
        return len(set(group.values()))

    def fold(n: str, gid: str, kind: str, name: str) -> None:
        g = groups.setdefault(gid, {"id": gid, "kind": kind, "name": name, "members": [], "aggregate": True})
        g["members"].append(h.nodes[n].get("name") or n)
        group[n] = gid

    if count() > max_nodes:
        before = sum(1 for n in h if h.nodes[n].get("label") == "Place")
        for n, d in h.nodes(data=True):
            if d.get("label") == "Place" and n not in keep and d.get("province"):
                p = d["province"]
                fold(n, f"Province:{p}", "Place", province_names.get(p, p))
        after = len({group[n] for n in h if h.nodes[n].get("label") == "Place"})
        steps.append(f"places into their provinces ({before} → {after})")
    if count() > max_nodes:
        places_of: dict[str, set] = defaultdict(set)
        for u, v, d in h.edges(data=True):
            if d.get("type") in ("ADOPTED", "PIONEERED"):
                places_of[v].add(u)
        n0 = 0
        for n, d in h.nodes(data=True):
            if d.get("label") == "Mechanism" and n not in keep and len(places_of[n]) <= 1:
                cat = d.get("category") or "no category"
                fold(n, f"Category:{cat}", "Mechanism", cat)
                n0 += 1
        steps.append(f"{n0} mechanisms adopted by one place into their category")
    if count() > max_nodes:
        n0 = 0
        for n, d in h.nodes(data=True):
            if d.get("label") == "Mechanism" and n not in keep and not group[n].startswith("Category:"):
                cat = d.get("category") or "no category"
                fold(n, f"Category:{cat}", "Mechanism", cat)
                n0 += 1
        steps.append(f"every other mechanism ({n0}) into its category")
    if count() > max_nodes:
        # what still does not fit: the least connected groups are left out
        deg: Counter = Counter()
        for u, v in h.edges():
            if group[u] != group[v]:
                deg[group[u]] += 1
                deg[group[v]] += 1
        ranked = sorted(set(group.values()), key=lambda x: (x not in keep, -deg[x], x))
        cut = set(ranked[max_nodes:])
        for n in list(group):
            if group[n] in cut:
                group[n] = None
        steps.append(f"{len(cut)} least connected nodes left out")
    return group, groups, steps


def to_view(h: nx.MultiDiGraph, g: nx.MultiDiGraph, docs: dict[str, dict], title: str,
            centres: list[str] | None = None, max_nodes: int | None = MAX_NODES) -> View:
    centres = [c for c in (centres or []) if c in h]
    weights = _weights(g)
    codes = {d.get("province") for _, d in h.nodes(data=True) if d.get("label") == "Place"}
    codes |= {d.get("place") for _, d in h.nodes(data=True) if d.get("label") == "Body"}
    province_names = _province_names(c for c in codes if c)
    view = View(title=title, centres=centres)
    group: dict[str, str | None] = {n: n for n in h}
    groups: dict[str, dict] = {}
    if max_nodes and h.number_of_nodes() > max_nodes:
        group, groups, steps = _aggregate(h, set(centres), max_nodes, province_names)
        view.aggregated = steps
        view.notes.append(f"{h.number_of_nodes()} nodes are more than this page draws at once ({max_nodes}): "
                          + "; ".join(steps) + ". Hover a grouped node for its members; draw a part with "
                          "--place, --mechanism or --query, or raise --max-nodes.")
    for n, d in h.nodes(data=True):
        gid = group.get(n)
        if gid is None:
            continue
        if gid == n:
            view.nodes[n] = _node(n, d, weights.get(n, 0), province_names)
            view.nodes[n]["centre"] = n in centres
        elif gid not in view.nodes:
            gr = groups[gid]
            view.nodes[gid] = {"id": gid, "kind": gr["kind"], "name": gr["name"], "props": [],
                               "aggregate": True, "centre": False}
    for gid, gr in groups.items():
        if gid in view.nodes:
            members = sorted(gr["members"])
            view.nodes[gid]["name"] = f"{gr['name']} ({len(members)})"
            view.nodes[gid]["weight"] = len(members)
            view.nodes[gid]["members"] = members[:40]
            view.nodes[gid]["more"] = max(0, len(members) - 40)
    edges = _merge_edges(h, docs, lambda n: group.get(n))
    view.edges = [e for e in _finish_edges({k: v for k, v in edges.items() if k[0] and k[1]})]
    for nid, n in view.nodes.items():
        n.update(_looks(n))
    return view


def _looks(n: dict) -> dict:
    """Size and label size from the node's weight: hubs drawn large with labels readable when the whole graph
    is in view; a leaf's label appears as one zooms in (show.js hides labels too small to read)."""
    w = max(1, n.get("weight") or 1)
    kind = n.get("kind")
    size = min(60.0, 9 + 5 * math.sqrt(w - 1) + (6 if n.get("aggregate") else 0))
    font = 14 + 9 * math.sqrt(w - 1)
    if kind in ("Place", "Award"):
        font += 10
    if n.get("centre"):
        size, font = max(size, 28), max(font, 30)
    return {"size": round(size, 1), "font": round(min(font, 72), 1)}


# -- the page ------------------------------------------------------------------------------------------
def _json_island(obj) -> str:
    """JSON for a <script type="application/json"> element: nothing in it can end the element or open markup."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _asset(name: str) -> str:
    return (resources.files("fazhi.graph") / "data" / name).read_text(encoding="utf-8")


def _vis(name: str) -> str:
    return (resources.files("pyvis") / "lib" / VIS_VERSION / name).read_text(encoding="utf-8")


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def page(view: View) -> str:
    data = {"title": view.title, "nodes": list(view.nodes.values()), "edges": view.edges, "centres": view.centres,
            "notes": view.notes, "style": {k: {"color": c, "shape": s} for k, (c, s) in STYLE.items()},
            "edgeColours": EDGE_COLOURS, "structural": list(STRUCTURAL)}
    vis_js, show_js = _vis("vis-network.min.js"), _asset("show.js")
    # the inline scripts run by their hashes; the JSON island is data, never run
    csp = ("default-src 'none'; script-src " + _sha(vis_js) + " " + _sha(show_js) + "; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{html.escape(csp, quote=False)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(view.title)}</title>
<style>{_vis("vis-network.css")}</style>
<style>{_asset("show.css")}</style>
</head>
<body>
<header id="head">
  <div class="title"><b>{_esc(view.title)}</b> <span id="summary">{_esc(view.summary)}</span></div>
  {''.join(f'<div class="note">{_esc(n)}</div>' for n in view.notes)}
  <div class="controls">
    <span class="group" id="years"><span class="lbl">Years</span>
      <input type="range" id="year-from" aria-label="from year"> <output id="year-from-out"></output> –
      <input type="range" id="year-to" aria-label="to year"> <output id="year-to-out"></output>
      <label><input type="checkbox" id="undated" checked> facts without a year</label></span>
    <span class="group" id="node-legend"><span class="lbl">Nodes</span></span>
    <span class="group" id="edge-legend"><span class="lbl">Relationships</span></span>
    <span id="shown"></span>
  </div>
  <div class="hint">Hover a node or an edge for its details; drag to move, scroll to zoom; click a legend entry to
  hide or show it.</div>
</header>
<div id="graph"></div>
<noscript>This page needs JavaScript to draw the graph.</noscript>
<script type="application/json" id="fazhi-data">{_json_island(data)}</script>
<script>{vis_js}</script>
<script>{show_js}</script>
</body>
</html>
"""


def render(view_or_graph, out: str | Path, title: str = "fazhi-graph") -> Path:
    """Write the page for a View (or, as before, a networkx graph drawn whole)."""
    view = view_or_graph
    if isinstance(view_or_graph, nx.MultiDiGraph):
        view = to_view(view_or_graph, view_or_graph, {}, title)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page(view), encoding="utf-8")
    return out


# -- the whole command ----------------------------------------------------------------------------------
def _runner(store) -> Callable:
    """How a user's query runs: on the embedded graph in a child process (graph/query_worker: a memory cap,
    the guard, the time limit, the row cap), on Neo4j through the store's read_query."""
    from .query_worker import run_query

    def run(cypher: str, params: dict):
        if getattr(store, "kind", None) == "ladybug":
            return run_query(os.fspath(store.path), cypher, params)
        return run_query(store, cypher, params)
    return run


def build(store, place: str | None = None, mechanism: str | None = None, award: str | None = None,
          query: str | None = None, name: str | None = None, params: dict | None = None, depth: int = 1,
          year_from: int | None = None, year_to: int | None = None, undated: str = "keep",
          max_nodes: int | None = MAX_NODES, structure: bool = False, runner: Callable | None = None) -> View:
    """What `fazhi show` draws (see the module's docstring). Raises LookupError for a name that resolves
    to nothing (with the closest names) or a query whose results name nothing in the graph."""
    if undated not in ("keep", "drop"):
        raise ValueError("undated is keep or drop")
    g = to_networkx(store)
    docs = {d["id"]: d for d in store.documents()}
    notes: list[str] = []
    asked = [(label, text) for label, text in (("Place", place), ("Mechanism", mechanism), ("Award", award)) if text]
    if asked:
        from .names import Index

        index = Index.build(store)
        centres = []
        for label, text in asked:
            e = index.lookup(text, label)
            centres.append(e.id)
            if e.name != text.strip():
                notes.append(f"{text} → {e.name}")
        h = select(g, centres=centres, depth=depth, year_from=year_from, year_to=year_to, undated=undated,
                   structure=structure)
        title = " + ".join(g.nodes[c].get("name") or c for c in centres)
    elif query or name:
        from .names import Index

        cypher, values, title = query, dict(params or {}), "query"
        if name:
            from fazhi.queries.library import get_query

            q = get_query(name)
            cypher, values, title = q.cypher, q.default_params(**values), f"{name}"
        result = (runner or _runner(store))(cypher, values)
        if not result.rows:
            raise LookupError("the query returned no rows: nothing to draw")
        ret = read_results(result.rows, g, Index.build(store), _internal_ids(store))
        if not (ret.nodes or ret.names):
            n = len(result.rows)
            if ret.skipped.get("relationship-ends"):
                raise LookupError(f"the query returned {n} relationship{'s' if n != 1 else ''} without their ends "
                                  "(Neo4j's driver gives a relationship returned alone so): return its nodes too "
                                  "(RETURN p, r, m) or a path (MATCH x = (p)-[r]->(m) RETURN x)")
            raise LookupError(f"the query returned {n} row{'s' if n != 1 else ''} but no node of the graph: "
                              "return nodes (RETURN p), relationships, paths, or names (RETURN p.name)")
        h = returned_graph(g, ret, year_from, year_to, undated, depth)
        centres = list(ret.names)
        if result.truncated:
            notes.append(f"only the first {result.max_rows} rows of the query are drawn (its row cap)")
        if ret.skipped.get("relationship"):
            notes.append(f"{ret.skipped['relationship']} returned relationships whose ends are not in the graph "
                         "are not drawn")
        if ret.skipped.get("relationship-ends"):
            notes.append(f"{ret.skipped['relationship-ends']} relationships came without their ends (Neo4j's "
                         "driver gives a relationship returned alone so): return its nodes too (RETURN p, r, m) "
                         "or a path")
    else:
        h = select(g, year_from=year_from, year_to=year_to, undated=undated, structure=structure)
        centres, title = [], "overview"
    if year_from is not None or year_to is not None:
        notes.append(f"facts from {year_from or '…'} to {year_to or '…'} only"
                     + (" (and those without a year)" if undated == "keep" else ""))
    elif undated == "drop":
        notes.append("facts without a year are left out")
    view = to_view(h, g, docs, f"fazhi-graph: {title}", centres, max_nodes)
    if not view.nodes:
        notes.append("nothing to draw: no fact is left after these filters")
    view.notes[:0] = notes
    return view


def show(store, out: str | Path, place: str | None = None, mechanism: str | None = None,
         query: str | None = None, params: dict | None = None, depth: int = 1, year_from: int | None = None,
         year_to: int | None = None, *, award: str | None = None, name: str | None = None, undated: str = "keep",
         max_nodes: int | None = MAX_NODES, structure: bool = False, runner: Callable | None = None) -> Path:
    """Write the page for a place, mechanism or award, a query's results, or (by default) the whole graph."""
    view = build(store, place=place, mechanism=mechanism, award=award, query=query, name=name, params=params,
                 depth=depth, year_from=year_from, year_to=year_to, undated=undated, max_nodes=max_nodes,
                 structure=structure, runner=runner)
    return render(view, out)

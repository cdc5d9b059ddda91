"""A self-contained interactive page of (part of) the graph, drawn with pyvis.

vis.js is inlined and pyvis' CDN links removed, so the page works offline; every text that
comes from documents is HTML-escaped before it reaches the page.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx

from .export import to_networkx

STYLE = {  # label -> (colour, shape)
    "Place": ("#2f7ed8", "dot"),
    "Body": ("#8e44ad", "box"),
    "Mechanism": ("#27ae60", "diamond"),
    "Award": ("#e67e22", "star"),
}
EDGE_COLOURS = {
    "ADOPTED": "#7f8c8d", "PIONEERED": "#c0392b", "PROMOTED_BY": "#8e44ad", "NAMED_DEMONSTRATION_CITY": "#e67e22",
    "NAMED_DEMONSTRATION_PROJECT": "#d35400", "HONOURED": "#f39c12", "CANDIDATE": "#f1c40f",
    "INSTANCE_OF": "#16a085", "PART_OF": "#bdc3c7", "LOCATED_IN": "#bdc3c7",
}
_EXTERNAL = re.compile(r"<(?:script|link)\b[^>]*(?:src|href)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def _esc(v) -> str:
    return html.escape("" if v is None else str(v))


def select(g: nx.MultiDiGraph, place: str | None = None, mechanism: str | None = None,
           names: set[str] | None = None, depth: int = 1, year_from: int | None = None,
           year_to: int | None = None, structure: bool = False) -> nx.MultiDiGraph:
    """The part of the graph to draw: around a place or mechanism, or the nodes a query named."""
    h = g.copy()
    drop = [(u, v, k) for u, v, k, d in h.edges(keys=True, data=True)
            if (not structure and d.get("type") in ("PART_OF", "LOCATED_IN"))
            or (year_from is not None and d.get("year") is not None and d["year"] < year_from)
            or (year_to is not None and d.get("year") is not None and d["year"] > year_to)]
    h.remove_edges_from(drop)
    centres = []
    for n, d in h.nodes(data=True):
        if place and d.get("label") == "Place" and place in (d.get("name"), d.get("code")):
            centres.append(n)
        if mechanism and d.get("label") == "Mechanism" and d.get("name") == mechanism:
            centres.append(n)
        if names and (d.get("name") in names or n.split(":", 1)[1] in names):
            centres.append(n)
    if place or mechanism or names:
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


def render(g: nx.MultiDiGraph, out: str | Path, title: str = "fazhi-graph") -> Path:
    from pyvis.network import Network

    net = Network(height="820px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    for n, d in g.nodes(data=True):
        colour, shape = STYLE.get(d.get("label"), ("#95a5a6", "dot"))
        tip = "\n".join(f"{k}: {v}" for k, v in d.items() if k not in ("label",) and v not in (None, ""))
        net.add_node(n, label=_esc(d.get("name") or n), title=_esc(f"{d.get('label')}\n{tip}"), color=colour,
                     shape=shape)
    for u, v, d in g.edges(data=True):
        t = d.get("type", "")
        tip = [t]
        if d.get("year") is not None:
            tip.append(f"year: {d['year']}")
        for k in ("scope", "mode", "batch", "level"):
            if d.get(k) not in (None, ""):
                tip.append(f"{k}: {d[k]}")
        if d.get("evidence"):
            tip.append(f"“{d['evidence']}”")
        if d.get("document"):
            tip.append(f"source: {d['document']}")
        net.add_edge(u, v, label=_esc(t), title=_esc("\n".join(tip)), color=EDGE_COLOURS.get(t, "#999999"),
                     arrows="to", font={"size": 9, "align": "middle"})
    net.set_options('{"physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 200}},'
                    ' "interaction": {"hover": true, "tooltipDelay": 100}}')
    page = _EXTERNAL.sub("", net.generate_html())
    legend = "".join(f'<span style="margin-right:14px"><span style="display:inline-block;width:11px;height:11px;'
                     f'background:{c};border-radius:2px"></span> {label}</span>' for label, (c, _) in STYLE.items())
    header = (f'<div style="font-family:sans-serif;padding:6px 10px"><b>{_esc(title)}</b> — {g.number_of_nodes()} '
              f'nodes, {g.number_of_edges()} relationships. {legend} Hover an edge for its year and evidence.</div>')
    page = page.replace("<body>", "<body>\n" + header, 1)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def show(store, out: str | Path, place: str | None = None, mechanism: str | None = None,
         query: str | None = None, params: dict | None = None, depth: int = 1, year_from: int | None = None,
         year_to: int | None = None) -> Path:
    """Write the page for a place, a mechanism, a query's results, or (by default) the whole graph."""
    names = None
    if query:
        # a query the user typed: through the guard, read-only, with the time limit and row cap
        rows = store.read_query(query, params or {}).rows
        names = {str(v) for row in rows for v in row.values() if v is not None}
    g = to_networkx(store)
    part = select(g, place=place, mechanism=mechanism, names=names, depth=depth, year_from=year_from,
                  year_to=year_to)
    title = place or mechanism or ("query" if query else "overview")
    return render(part, out, title=f"fazhi-graph: {title}")

"""What the pages show, read from the store as plain dicts and lists (JSON-ready; no HTML here).

Everything goes through Store.query with Cypher both stores accept; the named queries and the diffusion
module are reused where they answer the question (mechanisms_of_place, honours_of_place, similar_places,
pioneer_claims; queries.diffusion.spread).
"""
from __future__ import annotations

from collections import defaultdict

from fazhi.graph.names import KEYS
from fazhi.graph.schema import FACT_PROPS, FACT_RELS, NODES, RELS, key_of

_FACT_PROPS = [p for p, _ in FACT_PROPS]
_EXTRA = {"Place": "level", "Mechanism": "category", "Body": "kind", "Award": "kind"}
STRUCTURAL = tuple(n for n, r in RELS.items() if not r.fact and not r.props)  # PART_OF, LOCATED_IN, INSTANCE_OF


def node_id(label: str, key) -> str:
    return f"{label}:{key}"


def url_of(label: str, key) -> str:
    from urllib.parse import quote

    return f"/{label.lower()}/{quote(str(key), safe='')}"


def node(store, label: str, key: str) -> dict | None:
    """A node's properties, or None."""
    if label not in NODES or label == "Document":
        return None
    cols = [p for p, _ in NODES[label][1]]
    rows = store.query(f"MATCH (n:{label}) WHERE n.{key_of(label)} = $k RETURN "
                       + ", ".join(f"n.{c} AS {c}" for c in cols), {"k": key})
    return rows[0] if rows else None


def documents(store) -> dict[str, dict]:
    return {d["id"]: d for d in store.documents()}


def incident(store, label: str, key: str) -> list[dict]:
    """Every relationship at a node: type, direction, the other node (label, key, name, level/category/kind)
    and the relationship's properties."""
    out = []
    for rel, spec in RELS.items():
        props = _FACT_PROPS if spec.fact else [p for p, _ in spec.props]
        for a, b in spec.pairs:
            for here, there, direction in ((a, b, "out"), (b, a, "in")):
                if here != label:
                    continue
                pattern = "(n:{a})-[r:{rel}]->(m:{b})" if direction == "out" else "(m:{a})-[r:{rel}]->(n:{b})"
                pattern = pattern.format(a=a, b=b, rel=rel)
                ret = [f"m.{KEYS[there]} AS other_key", "m.name AS other_name", f"m.{_EXTRA[there]} AS other_extra"]
                ret += [f"r.{p} AS {p}" for p in props]
                for r in store.query(f"MATCH {pattern} WHERE n.{key_of(here)} = $k RETURN " + ", ".join(ret),
                                     {"k": key}):
                    if a == b and direction == "in" and r["other_key"] == key:
                        continue  # a self-loop is listed once
                    out.append({"type": rel, "direction": direction, "other_label": there, **r})
    return out


def _fact(r: dict, docs: dict[str, dict], label: str, key: str, name: str) -> dict:
    d = docs.get(r.get("doc") or "") or {}
    src = (label, key, name) if r["direction"] == "out" else (r["other_label"], r["other_key"], r["other_name"])
    dst = (r["other_label"], r["other_key"], r["other_name"]) if r["direction"] == "out" else (label, key, name)
    return {
        "type": r["type"], "structural": r["type"] in STRUCTURAL,
        "from": {"label": src[0], "key": src[1], "name": src[2] or src[1], "id": node_id(src[0], src[1]),
                 "url": url_of(src[0], src[1])},
        "to": {"label": dst[0], "key": dst[1], "name": dst[2] or dst[1], "id": node_id(dst[0], dst[1]),
               "url": url_of(dst[0], dst[1])},
        "year": r.get("year"), "year_source": r.get("year_source"), "reported": r.get("reported"),
        "scope": r.get("scope"), "mode": r.get("mode"), "batch": r.get("batch"), "level": r.get("level"),
        "project": r.get("project"), "edition": r.get("edition"), "evidence": r.get("evidence"),
        "article": r.get("article"), "start": r.get("start_offset"), "end": r.get("end_offset"),
        "doc": r.get("doc"), "document": d.get("name"), "document_title": d.get("title"),
        "document_url": (f"/document/{r['doc']}" + (f"#at-{r['start_offset']}" if r.get("start_offset") is not None
                                                    else "")) if r.get("doc") else None,
        "weight": r.get("weight"), "mechanisms": r.get("mechanisms"),
    }


def facts_of(store, label: str, key: str, docs: dict[str, dict] | None = None) -> list[dict]:
    """The node's facts (and structural links), earliest year first, with their source document's name."""
    docs = documents(store) if docs is None else docs
    n = node(store, label, key) or {}
    name = n.get("name") or key
    out = [_fact(r, docs, label, key, name) for r in incident(store, label, key)]
    out.sort(key=lambda f: (f["structural"], f["year"] is None, f["year"] or 0, f["type"], f["from"]["name"],
                            f["to"]["name"], f["document"] or "", f["start"] or 0))
    return out


def graph_json(centre: tuple[str, str, dict], facts: list[dict]) -> dict:
    """vis-network nodes and edges: one edge per (from, to, type) carrying its facts; years for the filter."""
    label, key, props = centre
    nodes = {node_id(label, key): _vis_node(label, key, props.get("name") or key, _extra(label, props), centre=True)}
    edges: dict[tuple, dict] = {}
    for f in facts:
        for end in (f["from"], f["to"]):
            nodes.setdefault(end["id"], _vis_node(end["label"], end["key"], end["name"], None))
        k = (f["from"]["id"], f["to"]["id"], f["type"])
        e = edges.setdefault(k, {"id": "|".join(k), "from": k[0], "to": k[1], "type": f["type"],
                                 "structural": f["structural"], "facts": []})
        e["facts"].append({x: f[x] for x in ("year", "year_source", "reported", "scope", "mode", "batch", "level",
                                             "project", "evidence", "article", "document", "document_url", "weight")})
    for e in edges.values():
        years = sorted({x["year"] for x in e["facts"] if x["year"] is not None})
        e["years"] = years
        e["undated"] = any(x["year"] is None for x in e["facts"])
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def _extra(label, props) -> str | None:
    return props.get(_EXTRA.get(label, ""), None) if props else None


def _vis_node(label: str, key: str, name: str, extra: str | None, centre: bool = False) -> dict:
    return {"id": node_id(label, key), "label": name, "group": label, "key": key, "kind": label, "extra": extra,
            "url": url_of(label, key), "centre": centre}


def neighbourhood(store, label: str, key: str, docs: dict | None = None) -> dict | None:
    props = node(store, label, key)
    if props is None:
        return None
    return graph_json((label, key, props), facts_of(store, label, key, docs))


# ------------------------------------------------------------------ place page


def _named(store, name: str, **params) -> list[dict]:
    from fazhi.queries.library import get_query

    q = get_query(name)
    return store.query(q.cypher, q.default_params(**params))


def place_summary(store, code: str) -> dict:
    """Mechanisms by year, honours, pioneer claims (with rival claimants) and the most similar places."""
    rows = _named(store, "mechanisms_of_place", place=code)
    by_year: dict = defaultdict(list)
    for r in rows:
        by_year[r["year"]].append(r)
    years = sorted((y for y in by_year if y is not None)) + ([None] if None in by_year else [])
    mechanisms = [{"year": y, "items": _dedupe(by_year[y])} for y in years]
    claims = [r for r in rows if r["relation"] == "PIONEERED"]
    rivals: dict[str, int] = {}
    for m in {r["mechanism"] for r in claims}:
        got = _named(store, "pioneer_claims", mechanism=m)
        rivals[m] = got[0]["claimants"] if got else 1
    pioneer = [{**r, "claimants": rivals.get(r["mechanism"], 1)} for r in claims]
    return {"mechanisms_by_year": mechanisms, "honours": _named(store, "honours_of_place", place=code),
            "pioneer_claims": pioneer, "similar": _named(store, "similar_places", place=code, limit=10)}


def _dedupe(items: list[dict]) -> list[dict]:
    """One line per mechanism and relation in a year, with the number of supporting documents."""
    out: dict[tuple, dict] = {}
    for r in items:
        k = (r["mechanism"], r["relation"])
        if k not in out:
            out[k] = {**r, "documents": set()}
        if r.get("document"):
            out[k]["documents"].add(r["document"])
    return [{**v, "documents": sorted(v["documents"])} for v in out.values()]


# ------------------------------------------------------------------ mechanism page


def mechanism_spread(store, name: str) -> dict | None:
    """The spread of a mechanism (the canonical one it counts for): timeline, curve, grid, promotions, and
    the graph of adopters for the time slider. None when the mechanism has no adopters under any name."""
    from fazhi.queries.diffusion import spread

    try:
        sp = spread(store, name)
    except LookupError:
        return None
    years, grid = sp.grid()
    m_id = node_id("Mechanism", sp.mechanism)
    nodes = [_vis_node("Mechanism", sp.mechanism, sp.mechanism, None, centre=True)]
    edges = []
    for a in sp.adoptions:
        pid = node_id("Place", a.place_code)
        nodes.append({**_vis_node("Place", a.place_code, a.place, a.level), "year": a.first_year,
                      "lon": a.lon, "lat": a.lat, "pioneer": a.relation == "pioneered"})
        edges.append({"id": f"{pid}|{m_id}", "from": pid, "to": m_id, "type": a.relation.upper(),
                      "year": a.first_year, "basis": a.year_basis, "structural": False,
                      "years": [a.first_year] if a.first_year is not None else [], "undated": a.first_year is None,
                      "facts": [{"year": e.year, "reported": e.reported, "scope": e.scope, "evidence": e.evidence,
                                 "document": e.document, "mechanism": e.mechanism,
                                 "relation": e.relation} for e in a.evidence]})
    for p in sp.promotions:
        bid = node_id("Body", p.body)
        if not any(n["id"] == bid for n in nodes):
            nodes.append({**_vis_node("Body", p.body, p.body, None), "year": p.year})
        edges.append({"id": f"{m_id}|{bid}|{len(edges)}", "from": m_id, "to": bid, "type": "PROMOTED_BY",
                      "year": p.year, "structural": False, "years": [p.year] if p.year is not None else [],
                      "undated": p.year is None,
                      "facts": [{"year": p.year, "reported": p.reported, "evidence": p.evidence,
                                 "document": p.document}]})
    _place_on_map(nodes)
    return {
        "mechanism": sp.mechanism, "names": list(sp.names), "adopters": sp.timeline(),
        "curve": [{"year": y, "new": n, "cumulative": c} for y, n, c in sp.curve()],
        "grid": {"years": years, "provinces": [{"province": p, "counts": c} for p, c in grid]},
        "promotions": [p.__dict__ for p in sp.promotions],
        "pioneers": len(sp.pioneers), "dated": len(sp.dated),
        "graph": {"nodes": nodes, "edges": edges},
    }


def _place_on_map(nodes: list[dict], span: float = 600.0) -> None:
    """x, y for the spread graph: places at their seats (west left, north up), scaled so that the adopters
    fill about `span` pixels; the mechanism to the right of them, the promoting bodies in a column beyond."""
    pts = [n for n in nodes if n.get("lon") is not None and n.get("lat") is not None]
    if pts:
        lon0, lon1 = min(n["lon"] for n in pts), max(n["lon"] for n in pts)
        lat0, lat1 = min(n["lat"] for n in pts), max(n["lat"] for n in pts)
    else:
        lon0 = lon1 = 105.0
        lat0 = lat1 = 33.0
    k = span / max(lon1 - lon0, (lat1 - lat0) * 1.2, 4.0)
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    for n in pts:
        n["x"], n["y"] = round((n["lon"] - cx) * k, 1), round(-(n["lat"] - cy) * k * 1.2, 1)
    right = (lon1 - cx) * k
    others = [n for n in nodes if "x" not in n and n["group"] == "Body"]
    for n in nodes:
        if "x" not in n and n["group"] == "Mechanism":
            n["x"], n["y"] = round(right + 200, 1), 0.0
    for i, n in enumerate(others):
        n["x"], n["y"] = round(right + 400, 1), round((i - (len(others) - 1) / 2) * 60, 1)
    for i, n in enumerate(n for n in nodes if "x" not in n):
        n["x"], n["y"] = round(right + 200, 1), round(200 + 50 * i, 1)


def spread_picture(store, name: str, what: str) -> bytes | None:
    """The curve or the map of a mechanism's spread as PNG (queries/spread_plots.py), or None. (PNG: the map
    as SVG is some 4 MB of division-seat dots.)"""
    import tempfile
    from pathlib import Path

    from fazhi.queries import spread_plots
    from fazhi.queries.diffusion import spread

    try:
        sp = spread(store, name)
    except LookupError:
        return None
    draw = {"curve": spread_plots.plot_curve, "map": spread_plots.plot_map}[what]
    with tempfile.TemporaryDirectory(prefix="fazhi-web-") as tmp:
        path = Path(tmp) / f"{what}.png"
        draw(sp, path)
        return path.read_bytes()


# ------------------------------------------------------------------ documents


def document_facts(store, doc_id: str) -> list[dict]:
    """Every fact a document supports, in text order."""
    out = []
    for rel in FACT_RELS:
        for a, b in RELS[rel].pairs:
            ret = [f"x.{KEYS[a]} AS from_key", "x.name AS from_name", f"y.{KEYS[b]} AS to_key", "y.name AS to_name"]
            ret += [f"r.{p} AS {p}" for p in _FACT_PROPS]
            for r in store.query(f"MATCH (x:{a})-[r:{rel}]->(y:{b}) WHERE r.doc = $id RETURN " + ", ".join(ret),
                                 {"id": doc_id}):
                out.append({"type": rel,
                            "from": {"label": a, "key": r["from_key"], "name": r["from_name"] or r["from_key"],
                                     "url": url_of(a, r["from_key"])},
                            "to": {"label": b, "key": r["to_key"], "name": r["to_name"] or r["to_key"],
                                   "url": url_of(b, r["to_key"])},
                            **{p: r[p] for p in _FACT_PROPS}})
    out.sort(key=lambda f: (f["article"] or "", f["start_offset"] if f["start_offset"] is not None else -1,
                            f["type"]))
    return out


def document_view(store, doc_id: str) -> dict | None:
    """The document's normalised text (read again from its file), its articles with the facts' evidence
    marked, and the facts. `status` says whether the text could be shown: ok, missing (the file is gone),
    changed (the file's content is not what was loaded) or unreadable."""
    meta = documents(store).get(doc_id)
    if meta is None:
        return None
    facts = document_facts(store, doc_id)
    for i, f in enumerate(facts):
        f["n"] = i
    status, articles, problem = _read(meta)
    placed: set[int] = set()
    anchors: set[str] = set()
    out_articles = []
    for ai, art in enumerate(articles):
        spans = []
        for f in facts:
            if f["n"] in placed or (f["article"] or None) != (art.title or None):
                continue
            span = _locate(art.text, f)
            if span is not None:
                spans.append((span[0], span[1], f["n"]))
                placed.add(f["n"])
        segs = segments(art.text, spans)
        starts = {s for s, _, _ in spans}
        for seg in segs:  # /document/ID#at-START (a fact's link) lands on the first passage starting there
            if seg["facts"] and seg["start"] in starts and f"at-{seg['start']}" not in anchors:
                seg["anchor"] = f"at-{seg['start']}"
                anchors.add(seg["anchor"])
        out_articles.append({"index": ai, "title": art.title, "date": art.date, "author": art.author,
                             "segments": segs,
                             "title_facts": [f["n"] for f in facts if f["n"] not in placed
                                             and (f["article"] or None) == (art.title or None)
                                             and f["evidence"] and art.title and f["evidence"] in art.title]})
        placed |= set(out_articles[-1]["title_facts"])
    for f in facts:
        f["placed"] = f["n"] in placed
    return {"document": meta, "status": status, "problem": problem, "articles": out_articles, "facts": facts}


def _read(meta: dict):
    import os

    from fazhi.loaders.documents import load_document
    from fazhi.loaders.model import LoadError

    path = meta.get("path")
    if not path or not os.path.exists(path):
        return "missing", [], f"the file {path or '(no path recorded)'} is gone: only the facts are shown"
    try:
        doc = load_document(path)
    except LoadError as e:
        return "unreadable", [], f"the file can no longer be read ({e.problem}): only the facts are shown"
    except Exception as e:  # a reader bug must not take the page down
        return "unreadable", [], f"the file can no longer be read ({type(e).__name__}): only the facts are shown"
    if doc.content_hash != meta["id"]:
        return ("changed", doc.articles, "the file has changed since it was loaded (run `fazhi load` again): "
                "the evidence is marked where it is still found")
    return "ok", doc.articles, None


def _locate(text: str, f: dict) -> tuple[int, int] | None:
    s, e, ev = f.get("start_offset"), f.get("end_offset"), f.get("evidence")
    if s is not None and e is not None and 0 <= s < e <= len(text) and (not ev or text[s:e] == ev):
        return s, e
    if ev:
        i = text.find(ev)
        if i >= 0:
            return i, i + len(ev)
    return None


def segments(text: str, spans: list[tuple[int, int, int]]) -> list[dict]:
    """The text cut at every span boundary: [{text, facts: [n...], start}] (overlapping spans share pieces)."""
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        covering = [n for s, e, n in spans if s <= a and b <= e]
        out.append({"text": text[a:b], "facts": covering, "start": a})
    return out

"""JSON routes under /api: what the pages' scripts fetch, and a surface for notebooks and tests.

GET  /api/stats                              counts per label and relationship type
GET  /api/search?q=烟台[&label=Place]         hits over names and aliases, and the one entity meant, if any
GET  /api/entity/<label>/<key>                a node's properties and its facts (404: close names)
GET  /api/neighbourhood/<label>/<key>         its neighbourhood as vis-network nodes and edges
GET  /api/place/<key>                         mechanisms by year, honours, pioneer claims, similar places
GET  /api/spread/<mechanism>                  timeline, curve, province × year grid, promotions, adopter graph
GET  /api/picture/curve.png?mechanism=…       the adoption curve (queries/spread_plots.py), also map.png
GET  /api/document/<id>                       the normalised text in segments with the facts they carry
POST /api/cypher {"query": …, "params": {}}   a read-only query: rows, and a graph of the returned values
"""
from __future__ import annotations

import threading

from flask import Blueprint, Response, current_app, jsonify, request

from fazhi.graph.names import Index

from . import cypher as cy
from . import data
from .holder import holder_of

bp = Blueprint("api", __name__, url_prefix="/api")
LABELS = {"place": "Place", "body": "Body", "mechanism": "Mechanism", "award": "Award"}
_PLOT_LOCK = threading.Lock()  # matplotlib's pyplot is not thread-safe


def holder():
    return holder_of(current_app)


def index() -> Index:
    return holder().cached("index", Index.build)


def docs() -> dict:
    return holder().cached("documents", data.documents)


def label_of(name: str) -> str | None:
    return LABELS.get(name.lower()) or (name if name in LABELS.values() else None)


def lookup(label: str, key: str):
    """(entry, suggestions): the entity a URL names, by its key, else by what a person would type."""
    idx = index()
    e = idx.get(label, key)
    if e is None:
        e = idx.resolve(key, label)
    return e, ([] if e else idx.suggest(key, label))


def not_found(label: str, key: str, suggestions):
    return jsonify({"error": f"no {label.lower()} {key!r} in the graph",
                    "suggestions": [s.as_dict() | {"url": data.url_of(s.label, s.key)} for s in suggestions]}), 404


@bp.get("/stats")
def stats():
    with holder().store() as s:
        return jsonify(s.stats())


@bp.get("/search")
def search():
    q = request.args.get("q", "")
    label = label_of(request.args.get("label", "")) if request.args.get("label") else None
    try:
        limit = max(1, min(100, int(request.args.get("limit", 20))))
    except ValueError:
        limit = 20
    idx = index()
    resolved = idx.resolve(q, label)
    hits = [h.as_dict() | {"url": data.url_of(h.entry.label, h.entry.key)}
            for h in idx.find(q, (label,) if label else None, limit=limit)]
    sugg = [] if hits else [e.as_dict() | {"url": data.url_of(e.label, e.key)} for e in idx.suggest(q, label)]
    return jsonify({"query": q, "resolved": resolved.as_dict() | {"url": data.url_of(resolved.label, resolved.key)}
                    if resolved else None, "hits": hits, "suggestions": sugg})


def _entity_or_404(label: str, key: str):
    """(label, entry, None) for the entity a URL names, or (None, None, a 404 response saying what exists)."""
    lab = label_of(label)
    if lab is None:
        return None, None, (jsonify({"error": f"no kind {label!r}: use place, body, mechanism or award"}), 404)
    e, sugg = lookup(lab, key)
    if e is None:
        return None, None, not_found(lab, key, sugg)
    return lab, e, None


@bp.get("/entity/<label>/<path:key>")
def entity(label, key):
    lab, e, missing = _entity_or_404(label, key)
    if missing:
        return missing
    with holder().store() as s:
        props = data.node(s, lab, e.key)
        facts = data.facts_of(s, lab, e.key, docs())
    return jsonify({"entity": {"label": lab, "key": e.key, "name": e.name, "aliases": list(e.aliases),
                               "url": data.url_of(lab, e.key), "properties": props}, "facts": facts})


@bp.get("/neighbourhood/<label>/<path:key>")
def neighbourhood(label, key):
    lab, e, missing = _entity_or_404(label, key)
    if missing:
        return missing
    with holder().store() as s:
        return jsonify(data.neighbourhood(s, lab, e.key, docs()))


@bp.get("/place/<path:key>")
def place(key):
    e, sugg = lookup("Place", key)
    if e is None:
        return not_found("Place", key, sugg)
    with holder().store() as s:
        return jsonify({"place": e.as_dict(), **data.place_summary(s, e.key)})


def spread_of(name: str):
    return holder().cached(("spread", name), lambda s: data.mechanism_spread(s, name))


@bp.get("/spread/<path:name>")
def spread(name):
    sp = spread_of(name)
    if sp is None:
        e, sugg = lookup("Mechanism", name)
        if e is None:
            return not_found("Mechanism", name, sugg)
        return jsonify({"error": f"{e.name} has no adopters in the graph", "suggestions": []}), 404
    return jsonify(sp)


@bp.get("/picture/<what>.png")
def picture(what):
    name = request.args.get("mechanism", "")
    if what not in ("curve", "map"):
        return jsonify({"error": "curve.png or map.png"}), 404

    def draw(s):
        with _PLOT_LOCK:
            return data.spread_picture(s, name, what)

    png = holder().cached(("picture", what, name), draw)
    if png is None:
        return jsonify({"error": f"no mechanism {name!r} with adopters in the graph"}), 404
    return Response(png, mimetype="image/png", headers={"Cache-Control": "no-cache"})


@bp.get("/document/<doc_id>")
def document(doc_id):
    with holder().store() as s:
        view = data.document_view(s, doc_id)
    if view is None:
        return jsonify({"error": f"no document {doc_id!r} in the graph"}), 404
    return jsonify(view)


@bp.post("/cypher")
def cypher():
    body = request.get_json(silent=True) or {}
    q = body.get("query") or request.form.get("query", "")
    params = body.get("params") or {}
    if not isinstance(params, dict):
        return jsonify({"error": "params must be an object", "kind": "error"}), 400
    with holder().private() as s:
        out = cy.run(s, q, params)
    return jsonify(out), (400 if "error" in out else 200)

"""HTML routes: the pages a researcher clicks through. Templates escape every value (Jinja2 autoescape).

/                         search box, counts, the most adopted mechanisms, the documents
/search?q=烟台            one entity meant: straight to its page; else the hits, or close names
/place/<code or name>     its graph, facts; mechanisms by year, honours, pioneer claims, similar places
/mechanism/<name>         its spread (timeline, curve, map, province × year grid, adopters with a time slider)
/body/<name>, /award/<name>   the graph and the facts
/document/<id>            the normalised text with the extracted facts marked
/documents                every document loaded
/cypher?q=…               the read-only Cypher box
"""
from __future__ import annotations

from flask import Blueprint, redirect, render_template, request

from . import cypher as cy
from . import data
from .api import docs, holder, index, label_of, lookup, spread_of

bp = Blueprint("pages", __name__)


def page(template: str, status: int = 200, **kw):
    return render_template(template, note=holder().note, **kw), status


@bp.get("/")
def home():
    from fazhi.queries.library import get_query

    with holder().store() as s:
        st = s.stats()
        q = get_query("top_mechanisms")
        top = s.query(q.cypher, q.default_params(limit=15))
    counts = {k: v for k, v in st["nodes"].items()}
    return page("index.html", stats=st, counts=counts, top=top, documents=len(docs()))


@bp.get("/search")
def search():
    q = request.args.get("q", "").strip()
    label = label_of(request.args.get("label", "")) if request.args.get("label") else None
    idx = index()
    if q:
        e = idx.resolve(q, label)
        if e is not None:
            return redirect(data.url_of(e.label, e.key))
    hits = idx.find(q, (label,) if label else None, limit=100) if q else []
    sugg = idx.suggest(q, label) if q and not hits else []
    return page("search.html", 200 if hits or not q else 404, q=q, hits=hits, suggestions=sugg)


def _entity(label: str, key: str):
    e, sugg = lookup(label, key)
    if e is None:
        return page("not_found.html", 404, what=label, key=key, suggestions=sugg)
    if e.key != key:  # 烟台 → /place/370600: one address per entity
        return redirect(data.url_of(label, e.key))
    with holder().store() as s:
        props = data.node(s, label, e.key) or {}
        facts = data.facts_of(s, label, e.key, docs())
        extra = data.place_summary(s, e.key) if label == "Place" else None
    graph = data.graph_json((label, e.key, props), facts)
    spread = spread_of(e.name) if label == "Mechanism" else None
    years = sorted({f["year"] for f in facts if f["year"] is not None})
    return page("entity.html", label=label, entry=e, props=props, facts=facts, graph=graph, years=years,
                place=extra, spread=spread)


@bp.get("/place/<path:key>")
def place(key):
    return _entity("Place", key)


@bp.get("/mechanism/<path:key>")
def mechanism(key):
    return _entity("Mechanism", key)


@bp.get("/body/<path:key>")
def body(key):
    return _entity("Body", key)


@bp.get("/award/<path:key>")
def award(key):
    return _entity("Award", key)


@bp.get("/documents")
def documents():
    rows = sorted(docs().values(), key=lambda d: (d.get("name") or ""))
    return page("documents.html", rows=rows)


@bp.get("/document/<doc_id>")
def document(doc_id):
    with holder().store() as s:
        view = data.document_view(s, doc_id)
    if view is None:
        return page("not_found.html", 404, what="Document", key=doc_id, suggestions=[])
    return page("document.html", view=view)


@bp.get("/cypher")
def cypher():
    q = request.args.get("q", "")
    result = None
    if q.strip():
        with holder().private() as s:
            result = cy.run(s, q)
    examples = [
        "MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p, r, m LIMIT 50",
        "MATCH (p:Place)-[r:NAMED_DEMONSTRATION_CITY]->(a:Award) RETURN p.name AS place, r.batch AS batch, "
        "r.year AS year ORDER BY year",
        "MATCH (m:Mechanism)<-[:ADOPTED]-(p:Place) RETURN m.name AS mechanism, count(p) AS places "
        "ORDER BY places DESC LIMIT 20",
    ]
    # a refused or failed query is a page that says why (200); the JSON route answers 400
    return page("cypher.html", q=q, result=result, examples=examples, timeout=cy.TIMEOUT_S,
                max_rows=cy.MAX_ROWS)


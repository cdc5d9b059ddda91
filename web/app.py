"""The local web app over the graph: `make_app(store_factory)` builds it, `serve(db, host, port)` runs it.

Framework: Flask. The app is a dozen read-only routes for one researcher on their own machine, so what
matters is little code, safe HTML and a test client, not throughput. Flask brings Jinja2 (already installed
with pyvis) whose templates escape every value by default, so text from documents cannot become markup; a
test client that calls routes without a server; and Werkzeug's threaded server, enough for one browser on
127.0.0.1. Starlette would add an ASGI server and an HTTP client for its test client for nothing this app
uses; the standard library's http.server would mean writing routing, escaping and form handling by hand.

Assets are served locally: the app's own small CSS and JS from fazhi/web/static, and vis-network (the
graph canvas) from the pyvis package installed beside it (pyvis/lib/vis-9.1.2, vis-network 9.1.2, dual
Apache-2.0/MIT), read at run time, so nothing is copied into this repository and no page needs a network.
"""
from __future__ import annotations

from importlib import resources
from typing import Callable

from flask import Flask, Response, jsonify, render_template, request

from .holder import GraphBusy, GraphUnavailable, StoreHolder, holder_of

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
VIS_VERSION = "vis-9.1.2"
# what a page may load: only this app's own assets (no CDN, no inline script but JSON data islands)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def vis_asset(name: str) -> bytes:
    """vis-network's bundle or stylesheet, as installed with pyvis."""
    base = resources.files("pyvis") / "lib" / VIS_VERSION
    return (base / name).read_bytes()


def make_app(store_factory: Callable[[], object], watch: list[str] | None = None,
             query_factory: Callable[[], object] | None = None) -> Flask:
    """The app over the stores `store_factory()` opens (read-only: see holder.py). `watch`: files whose
    change means the graph changed (the embedded database and its WAL), so the app opens it again.
    `query_factory()`: what runs the Cypher box's queries (Store.read_query's signature; default: a store
    of its own per query)."""
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config["JSON_AS_ASCII"] = False
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    holder = StoreHolder(store_factory, watch, query_factory=query_factory)
    app.extensions["fazhi_holder"] = holder

    from . import api, data, pages

    app.jinja_env.globals["url_of"] = data.url_of

    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)

    @app.get("/vendor/vis-network.min.js")
    def vis_js():
        return Response(vis_asset("vis-network.min.js"), mimetype="text/javascript",
                        headers={"Cache-Control": "max-age=86400"})

    @app.get("/vendor/vis-network.css")
    def vis_css():
        return Response(vis_asset("vis-network.css"), mimetype="text/css", headers={"Cache-Control": "max-age=86400"})

    @app.errorhandler(GraphUnavailable)
    def unavailable(e):
        msg = f"no graph to show: {e}"
        if request.path.startswith("/api/"):
            return jsonify({"error": msg}), 503
        return render_template("message.html", title="No graph", message=msg), 503

    @app.after_request
    def headers(resp):
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        return resp

    return app


def app_for(db: str | None = None, neo4j: str | None = None) -> Flask:
    """The app over the embedded graph at `db` (default $FAZHI_DB or ./fazhi.lbug) or Neo4j at `neo4j`."""
    from fazhi.graph.store import default_db, open_store

    if neo4j:
        return make_app(lambda: open_store(neo4j=neo4j))
    path = db or default_db(reading=True)
    return make_app(lambda: open_store(path, query_only=True), watch=[path, path + ".wal"],
                    query_factory=query_pool(path))


def query_pool(path: str) -> Callable[[], object] | None:
    """Typed queries on the embedded graph run in a child process with a memory cap (graph/query_worker.py,
    one persistent worker), so a query that allocates gigabytes cannot take the server down; None where
    that module is not installed (queries then run in this process, under the engine's time limit)."""
    try:
        from fazhi.graph.query_worker import QueryPool
    except ImportError:
        return None
    return lambda: QueryPool(path, size=1)


def check(app) -> dict:
    """Open the graph once (so `fazhi serve` fails at start, in one line, when there is none) and count it."""
    with holder_of(app).store() as s:
        return s.stats()


def make_server(app, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT):
    """A threaded WSGI server for the app (port 0: any free port; its `.port` says which)."""
    from werkzeug.serving import make_server as _make

    return _make(host, port, app, threaded=True)


def serve(db: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, neo4j: str | None = None,
          ready: Callable[[str], None] | None = None, note: Callable[[str], None] | None = None) -> None:
    """Serve the app until interrupted; `ready(url)` is called once it listens, `note(text)` with what a
    user should know (a load writing the graph at start)."""
    app = app_for(db, neo4j)
    try:
        check(app)
    except GraphBusy as e:  # a load is writing: serve anyway, pages say so until it has finished
        if note:
            note(str(e))
    server = make_server(app, host, port)
    url = f"http://{host if ':' not in host else '[' + host + ']'}:{server.port}/"
    if ready:
        ready(url)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        holder_of(app).close()


__all__ = ["make_app", "app_for", "serve", "make_server", "DEFAULT_HOST", "DEFAULT_PORT"]

"""`fazhi serve`'s app through Flask's test client: every route, the JSON shapes, names as typed, 404s with
close names, escaping, the read-only Cypher box, and a load running beside the app.

The graph is small and hand-made (build_graph): real files read by the real loaders, with facts from a fixed
extractor whose evidence offsets point into the normalised text, one document that contains a <script>, and
one whose file is deleted after loading. test_web_browser.py drives the same graph in Chromium.
"""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest

from fazhi.graph.load import load
from fazhi.loaders.model import Document, Fact

from _fixture_facts import facts_for  # tests/ is on sys.path
from fazhi.web.app import app_for, make_app
from fazhi.graph.names import Index, short_name

AWARD_CITY = "全国法治政府建设示范市（县、区）"
SCRIPT = '<script>document.title="pwned";window.__pwned=1</script>'
IMG = "<img src=x onerror=window.__pwned=2>"
EVIL_MECHANISM = f"{IMG}机制"

TEXTS = {
    "yantai.txt": ("烟台市法治政府建设情况报告\n\n烟台市2021年推行综合查一次改革，企业反映良好。\n"
                   f"烟台市2023年建立述法制度。{SCRIPT}烟台市被命名为全国法治政府建设示范市。\n"
                   f"烟台市全面推行首违不罚。烟台市试行{EVIL_MECHANISM}。\n"),
    "jiaxing.txt": ("嘉兴市综合查一次经验\n\n嘉兴市2018年在全国率先探索综合查一次。\n"
                    "苏州市2022年推行述法。苏州市2020年推行综合查一次。\n司法部2022年推广综合查一次经验。\n"),
    "gone.txt": "常熟市情况\n\n常熟市2019年推行首违不罚。\n",
}
# (document, type, evidence, fields): the extractor's output for each file
FACTS = [
    ("yantai.txt", "ADOPTED", "烟台市2021年推行综合查一次改革", dict(place="烟台市", place_code="370600", mechanism="综合查一次", year=2021)),
    ("yantai.txt", "ADOPTED", "烟台市2023年建立述法制度", dict(place="烟台市", place_code="370600", mechanism="述法", year=2023)),
    ("yantai.txt", "NAMED_DEMONSTRATION_CITY", f"{SCRIPT}烟台市被命名为全国法治政府建设示范市",
     dict(place="烟台市", place_code="370600", award=AWARD_CITY, year=2025, batch=3, level="national")),
    ("yantai.txt", "ADOPTED", "烟台市全面推行首违不罚", dict(place="烟台市", place_code="370600", mechanism="首违不罚")),
    ("yantai.txt", "ADOPTED", f"烟台市试行{EVIL_MECHANISM}", dict(place="烟台市", place_code="370600", mechanism=EVIL_MECHANISM, year=2024)),
    ("jiaxing.txt", "PIONEERED", "嘉兴市2018年在全国率先探索综合查一次",
     dict(place="嘉兴市", place_code="330400", mechanism="综合查一次", year=2018, scope="全国")),
    ("jiaxing.txt", "ADOPTED", "苏州市2022年推行述法", dict(place="苏州市", place_code="320500", mechanism="述法", year=2022)),
    ("jiaxing.txt", "ADOPTED", "苏州市2020年推行综合查一次", dict(place="苏州市", place_code="320500", mechanism="综合查一次", year=2020)),
    ("jiaxing.txt", "PROMOTED_BY", "司法部2022年推广综合查一次经验", dict(mechanism="综合查一次", body="司法部", year=2022, scope="全国")),
    ("gone.txt", "ADOPTED", "常熟市2019年推行首违不罚", dict(place="常熟市", place_code="320581", mechanism="首违不罚", year=2019)),
]


def extract(document: Document) -> list[Fact]:
    # module level, so load()'s worker processes can unpickle it
    return facts_for(FACTS, document)


def build_graph(folder: Path) -> str:
    """Write the fixture files into `folder`, load them into `folder/web.lbug`, delete gone.txt; the db path."""
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    db = str(folder / "web.lbug")
    s = load([str(docs)], db=db, extract=extract)
    assert (s.loaded, s.skipped) == (3, 0)
    (docs / "gone.txt").unlink()
    return db


@pytest.fixture(scope="module")
def graph_db(tmp_path_factory) -> str:
    return build_graph(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(graph_db):
    from fazhi.web.app import holder_of

    app = app_for(graph_db)
    app.testing = True
    yield app.test_client()
    holder_of(app).close()  # and the query worker, when there is one


def doc_id(client, name: str) -> str:
    page = client.get("/documents").get_data(as_text=True)
    m = re.search(r'href="/document/([0-9a-f]{64})">' + re.escape(name) + "<", page)
    assert m, f"{name} not listed"
    return m.group(1)


# ------------------------------------------------------------------ names as typed


def test_short_names_and_aliases_resolve_like_a_person_types_them(client):
    r = client.get("/api/search?q=烟台")
    body = r.get_json()
    assert r.status_code == 200
    assert body["resolved"]["name"] == "烟台市" and body["resolved"]["key"] == "370600"
    assert body["resolved"]["url"] == "/place/370600"
    assert body["hits"][0]["name"] == "烟台市"
    assert set(body["hits"][0]) >= {"label", "key", "name", "aliases", "match", "url"}
    # the search page goes straight to the one entity meant; a place's page by its name redirects to its code
    assert client.get("/search?q=烟台").headers["Location"] == "/place/370600"
    assert client.get("/place/烟台市").headers["Location"] == "/place/370600"
    assert client.get("/search?q=综合查").headers["Location"] == "/mechanism/" + "%E7%BB%BC%E5%90%88%E6%9F%A5%E4%B8%80%E6%AC%A1"
    # a label narrows the search
    assert [h["label"] for h in client.get("/api/search?q=司法&label=body").get_json()["hits"]] == ["Body"]


def test_index_ranks_exact_then_short_then_prefix():
    idx = Index([])
    from fazhi.graph.names import Entry

    idx.entries = [Entry("Place", "3706", "烟台市", (), "prefecture"), Entry("Body", "烟台市司法局", "烟台市司法局"),
                   Entry("Place", "1", "鼓楼区", (), "county"), Entry("Place", "2", "鼓楼区", (), "county")]
    assert idx.resolve("烟台").name == "烟台市"
    assert idx.resolve("烟台市").key == "3706"
    assert [h.entry.name for h in idx.find("烟台")] == ["烟台市", "烟台市司法局"]
    assert idx.resolve("鼓楼") is None  # two 鼓楼区: ambiguous, the search page lists both
    assert len(idx.find("鼓楼")) == 2
    assert short_name("广西壮族自治区") == "广西壮族" and short_name("市") is None


def test_unknown_entity_is_404_with_close_names(client):
    r = client.get("/api/entity/place/烟台县")
    assert r.status_code == 404
    body = r.get_json()
    assert "烟台县" in body["error"] and body["suggestions"][0]["name"] == "烟台市"
    assert body["suggestions"][0]["url"] == "/place/370600"
    page = client.get("/place/烟台县")
    assert page.status_code == 404 and "烟台市" in page.get_data(as_text=True)
    assert client.get("/api/entity/planet/x").status_code == 404
    assert client.get("/api/neighbourhood/place/nowhere").status_code == 404
    assert client.get("/api/place/nowhere").status_code == 404
    assert client.get("/api/spread/没有这个机制").status_code == 404
    assert client.get("/mechanism/没有这个机制").status_code == 404
    assert client.get("/document/" + "0" * 64).status_code == 404
    assert client.get("/api/document/" + "0" * 64).status_code == 404
    assert client.get("/search?q=火星").status_code == 404


# ------------------------------------------------------------------ JSON shapes


def test_entity_json_has_facts_with_year_evidence_and_source(client):
    body = client.get("/api/entity/place/370600").get_json()
    assert body["entity"]["name"] == "烟台市" and body["entity"]["properties"]["level"] == "prefecture"
    facts = [f for f in body["facts"] if not f["structural"]]
    by = {(f["type"], f["to"]["name"]): f for f in facts}
    f = by[("ADOPTED", "综合查一次")]
    assert f["year"] == 2021 and f["evidence"] == "烟台市2021年推行综合查一次改革"
    assert f["document"] == "yantai.txt" and f["article"] == "烟台市法治政府建设情况报告"
    assert f["document_url"].startswith("/document/") and "#at-" in f["document_url"]
    assert by[("ADOPTED", "首违不罚")]["year"] is None
    assert by[("NAMED_DEMONSTRATION_CITY", AWARD_CITY)]["batch"] == 3
    # structural links (the province) are there, marked
    assert any(f["structural"] and f["to"]["name"] == "山东省" for f in body["facts"])


def test_neighbourhood_json_is_vis_nodes_and_edges_with_facts(client):
    g = client.get("/api/neighbourhood/place/370600").get_json()
    ids = {n["id"] for n in g["nodes"]}
    assert "Place:370600" in ids and "Mechanism:综合查一次" in ids
    centre = next(n for n in g["nodes"] if n["id"] == "Place:370600")
    assert centre["centre"] and centre["url"] == "/place/370600" and centre["group"] == "Place"
    e = next(e for e in g["edges"] if e["to"] == "Mechanism:综合查一次")
    assert e["type"] == "ADOPTED" and e["years"] == [2021] and not e["undated"]
    assert e["facts"][0]["evidence"] == "烟台市2021年推行综合查一次改革"
    und = next(e for e in g["edges"] if e["to"] == "Mechanism:首违不罚")
    assert und["years"] == [] and und["undated"]
    # a mechanism expands to its other adopters
    m = client.get("/api/neighbourhood/mechanism/综合查一次").get_json()
    assert {"Place:330400", "Place:320500", "Place:370600", "Body:司法部"} <= {n["id"] for n in m["nodes"]}


def test_place_json_mechanisms_by_year_honours_claims_similar(client):
    p = client.get("/api/place/烟台").get_json()
    assert p["place"]["key"] == "370600"
    years = [g["year"] for g in p["mechanisms_by_year"]]
    assert years == [2021, 2023, 2024, None]
    assert [m["mechanism"] for m in p["mechanisms_by_year"][0]["items"]] == ["综合查一次"]
    assert [(h["award"], h["batch"], h["relation"]) for h in p["honours"]] == [(AWARD_CITY, 3, "NAMED_DEMONSTRATION_CITY")]
    assert p["pioneer_claims"] == []
    assert {s["place"]: s["shared"] for s in p["similar"]} == {"苏州市": 2, "嘉兴市": 1, "常熟市": 1}
    jx = client.get("/api/place/330400").get_json()
    assert [(c["mechanism"], c["scope"], c["claimants"]) for c in jx["pioneer_claims"]] == [("综合查一次", "全国", 1)]


def test_spread_json_timeline_curve_grid_graph(client):
    sp = client.get("/api/spread/综合查一次").get_json()
    assert sp["mechanism"] == "综合查一次"
    assert [(a["first_year"], a["place"]) for a in sp["adopters"]] == [(2018, "嘉兴市"), (2020, "苏州市"), (2021, "烟台市")]
    assert sp["curve"][0] == {"year": 2018, "new": 1, "cumulative": 1} and sp["curve"][-1]["cumulative"] == 3
    assert sp["grid"]["years"] == [2018, 2019, 2020, 2021]
    assert {row["province"] for row in sp["grid"]["provinces"]} == {"浙江省", "江苏省", "山东省"}
    assert [p["body"] for p in sp["promotions"]] == ["司法部"]
    nodes = {n["id"]: n for n in sp["graph"]["nodes"]}
    assert nodes["Place:330400"]["year"] == 2018 and nodes["Place:330400"]["pioneer"]
    assert nodes["Place:330400"]["lon"] is not None
    for what in ("curve", "map"):
        r = client.get(f"/api/picture/{what}.png?mechanism=综合查一次")
        assert r.status_code == 200 and r.mimetype == "image/png" and r.data[:4] == b"\x89PNG"
    assert client.get("/api/picture/map.png?mechanism=不存在").status_code == 404


def test_stats_json(client):
    s = client.get("/api/stats").get_json()
    assert s["documents"] == 3 and s["relationships"]["ADOPTED"] >= 6


# ------------------------------------------------------------------ pages


@pytest.mark.parametrize("url", ["/", "/documents", "/place/370600", "/mechanism/综合查一次", "/body/司法部",
                                 f"/award/{AWARD_CITY}", "/cypher", "/search?q=市", "/search"])
def test_pages_render(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    assert r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    assert "https://" not in html and "http://" not in html  # no CDN, nothing from the network
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]


def test_place_page_sections(client):
    html = client.get("/place/370600").get_data(as_text=True)
    for part in ('id="graph"', 'id="graph-year"', 'id="facts"', 'id="mechanisms-by-year"', 'id="honours"',
                 'id="similar"', "综合查一次", "苏州市", "yantai.txt"):
        assert part in html, part
    # the facts table carries each row's year for the year control
    assert 'data-year="2021"' in html and 'data-year=""' in html


def test_mechanism_page_has_spread_and_slider(client):
    html = client.get("/mechanism/综合查一次").get_data(as_text=True)
    for part in ('id="spread"', 'id="spread-year"', 'id="spread-play"', 'id="timeline"', 'id="grid"',
                 "/api/picture/curve.png?mechanism=", "/api/picture/map.png?mechanism=", 'id="promotions"'):
        assert part in html, part


def test_vis_network_is_served_from_the_installed_pyvis(client):
    r = client.get("/vendor/vis-network.min.js")
    assert r.status_code == 200 and b"vis-network" in r.data[:400] and r.mimetype == "text/javascript"
    assert client.get("/vendor/vis-network.css").status_code == 200
    assert client.get("/static/graph.js").status_code == 200


# ------------------------------------------------------------------ escaping


def test_document_text_is_escaped_everywhere(client):
    pages = [client.get(u).get_data(as_text=True) for u in
             ("/place/370600", f"/award/{AWARD_CITY}", "/document/" + doc_id(client, "yantai.txt"),
              "/cypher?q=MATCH (p:Place)-[r]->(a:Award) RETURN p, r, a")]
    for html in pages:
        assert "<script>document.title" not in html
        assert "<img src=x" not in html
    assert "&lt;script&gt;document.title" in pages[0] or "\\u003cscript\\u003e" in pages[0]
    # JSON data islands cannot close their <script> element early
    assert "</script>烟台市" not in pages[0]
    api = client.get("/api/entity/place/370600").get_data(as_text=True)
    assert json.loads(api)  # plain JSON carries the text as it is; the pages build DOM text from it


def test_evil_names_in_urls_and_labels(client):
    r = client.get("/api/search?q=" + IMG[:8])
    hit = r.get_json()["hits"][0]
    assert hit["name"] == EVIL_MECHANISM and "<" not in hit["url"]
    page = client.get(hit["url"])
    assert page.status_code == 200 and "<img src=x" not in page.get_data(as_text=True)


# ------------------------------------------------------------------ documents


def test_document_page_marks_the_facts_in_the_normalised_text(client):
    did = doc_id(client, "yantai.txt")
    v = client.get(f"/api/document/{did}").get_json()
    assert v["status"] == "ok" and v["problem"] is None
    art = v["articles"][0]
    assert art["title"] == "烟台市法治政府建设情况报告"
    marked = ["".join(s["text"] for s in art["segments"] if n in s["facts"]) for n in range(len(v["facts"]))]
    assert all(f["placed"] for f in v["facts"])
    assert {f["evidence"] for f in v["facts"]} == set(marked)
    assert "".join(s["text"] for s in art["segments"]).startswith("烟台市2021年推行综合查一次改革")
    html = client.get(f"/document/{did}").get_data(as_text=True)
    assert html.count('class="fact-mark') == len(v["facts"])
    assert 'id="at-0"' in html  # the passage a fact's link points to


def test_document_whose_file_is_gone_says_so_and_lists_its_facts(client):
    did = doc_id(client, "gone.txt")
    v = client.get(f"/api/document/{did}").get_json()
    assert v["status"] == "missing" and "gone" in v["problem"] and v["articles"] == []
    assert [f["evidence"] for f in v["facts"]] == ["常熟市2019年推行首违不罚"]
    html = client.get(f"/document/{did}").get_data(as_text=True)
    assert 'data-status="missing"' in html and "常熟市2019年推行首违不罚" in html


def test_document_changed_on_disk_is_flagged(tmp_path):
    db = build_graph(tmp_path)
    p = tmp_path / "docs" / "jiaxing.txt"
    p.write_text(p.read_text(encoding="utf-8") + "新增一段。\n", encoding="utf-8")
    c = app_for(db).test_client()
    v = c.get(f"/api/document/{doc_id(c, 'jiaxing.txt')}").get_json()
    assert v["status"] == "changed" and all(f["placed"] for f in v["facts"])


# ------------------------------------------------------------------ Cypher


def test_cypher_reads_as_table_and_graph(client):
    r = client.post("/api/cypher", json={"query": "MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism {name: $m}) "
                                                  "RETURN p, r, m ORDER BY p.code", "params": {"m": "综合查一次"}})
    body = r.get_json()
    assert r.status_code == 200 and body["columns"] == ["p", "r", "m"] and len(body["rows"]) == 2
    assert body["rows"][0][0] == "(Place 苏州市)" and body["rows"][0][1] == "[:ADOPTED 2020]"
    assert {n["id"] for n in body["graph"]["nodes"]} == {"Place:320500", "Place:370600", "Mechanism:综合查一次"}
    assert {(e["from"], e["to"]) for e in body["graph"]["edges"]} == {("Place:320500", "Mechanism:综合查一次"),
                                                                     ("Place:370600", "Mechanism:综合查一次")}
    paths = client.post("/api/cypher", json={"query": "MATCH p = (:Place {code: '330400'})-[:PIONEERED]->(:Mechanism) "
                                                      "RETURN p"}).get_json()
    assert len(paths["graph"]["nodes"]) == 2 and len(paths["graph"]["edges"]) == 1
    scalars = client.post("/api/cypher", json={"query": "MATCH (p:Place) RETURN count(p) AS n"}).get_json()
    assert scalars["columns"] == ["n"] and scalars["graph"] == {"nodes": [], "edges": []}


@pytest.mark.parametrize("query", ["CREATE (:Place {code: 'x', name: 'x'})", "MATCH (n) DETACH DELETE n",
                                   "MATCH (p:Place) SET p.name = 'x' RETURN p",
                                   "LOAD FROM '/etc/passwd' RETURN *", "COPY Place FROM 'x.csv'",
                                   "CREATE NODE TABLE X(k STRING, PRIMARY KEY(k))"])
def test_cypher_writes_and_file_access_are_refused_with_the_message(client, query):
    r = client.post("/api/cypher", json={"query": query})
    body = r.get_json()
    assert r.status_code == 400 and body["kind"] == "refused" and "read-only" in body["error"]
    page = client.get("/cypher", query_string={"q": query})
    assert page.status_code == 200 and 'id="cypher-error"' in page.get_data(as_text=True)
    # nothing changed
    assert client.post("/api/cypher", json={"query": "MATCH (p:Place {code: 'x'}) RETURN p"}).get_json()["rows"] == []


def test_cypher_errors_and_row_cap(client, monkeypatch):
    bad = client.post("/api/cypher", json={"query": "MATCH (n:Nope) RETURN n"}).get_json()
    assert bad["kind"] == "error" and "Nope" in bad["error"]
    assert client.post("/api/cypher", json={"query": ""}).get_json()["kind"] == "empty"
    assert client.post("/api/cypher", json={"query": "RETURN 1", "params": [1]}).status_code == 400
    from fazhi.web import cypher

    monkeypatch.setattr(cypher, "MAX_ROWS", 2)
    capped = client.post("/api/cypher", json={"query": "MATCH (p:Place) RETURN p.name AS n"}).get_json()
    assert len(capped["rows"]) == 2 and capped["truncated"] and "row cap" in capped["message"]


def test_cypher_time_limit(client, monkeypatch):
    from fazhi.web import cypher

    monkeypatch.setattr(cypher, "TIMEOUT_S", 0.05)
    # 36 million rows each tested (a plain count(*) the engine would compute without them): most of a second
    # of work, stopped by the limit (the engine's, or the query worker's)
    body = client.post("/api/cypher", json={"query": "UNWIND range(1, 6000) AS a UNWIND range(1, 6000) AS b "
                                                     "WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n"}).get_json()
    assert body.get("kind") == "timeout", body


# ------------------------------------------------------------------ the store under the app


def test_a_load_beside_the_app_is_not_blocked_and_the_app_follows_it(tmp_path):
    db = build_graph(tmp_path)
    c = app_for(db).test_client()
    assert c.get("/api/search?q=常熟").get_json()["resolved"]["name"] == "常熟市"
    assert c.get("/api/search?q=漯河").get_json()["resolved"] is None
    errors: list = []

    def reader():
        for _ in range(30):
            r = c.get("/api/entity/place/370600")
            if r.status_code != 200:
                errors.append(r.status_code)

    t = threading.Thread(target=reader)
    t.start()
    more = tmp_path / "more"
    more.mkdir()
    (more / "luohe.txt").write_text("漯河市报告\n\n漯河市2023年推行述法。\n", encoding="utf-8")
    FACTS.append(("luohe.txt", "ADOPTED", "漯河市2023年推行述法", dict(place="漯河市", place_code="411100",
                                                                       mechanism="述法", year=2023)))
    try:
        s = load([str(more)], db=db, extract=extract)  # the app holds the graph open meanwhile
    finally:
        FACTS.pop()
        t.join()
    assert s.loaded == 1 and errors == []
    assert c.get("/api/search?q=漯河").get_json()["resolved"]["name"] == "漯河市"


def test_no_graph_is_a_clear_503(tmp_path):
    c = app_for(str(tmp_path / "none.lbug")).test_client()
    r = c.get("/api/stats")
    assert r.status_code == 503 and "no graph" in r.get_json()["error"]
    assert c.get("/").status_code == 503


def test_make_app_takes_any_store_factory(graph_db):
    from fazhi.graph.store import open_store

    opened = []

    def factory():
        opened.append(1)
        return open_store(graph_db, query_only=True)

    c = make_app(factory).test_client()
    assert c.get("/api/search?q=嘉兴").get_json()["resolved"]["key"] == "330400"
    assert c.get("/api/stats").status_code == 200 and len(opened) == 1  # opened once, kept


def test_serve_command_is_registered_and_binds_localhost_by_default():
    from click.testing import CliRunner

    from fazhi.cli import main

    out = CliRunner().invoke(main, ["serve", "--help"])
    assert out.exit_code == 0 and "127.0.0.1" in out.output and "8765" in out.output
    bad = CliRunner().invoke(main, ["serve", "--db", "/nonexistent/x.lbug"])
    assert bad.exit_code == 1 and "no graph" in bad.output


def test_while_another_process_writes_pages_show_the_graph_as_it_was_and_say_so(tmp_path):
    import subprocess
    import sys

    db = build_graph(tmp_path)
    app = app_for(db)
    c = app.test_client()
    assert c.get("/api/search?q=测试市").get_json()["resolved"] is None
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sys, ladybug as lb\n"
         f"db = lb.Database({db!r}); c = lb.Connection(db)\n"
         "c.execute(\"CREATE (:Place {code: '999999', name: '测试市', level: 'prefecture'})\")\n"
         "print('written', flush=True); sys.stdin.readline(); c.close(); db.close()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "written"
        # the writer holds the file: the app keeps the graph it had, and the pages say why
        assert c.get("/api/search?q=测试市").get_json()["resolved"] is None
        page = c.get("/").get_data(as_text=True)
        assert 'id="note"' in page and "fazhi load" in page
    finally:
        writer.communicate("\n", timeout=60)
    assert writer.returncode == 0
    assert c.get("/api/search?q=测试市").get_json()["resolved"]["key"] == "999999"
    assert 'id="note"' not in c.get("/").get_data(as_text=True)


@pytest.mark.parametrize("worker", [True, False], ids=["query-worker", "in-process"])
def test_cypher_box_runs_in_the_query_worker_when_there_is_one(graph_db, monkeypatch, worker):
    import sys

    from fazhi.web.app import holder_of

    if worker:
        pytest.importorskip("fazhi.graph.query_worker")
    else:  # as on a checkout without graph/query_worker.py
        monkeypatch.setitem(sys.modules, "fazhi.graph.query_worker", None)
    app = app_for(graph_db)
    c = app.test_client()
    try:
        body = c.post("/api/cypher", json={"query": "MATCH (p:Place {code: '370600'}) RETURN p.name AS n"}).get_json()
        assert body["rows"] == [["烟台市"]]
        refused = c.post("/api/cypher", json={"query": "CREATE (:Place {code: 'y'})"}).get_json()
        assert refused["kind"] == "refused"
        runner = holder_of(app)._query
        if worker:
            assert type(runner).__name__ == "QueryPool" and any(runner.pids)
        else:
            assert runner is None
    finally:
        holder_of(app).close()


def test_every_page_of_the_shared_corpus_renders(shared_corpus, tmp_path):
    """The real documents through the real extractor: every document, entity and spread page answers."""
    db = str(tmp_path / "real.lbug")
    load([str(shared_corpus)], db=db)
    c = app_for(db).test_client()
    docs = re.findall(r'href="/document/([0-9a-f]{64})"', c.get("/documents").get_data(as_text=True))
    assert docs
    for d in docs:
        v = c.get(f"/api/document/{d}").get_json()
        assert v["status"] == "ok" and v["facts"]
        placed = sum(f["placed"] for f in v["facts"])
        assert placed >= 0.9 * len(v["facts"]), (d, placed, len(v["facts"]))
        assert c.get(f"/document/{d}").status_code == 200
    hits = c.get("/api/search?q=市&limit=100").get_json()["hits"]
    assert hits
    for h in hits[:40]:
        r = c.get(h["url"])
        assert r.status_code == 200, h
    top = c.post("/api/cypher", json={"query": "MATCH (m:Mechanism)<-[:ADOPTED]-(p:Place) RETURN m.name AS m, "
                                                "count(p) AS n ORDER BY n DESC LIMIT 3"}).get_json()
    for (m, _) in top["rows"]:
        assert c.get(f"/api/spread/{m}").status_code == 200
        assert c.get("/mechanism/" + m).status_code == 200

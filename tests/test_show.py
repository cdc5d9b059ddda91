"""`fazhi show`: names as typed, what a query returns, year filters, hover data, aggregation, escaping.

The graph is small and hand-made (build_show_graph): real files read by the real loaders, facts from a fixed
extractor — two places called 鼓楼区, a fact without a year, one whose evidence holds a <script>.
test_show_browser.py renders the pages of the founding corpus in Chromium.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.graph.load import load
from fazhi.graph.store import open_store
from fazhi.graph.view import build, parse_years, render, show
from fazhi.loaders.model import Document, Fact

from _fixture_facts import facts_for  # tests/ is on sys.path

SCRIPT = '<script>document.title="pwned";window.__pwned=1</script>'
AWARD = "全国法治政府建设示范市（县、区）"
TEXTS = {
    "yantai.txt": ("烟台市法治政府建设情况报告\n\n烟台市2021年推行综合查一次改革。烟台市2023年建立述法制度。\n"
                   f"{SCRIPT}烟台市被命名为全国法治政府建设示范市。烟台市全面推行首违不罚。\n"),
    "jiaxing.txt": ("嘉兴市综合查一次经验\n\n嘉兴市2018年在全国率先探索综合查一次。苏州市2022年推行述法。\n"
                    "司法部2022年推广综合查一次经验。\n"),
    "gulou.txt": "两个鼓楼区\n\n福州市鼓楼区2020年推行首违不罚。南京市鼓楼区2021年推行述法。\n",
}
FACTS = [
    ("yantai.txt", "ADOPTED", "烟台市2021年推行综合查一次改革", dict(place="烟台市", place_code="370600", mechanism="综合查一次", year=2021, year_source="sentence")),
    ("yantai.txt", "ADOPTED", "烟台市2023年建立述法制度", dict(place="烟台市", place_code="370600", mechanism="述法", year=2023, year_source="sentence")),
    ("yantai.txt", "NAMED_DEMONSTRATION_CITY", f"{SCRIPT}烟台市被命名为全国法治政府建设示范市",
     dict(place="烟台市", place_code="370600", award=AWARD, year=2025, batch=3, level="national")),
    ("yantai.txt", "ADOPTED", "烟台市全面推行首违不罚", dict(place="烟台市", place_code="370600", mechanism="首违不罚")),
    ("jiaxing.txt", "PIONEERED", "嘉兴市2018年在全国率先探索综合查一次",
     dict(place="嘉兴市", place_code="330400", mechanism="综合查一次", year=2018, scope="全国")),
    ("jiaxing.txt", "ADOPTED", "苏州市2022年推行述法", dict(place="苏州市", place_code="320500", mechanism="述法", year=2022)),
    ("jiaxing.txt", "PROMOTED_BY", "司法部2022年推广综合查一次经验", dict(mechanism="综合查一次", body="司法部", year=2022, scope="全国")),
    ("gulou.txt", "ADOPTED", "福州市鼓楼区2020年推行首违不罚", dict(place="鼓楼区", place_code="350102", mechanism="首违不罚", year=2020)),
    ("gulou.txt", "ADOPTED", "南京市鼓楼区2021年推行述法", dict(place="鼓楼区", place_code="320106", mechanism="述法", year=2021)),
]
HASH = re.compile(r"\b[0-9a-f]{64}\b")


def extract(document: Document) -> list[Fact]:
    # module level, so load()'s worker processes can unpickle it
    return facts_for(FACTS, document)


def build_show_graph(folder: Path) -> str:
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    db = str(folder / "show.lbug")
    s = load([str(docs)], db=db, extract=extract)
    assert (s.loaded, s.skipped) == (3, 0)
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return build_show_graph(tmp_path_factory.mktemp("show"))


@pytest.fixture()
def store(db):
    s = open_store(db, query_only=True)
    yield s
    s.close()


def data_of(html_text: str) -> dict:
    """The data island the page hands to show.js."""
    m = re.search(r'<script type="application/json" id="fazhi-data">(.*?)</script>', html_text, re.S)
    assert m, "no data island"
    return json.loads(m.group(1))


def names(view_or_data) -> set[str]:
    nodes = view_or_data.nodes.values() if hasattr(view_or_data, "nodes") else view_or_data["nodes"]
    return {n["name"] for n in nodes}


def edge(view, a: str, b: str, t: str) -> dict:
    found = [e for e in view.edges if e["type"] == t and view.nodes[e["from"]]["name"] == a
             and view.nodes[e["to"]]["name"] == b]
    assert len(found) == 1, (a, b, t, [e["id"] for e in view.edges])
    return found[0]


# -- names as a person types them -------------------------------------------------------------------------
def test_names_resolve_as_typed_with_one_rule_shared_with_the_web_app(store):
    import fazhi.graph.names as shared
    import fazhi.web.api as web_api

    assert web_api.Index is shared.Index  # the search box and `show` read names the same way
    v = build(store, place="烟台")
    assert v.centres == ["Place:370600"] and "烟台 → 烟台市" in v.notes
    assert names(v) == {"烟台市", "综合查一次", "述法", "首违不罚", AWARD}
    assert build(store, place="370600").centres == ["Place:370600"]  # a code is exact
    assert build(store, mechanism="综合查").centres == ["Mechanism:综合查一次"]  # the only name it starts
    assert build(store, award="示范市").centres == [f"Award:{AWARD}"]
    with pytest.raises(LookupError) as e:  # two places called 鼓楼区: both offered, told apart by code
        build(store, place="鼓楼")
    assert "350102" in str(e.value) and "320106" in str(e.value) and "say which" in str(e.value)
    assert build(store, place="350102").centres == ["Place:350102"]
    with pytest.raises(LookupError) as e:
        build(store, place="烟台县")
    assert "no place called '烟台县'" in str(e.value) and "烟台市" in str(e.value)


def test_a_unique_prefix_resolves_and_a_miss_suggests(store):
    assert build(store, mechanism="述").centres == ["Mechanism:述法"]
    with pytest.raises(LookupError) as e:
        build(store, mechanism="综合执法")
    assert "closest" in str(e.value) and "综合查一次" in str(e.value)


# -- what a query returns ------------------------------------------------------------------------------------
def test_a_query_draws_nodes_relationships_paths_or_names(store):
    # nodes: the places, with the relationships among them (none here), each drawn alone
    v = build(store, query="MATCH (p:Place) WHERE p.name = '烟台市' OR p.name = '苏州市' RETURN p")
    assert names(v) == {"烟台市", "苏州市"} and v.edges == []
    # nodes only, but related: the relationships among them are drawn
    v = build(store, query="MATCH (p:Place)-[:ADOPTED]->(m:Mechanism {name: '述法'}) RETURN p, m")
    assert names(v) == {"烟台市", "苏州市", "鼓楼区", "述法"}
    assert {e["type"] for e in v.edges} == {"ADOPTED"} and len(v.edges) == 3
    # relationships alone: their ends come with them
    v = build(store, query="MATCH (:Place)-[r:PIONEERED]->(:Mechanism) RETURN r")
    assert names(v) == {"嘉兴市", "综合查一次"}
    e = edge(v, "嘉兴市", "综合查一次", "PIONEERED")
    assert e["facts"][0]["evidence"] == "嘉兴市2018年在全国率先探索综合查一次" and e["facts"][0]["document"] == "jiaxing.txt"
    # paths (what failed before with "the query's results is not in the graph")
    v = build(store, query="MATCH p = (:Place {name: '苏州市'})-[:ADOPTED]->(:Mechanism)<-[:ADOPTED]-(:Place) RETURN p")
    assert names(v) == {"苏州市", "述法", "烟台市", "鼓楼区"} and len(v.edges) == 3
    # rows of names: each name with its neighbours (--depth 1)
    v = build(store, query="MATCH (m:Mechanism {name: '综合查一次'}) RETURN m.name")
    assert v.centres == ["Mechanism:综合查一次"] and {"烟台市", "嘉兴市", "司法部"} <= names(v)
    # a named query with a parameter: its rows name places and mechanisms
    v = build(store, name="adoption_timeline", params={"mechanism": "述法"})
    assert {"烟台市", "苏州市", "述法"} <= names(v)


def test_a_query_that_names_nothing_says_so(store):
    with pytest.raises(LookupError, match="no rows"):
        build(store, query="MATCH (p:Place) WHERE p.name = '无此地' RETURN p")
    with pytest.raises(LookupError, match="1 row but no node of the graph"):
        build(store, query="MATCH (p:Place) RETURN count(*) AS n")
    from fazhi.graph.store import StoreError

    with pytest.raises(StoreError, match="read-only"):  # through the guard, in the query worker
        build(store, query="MATCH (p:Place) SET p.name = 'x' RETURN p")


# -- years ------------------------------------------------------------------------------------------------
def test_years_and_undated_facts(store):
    assert parse_years("2018-2022") == (2018, 2022) and parse_years("2018-") == (2018, None)
    assert parse_years("-2022") == (None, 2022) and parse_years("2021") == (2021, 2021) and parse_years("") == (None, None)
    for bad in ("20-21", "2022-2018", "abc"):
        with pytest.raises(ValueError):
            parse_years(bad)
    v = build(store, place="烟台", year_from=2022, year_to=2024)
    assert names(v) == {"烟台市", "述法", "首违不罚"}  # 2021 and 2025 left out; the undated fact kept
    v = build(store, place="烟台", year_from=2022, year_to=2024, undated="drop")
    assert names(v) == {"烟台市", "述法"}
    # before, --year-from 2030 still drew every undated fact
    v = build(store, year_from=2030, undated="drop")
    assert v.nodes == {} and any("nothing to draw" in n for n in v.notes)
    v = build(store, year_from=2030)
    assert names(v) == {"烟台市", "首违不罚"}  # only the fact without a year


# -- what the page shows on hover -----------------------------------------------------------------------------
def test_hover_data_names_year_basis_evidence_article_and_file(store, tmp_path):
    v = build(store)
    e = edge(v, "烟台市", "综合查一次", "ADOPTED")
    f = e["facts"][0]
    assert f["year"] == 2021 and f["year_source"] and f["evidence"] == "烟台市2021年推行综合查一次改革"
    assert f["article"] == "烟台市法治政府建设情况报告" and f["document"] == "yantai.txt"
    assert e["years"] == [[2021, 1]] and e["undated"] == 0
    undated = edge(v, "烟台市", "首违不罚", "ADOPTED")
    assert undated["years"] == [] and undated["undated"] == 1
    yt = v.nodes["Place:370600"]
    assert ["code", "370600"] in yt["props"] and ["level", "prefecture"] in yt["props"]
    assert ["province", "山东省"] in yt["props"]
    # size: a mechanism by its adopters (综合查一次: 烟台市 and 嘉兴市; 述法: 烟台市, 苏州市, 南京市鼓楼区)
    assert v.nodes["Mechanism:述法"]["weight"] == 3 and v.nodes["Mechanism:综合查一次"]["weight"] == 2
    assert v.nodes["Mechanism:述法"]["size"] > v.nodes["Mechanism:综合查一次"]["size"]
    text = render(v, tmp_path / "o.html").read_text(encoding="utf-8")
    assert not HASH.search(text), "a document is named by its file, not its hash"


# -- escaping ---------------------------------------------------------------------------------------------------
def test_document_text_is_data_never_markup(store, tmp_path):
    text = show(store, tmp_path / "o.html").read_text(encoding="utf-8")
    assert SCRIPT not in text and "<script>document.title" not in text
    from fazhi.graph.view import _vis

    own = text.replace(_vis("vis-network.min.js"), "")  # the bundle spells "<script>" in a string of its own
    assert len(re.findall(r"<script\b", own)) == 3  # the data island, vis-network, show.js: nothing else
    data = data_of(text)  # the evidence is there, as data
    assert any(SCRIPT in f.get("evidence", "") for e in data["edges"] for f in e["facts"])
    # only the page's own scripts may run (by hash); no file or host is fetched
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1)
    assert "default-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    for s in scripts:
        digest = base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text)


# -- past the cap ---------------------------------------------------------------------------------------------
def test_past_the_cap_places_fold_into_provinces_and_the_page_says_so(store, tmp_path):
    full = build(store)
    assert not full.aggregated
    assert len(full.nodes) == 10
    v = build(store, max_nodes=9)
    assert len(v.nodes) == 9 and v.aggregated == ["places into their provinces (5 → 4)"]
    assert any("more than this page draws at once (9)" in n for n in v.notes)
    js = next(n for n in v.nodes.values() if n["id"] == "Province:320000")  # 苏州市 and 南京市鼓楼区
    assert js["aggregate"] and js["name"] == "江苏省 (2)" and sorted(js["members"]) == ["苏州市", "鼓楼区"]
    sf = next(e for e in v.edges if e["from"] == "Province:320000" and e["to"] == "Mechanism:述法")
    assert sf["count"] == 2 and sf["years"] == [[2021, 1], [2022, 1]]
    text = render(v, tmp_path / "agg.html").read_text(encoding="utf-8")
    assert "more than this page draws at once" in text
    # further: mechanisms into their category; a centre is never folded
    v = build(store, max_nodes=7)
    assert len(v.nodes) <= 7 and any("mechanism" in a for a in v.aggregated)
    v = build(store, place="苏州", depth=2, max_nodes=4)
    assert "Place:320500" in v.nodes


# -- the command --------------------------------------------------------------------------------------------
def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_show_command(db, tmp_path, monkeypatch):
    out = tmp_path / "y.html"
    r = run("show", "--place", "烟台", "--years", "2022-2024", "--undated", "drop", "-o", out, "--db", db)
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == str(out) and "烟台 → 烟台市" in r.stderr and "2 nodes" in r.stderr
    assert names(data_of(out.read_text(encoding="utf-8"))) == {"烟台市", "述法"}
    # the old spellings still work
    r = run("show", "--place", "烟台市", "--year-from", "2022", "--year-to", "2024", "-o", out, "--db", db)
    assert r.exit_code == 0 and names(data_of(out.read_text(encoding="utf-8"))) == {"烟台市", "述法", "首违不罚"}
    r = run("show", "--place", "鼓楼", "-o", out, "--db", db)
    assert r.exit_code == 1 and "350102" in r.stderr and "Traceback" not in r.stderr
    r = run("show", "--query", "MATCH p=(:Place)-[:PIONEERED]->(:Mechanism) RETURN p", "-o", out, "--db", db)
    assert r.exit_code == 0 and names(data_of(out.read_text(encoding="utf-8"))) == {"嘉兴市", "综合查一次"}
    r = run("show", "--name", "adoption_timeline", "-p", "mechanism=述法", "-o", out, "--db", db)
    assert r.exit_code == 0 and "述法" in names(data_of(out.read_text(encoding="utf-8")))
    r = run("show", "--name", "no_such_query", "-o", out, "--db", db)
    assert r.exit_code == 1 and "fazhi queries" in r.stderr
    assert run("show", "--years", "2024-2020", "-o", out, "--db", db).exit_code == 2
    assert run("show", "--years", "2020-", "--year-from", "2020", "-o", out, "--db", db).exit_code == 2
    assert run("show", "--place", "烟台", "--query", "RETURN 1", "-o", out, "--db", db).exit_code == 2
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url))
    assert run("show", "--mechanism", "综合查一次", "-o", out, "--db", db, "--open").exit_code == 0
    assert opened == [out.resolve().as_uri()]


# -- Neo4j ------------------------------------------------------------------------------------------------
def test_show_over_bolt(tmp_path):
    """The same drawing over the Neo4j code path (FalkorDB's Bolt endpoint; skips where it cannot run)."""
    from test_graph_neo4j import HERE, _in_namespace, _why_not

    if _why_not() is not None:
        pytest.skip(str(_why_not()))
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    (corpus / "b.txt").write_text("乙报告\n2022年，烟台市建立“综合查一次”机制。", encoding="utf-8")
    out = _in_namespace(tmp_path, HERE / "neo4j_show.py", corpus)
    assert {"苏州市", "首违不罚", "烟台市", "综合查一次"} <= set(out["overview"])
    assert out["place"] == ["烟台市", "综合查一次"] and out["edges"] == [["ADOPTED", "b.txt"]]
    assert out["nodes"] == out["rels"] == ["烟台市", "综合查一次", "苏州市", "首违不罚"]
    assert out["names"] == ["烟台市", "综合查一次"]
    # a path's steps come without direction: drawn the way the graph has them
    assert sorted(out["path"]) == [["Place:320500", "Mechanism:首违不罚", "ADOPTED"],
                                   ["Place:370600", "Mechanism:综合查一次", "ADOPTED"]]
    assert "without their ends" in out["alone"] and "RETURN p, r, m" in out["alone"]

"""Exports parse back; the page is self-contained and escapes document text."""
import csv
import json
import re

import networkx as nx

from fazhi.graph import export
from fazhi.graph.load import load
from fazhi.graph.store import open_store
from fazhi.graph.view import show
from fazhi.queries.library import list_queries


def _graph(tmp_path, text="甲报告\n2023年，苏州市推行“首违不罚”制度<script>alert(1)</script>。"):
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.txt").write_text(text, encoding="utf-8")
    (d / "b.txt").write_text("乙报告\n2022年，烟台市建立“综合查一次”机制。", encoding="utf-8")
    db = str(tmp_path / "g.lbug")
    load([d], db=db)
    return open_store(db)


def test_facts_export_round_trips_the_extraction_schema(tmp_path):
    store = _graph(tmp_path)
    facts = export.facts(store)
    adopted = {(f["place"], f["mechanism"], f["year"], f["doc"]) for f in facts if f["type"] == "ADOPTED"}
    assert ("苏州市", "首违不罚", 2023, "a.txt") in adopted and ("烟台市", "综合查一次", 2022, "b.txt") in adopted
    out = tmp_path / "f.csv"
    export.write_facts(store, out, "csv")
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert len(rows) == len(facts) and rows[0]["type"]


def test_graphml_and_gexf_parse_back_with_years(tmp_path):
    store = _graph(tmp_path)
    export.write_graphml(store, tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    years = {d.get("year") for _, _, d in g.edges(data=True) if d.get("type") == "ADOPTED"}
    assert {2022, 2023} <= years
    assert g.nodes["Place:320500"]["label"] == "Place"
    export.write_gexf(store, tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'start="2023"' in text
    h = nx.read_gexf(tmp_path / "g.gexf")
    assert h.number_of_edges() == g.number_of_edges()


def test_neo4j_admin_csv_headers(tmp_path):
    store = _graph(tmp_path)
    files = export.write_neo4j_csv(store, tmp_path / "n4")
    names = {f.name for f in files}
    assert {"nodes_Place.csv", "rels_ADOPTED_Place_Mechanism.csv", "README.txt"} <= names
    header = next(csv.reader(open(tmp_path / "n4" / "nodes_Place.csv", encoding="utf-8")))
    assert header[0] == "code:ID(Place)" and header[-1] == ":LABEL"
    rows = list(csv.reader(open(tmp_path / "n4" / "rels_ADOPTED_Place_Mechanism.csv", encoding="utf-8")))
    assert rows[0][:3] == [":START_ID(Place)", ":END_ID(Mechanism)", ":TYPE"] and "year:long" in rows[0]
    assert len(rows) == 3
    assert "neo4j-admin database import full" in (tmp_path / "n4" / "README.txt").read_text(encoding="utf-8")


def test_page_is_self_contained_and_escapes_document_text(tmp_path):
    store = _graph(tmp_path)
    page = show(store, tmp_path / "o.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    nodes, edges = _data(page)
    assert any("<script>alert(1)" in f.get("evidence", "") for e in edges for f in e["facts"])  # data, not markup
    assert not re.search(r'<script[^>]+src="https?://', page) and not re.search(r'<link[^>]+href="https?://', page)
    assert "vis.Network" in page and "苏州市" in {n["name"] for n in nodes}
    nodes, _ = _data(show(store, tmp_path / "p.html", place="烟台市").read_text(encoding="utf-8"))
    assert "烟台市" in {n["name"] for n in nodes} and "苏州市" not in {n["name"] for n in nodes}


def _data(page):
    """The node and edge lists the page hands to show.js (its JSON data island)."""
    data = json.loads(re.search(r'<script type="application/json" id="fazhi-data">(.*?)</script>', page, re.S).group(1))
    return data["nodes"], data["edges"]


def test_named_queries_run_on_the_embedded_store(tmp_path):
    store = _graph(tmp_path)
    for q in list_queries():
        rows = store.query(q.cypher, q.default_params())
        assert isinstance(rows, list), q.name
    timeline = store.query(next(q for q in list_queries() if q.name == "adoption_timeline").cypher,
                           {"mechanism": "综合查一次"})
    assert [r["place"] for r in timeline] == ["烟台市"]

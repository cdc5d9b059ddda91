"""Graph commands end to end through click: exit codes, formats, exports, named queries."""
import csv
import json
import re

import networkx as nx
from click.testing import CliRunner

from fazhi.cli import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def build(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度<script>alert(1)</script>。", encoding="utf-8")
    (d / "b.txt").write_text("乙报告\n2020年，烟台市建立“综合查一次”机制。", encoding="utf-8")
    db = tmp_path / "g.lbug"
    assert run("load", d, "--db", db, "--no-progress").exit_code == 0
    return d, db


def test_load_exits_1_when_files_are_skipped_but_loads_the_rest(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    (d / "broken.pdf").write_bytes(b"\x00\x01 not a pdf")
    r = run("load", d, tmp_path / "missing-dir", "--db", tmp_path / "g.lbug", "--no-progress")
    assert r.exit_code == 1
    assert "skipped" in r.stderr and "broken.pdf" in r.stderr and "1 loaded" in r.stderr and "2 skipped" in r.stderr
    r = run("stats", "--db", tmp_path / "g.lbug", "--format", "json")
    assert json.loads(r.stdout)[0]["documents"] == 1


def test_query_formats_params_and_refusals(tmp_path):
    _, db = build(tmp_path)
    q = "MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) WHERE r.year >= $y RETURN p.name AS place, r.year AS year"
    r = run("query", q, "-p", "y=2021", "--db", db, "--format", "json")
    assert json.loads(r.stdout) == [{"place": "苏州市", "year": 2023}]  # "2021" arrived as an integer
    r = run("query", q, "-p", "y=2000", "--db", db, "--format", "jsonl")
    assert len([json.loads(x) for x in r.stdout.splitlines()]) == 2
    r = run("query", "CREATE (:Place {code: 'x'})", "--db", db)
    assert r.exit_code != 0 and "read-only" in r.stderr
    r = run("query", "RETURN toInteger('1')", "--db", db)
    assert r.exit_code != 0 and "CAST" in r.stderr
    r = run("query", q, "-p", "oops", "--db", db)
    assert r.exit_code != 0 and "name=value" in r.stderr


def test_named_queries_list_and_run(tmp_path):
    _, db = build(tmp_path)
    r = run("queries", "--format", "json")
    names = {q["name"] for q in json.loads(r.stdout)}
    assert {"adoption_timeline", "pioneers", "demonstration_cities", "promoted_by_body", "adopters_in_province",
            "top_mechanisms"} <= names
    r = run("query", "--name", "top_mechanisms", "-p", "limit=1", "--db", db, "--format", "json")
    assert len(json.loads(r.stdout)) == 1
    r = run("query", "--name", "no_such_query", "--db", db)
    assert r.exit_code != 0 and "fazhi queries" in r.stderr


def test_exports_from_the_command_line(tmp_path):
    _, db = build(tmp_path)
    r = run("export", "facts", "--db", db)
    facts = [json.loads(x) for x in r.stdout.splitlines()]
    assert {(f["place"], f["mechanism"], f["year"]) for f in facts if f["type"] == "ADOPTED"} == \
        {("苏州市", "首违不罚", 2023), ("烟台市", "综合查一次", 2020)}
    run("export", "facts", "--format", "csv", "-o", tmp_path / "f.csv", "--db", db)
    assert list(csv.DictReader(open(tmp_path / "f.csv", encoding="utf-8")))[0]["doc"] in ("a.txt", "b.txt")
    run("export", "graphml", "-o", tmp_path / "g.graphml", "--db", db)
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert {d["type"] for _, _, d in g.edges(data=True)} >= {"ADOPTED", "PART_OF"}
    r = run("export", "neo4j-csv", "-o", tmp_path / "n4", "--db", db)
    assert r.exit_code == 0
    header = next(csv.reader(open(tmp_path / "n4" / "rels_PART_OF_Place_Place.csv", encoding="utf-8")))
    assert header == [":START_ID(Place)", ":END_ID(Place)", ":TYPE"]
    readme = (tmp_path / "n4" / "README.txt").read_text(encoding="utf-8")
    assert "--nodes=Place=nodes_Place.csv" in readme and "--relationships=ADOPTED=" in readme
    assert run("export", "gexf", "--db", db).exit_code != 0  # needs -o


def test_show_query_and_year_window(tmp_path):
    _, db = build(tmp_path)
    out = tmp_path / "q.html"
    r = run("show", "--query", "MATCH (m:Mechanism {name: '综合查一次'}) RETURN m.name", "-o", out, "--db", db)
    assert r.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert {"烟台市", "综合查一次"} <= labels(page) and "苏州市" not in labels(page)
    assert not re.search(r"<script[^>]*src=[\"']?https?:", page)
    run("show", "--year-from", "2021", "-o", out, "--db", db)
    page = out.read_text(encoding="utf-8")
    assert "苏州市" in labels(page) and "烟台市" not in labels(page)  # 2020's adoption is outside the window
    assert "<script>alert(1)" not in page
    edges = _island(page)["edges"]
    assert any("<script>alert(1)" in f["evidence"] and f["year"] == 2023 and f["document"] == "a.txt"
               for e in edges for f in e["facts"])  # hover: the evidence (as data), year, document
    assert _island(page)["style"].keys() >= {"Mechanism", "Place"}  # the legend


def _island(page):
    return json.loads(re.search(r'<script type="application/json" id="fazhi-data">(.*?)</script>', page, re.S).group(1))


def labels(page):
    """Node names in the data the page hands to show.js."""
    return {n["name"] for n in _island(page)["nodes"]}


def test_a_second_writer_gets_one_line_naming_the_holder(tmp_path):
    import subprocess
    import sys
    import textwrap

    db = str(tmp_path / "g.lbug")
    (tmp_path / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    assert CliRunner().invoke(main, ["load", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    # another process holds the graph open for writing while we try to load
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from fazhi.graph.store import open_store
        s = open_store({db!r}); print("open", flush=True); time.sleep(30)""")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        r = subprocess.run([sys.executable, "-c", "from fazhi.cli import main; main()", "load", str(tmp_path / "a.txt"), "--db", db],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode != 0
        assert "in use by another process" in r.stderr and f"PID {holder.pid}" in r.stderr
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    finally:
        holder.kill()
        holder.wait()

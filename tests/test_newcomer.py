"""The command line as a newcomer meets it (issue 12): each papercut of the trial, fixed and kept fixed.

* after `make run` (which builds out/fazhi.lbug) the commands find that graph, and say so;
* an empty result prints its header and "0 rows";
* unaliased columns are named as the query writes them, nodes, relationships and paths read in one line;
* a document id comes with its file name and title;
* Neo4j spellings the embedded engine reads differently get a hint (exists, shortestPath, substring);
* make run's heading over demonstration_cities says what its rows are;
* `forget` names what matched no document; a data file in a folder is passed over with a word.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.graph.load import load
from fazhi.loaders.model import Document, Fact
from test_show import build_show_graph

ROOT = Path(__file__).resolve().parents[1]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return build_show_graph(tmp_path_factory.mktemp("newcomer"))


# -- one default graph ------------------------------------------------------------------------------------
def test_after_make_run_the_commands_find_its_graph(db, tmp_path, monkeypatch):
    monkeypatch.delenv("FAZHI_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    r = run("stats")  # neither ./fazhi.lbug nor out/fazhi.lbug: say where a graph is looked for and how to make one
    assert r.exit_code == 1 and "fazhi.lbug" in r.stderr and "out/fazhi.lbug" in r.stderr and "make run" in r.stderr
    assert not Path("fazhi.lbug").exists()  # reading does not create an empty graph
    (tmp_path / "out").mkdir()
    shutil.copytree(db, tmp_path / "out" / "fazhi.lbug") if Path(db).is_dir() else shutil.copy(db, "out/fazhi.lbug")
    r = run("stats")
    assert r.exit_code == 0 and "documents: 3" in r.stdout
    assert "using out/fazhi.lbug, the graph `make run` built" in r.stderr
    r = run("query", "MATCH (p:Place {name: '烟台市'}) RETURN p.code AS code", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout) == [{"code": "370600"}]
    assert run("show", "--place", "烟台", "-o", "y.html").exit_code == 0
    r = run("forget", "nosuch.txt")  # a writer that needs the graph finds the same one, creates none
    assert r.exit_code == 1 and not Path("fazhi.lbug").exists()
    # a graph of one's own in the folder comes first, and nothing is said
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    assert run("load", "docs", "--no-progress").exit_code == 0 and Path("fazhi.lbug").exists()
    r = run("stats")
    assert "documents: 1" in r.stdout and "using out/" not in r.stderr
    monkeypatch.setenv("FAZHI_DB", "out/fazhi.lbug")
    assert "documents: 3" in run("stats").stdout


def test_make_run_tells_where_its_graph_is():
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "export FAZHI_DB=" in text


# -- results -------------------------------------------------------------------------------------------------
def test_an_empty_result_prints_its_header_and_0_rows(db):
    r = run("query", "MATCH (p:Place) WHERE p.name = '无此地' RETURN p.name AS place, p.code AS code", "--db", db)
    assert r.exit_code == 0
    assert r.stdout.splitlines() == ["place  code", "-----  ----", "0 rows"]
    r = run("query", "--name", "honours_of_place", "-p", "place=无此地", "--db", db)
    assert r.stdout.splitlines()[0].split()[:3] == ["code", "holder", "relation"] and r.stdout.endswith("0 rows\n")
    r = run("query", "MATCH (p:Place) WHERE p.name = '无此地' RETURN p.name AS place", "--db", db, "--format", "csv")
    assert r.stdout.strip() == "place"
    r = run("query", "MATCH (p:Place) WHERE p.name = '无此地' RETURN p.name AS place", "--db", db, "--format", "json")
    assert json.loads(r.stdout) == []


def test_unaliased_columns_and_graph_values_are_readable(db):
    # (the fact types by name: an untyped pattern also meets the FIRST_ADOPTION summaries, graph/summaries.py)
    q = ("MATCH (p:Place)-[r:ADOPTED|PIONEERED]->(m:Mechanism) RETURN label(r), count(*) "
         "ORDER BY count(*) DESC, label(r) LIMIT 2")
    r = run("query", q, "--db", db)
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["label(r)", "count(*)"] and lines[2].split() == ["ADOPTED", "6"]
    assert "COUNT_STAR" not in r.stdout and "_ID" not in r.stdout
    r = run("query", q, "--db", db, "--format", "json")
    assert json.loads(r.stdout)[0] == {"label(r)": "ADOPTED", "count(*)": 6}
    r = run("query", "MATCH (p:Place {code: '370600'})-[r:ADOPTED]->(m:Mechanism {name: '综合查一次'}) RETURN p, r, m",
            "--db", db, "--format", "csv")
    row = r.stdout.splitlines()[1]
    assert row == "(Place 烟台市 370600),[:ADOPTED 2021 《烟台市法治政府建设情况报告》 yantai.txt],(Mechanism 综合查一次)"
    r = run("query", "MATCH p = (:Place {code: '370600'})-[:ADOPTED]->(:Mechanism)<-[:PIONEERED]-(:Place) RETURN p, "
                     "length(p)", "--db", db, "--format", "csv")
    assert r.stdout.splitlines() == ["p,length(p)", "(烟台市)-[:ADOPTED 2021]->(综合查一次)<-[:PIONEERED 2018]-(嘉兴市),2"]


def test_a_fact_names_its_document_by_file_and_title(db):
    q = "MATCH (:Place {code: '370600'})-[r:ADOPTED]->(:Mechanism {name: '综合查一次'}) RETURN r.doc AS doc, r.year AS year"
    r = run("query", q, "--db", db)
    head, _, row = r.stdout.splitlines()
    assert head.split() == ["doc", "doc_file", "doc_title", "year"]
    assert re.match(r"[0-9a-f]{12}… +yantai\.txt +烟台市法治政府建设情况报告 +2021$", row), row
    r = run("query", q, "--db", db, "--format", "csv")
    doc, file, title, year = r.stdout.splitlines()[1].split(",")
    assert re.fullmatch(r"[0-9a-f]{64}", doc) and (file, title, year) == ("yantai.txt", "烟台市法治政府建设情况报告", "2021")


# -- Neo4j spellings ------------------------------------------------------------------------------------------
def test_neo4j_spellings_get_a_hint(db):
    r = run("query", "MATCH (p:Place) WHERE exists(p.aliases) RETURN p.name", "--db", db)
    assert r.exit_code == 1 and "IS NOT NULL" in r.stderr
    r = run("query", "MATCH (a:Place {code: '370600'}), (b:Place {code: '330400'}) "
                     "MATCH p = shortestPath((a)-[*]-(b)) RETURN p", "--db", db)
    assert r.exit_code == 1 and "SHORTEST" in r.stderr
    r = run("query", "MATCH (a:Place {code: '370600'}), (b:Place {code: '330400'}) "
                     "MATCH p = (a)-[* SHORTEST 1..4]-(b) RETURN length(p) AS hops", "--db", db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout) == [{"hops": 2}]  # the spelling the hint gives runs
    # substring runs either way but counts from 1 here: said even though the query succeeds
    r = run("query", "RETURN substring('烟台市', 0, 2) AS s", "--db", db, "--format", "json")
    assert r.exit_code == 0 and "counts start from 1" in r.stderr
    r = run("query", "RETURN substring('烟台市', 1, 2) AS s", "--db", db, "--format", "json")
    assert json.loads(r.stdout) == [{"s": "烟台"}]


# -- make run's heading ---------------------------------------------------------------------------------------
NAMINGS = {
    "n.txt": "命名\n\n烟台市被命名为全国示范市。滁州市被命名为省级示范市。\n",
}


def _namings(document: Document) -> list[Fact]:
    out = []
    for ev, place, code, award, level in (("烟台市被命名为全国示范市", "烟台市", "370600", "全国法治政府建设示范市（县、区）", "national"),
                                          ("滁州市被命名为省级示范市", "滁州市", "341100", "省级法治政府建设示范市", "provincial")):
        at = document.articles[0].text.find(ev)
        out.append(Fact(doc=document.name, type="NAMED_DEMONSTRATION_CITY", evidence=ev, article=document.articles[0].title,
                        article_index=0, start=at, end=at + len(ev), rule="test", confidence=0.9, place=place,
                        place_code=code, award=award, level=level, year=2025))
    return out


def test_make_runs_heading_says_what_its_rows_are(tmp_path):
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if "--name demonstration_cities" in line)
    heading = next(line for line in reversed(lines[:at]) if "echo" in line and "==" in line)
    (tmp_path / "d").mkdir()
    for name, t in NAMINGS.items():
        (tmp_path / "d" / name).write_text(t, encoding="utf-8")
    db = str(tmp_path / "g.lbug")
    load([str(tmp_path / "d")], db=db, extract=_namings)
    rows = json.loads(run("query", "--name", "demonstration_cities", "--db", db, "--format", "json").stdout)
    levels = {r["level"] for r in rows}
    assert levels == {"national", "provincial"}
    for level in levels:
        assert level in heading, f"the heading {heading!r} does not say its rows include {level} namings"


# -- forget, folders ------------------------------------------------------------------------------------------
def test_forget_names_what_matched_no_document(tmp_path):
    db = build_show_graph(tmp_path)
    r = run("forget", "nosuch.txt", "--db", db)
    assert r.exit_code == 1 and "no document called 'nosuch.txt'" in r.stderr and "forgot 0" in r.stderr
    r = run("forget", "gulou.txt", "other.txt", "--db", db)
    assert r.exit_code == 1 and "forgot 1 document(s)" in r.stderr and "'other.txt'" in r.stderr
    assert "'gulou.txt'" not in r.stderr
    assert json.loads(run("stats", "--db", db, "--format", "json").stdout)[0]["documents"] == 2
    r = run("forget", "yantai.txt", "--db", db)
    assert r.exit_code == 0 and "no document called" not in r.stderr


def test_data_files_in_a_folder_are_passed_over_with_a_word(tmp_path):
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    (d / "table.csv").write_text("place,year\n苏州市,2023\n", encoding="utf-8")
    (d / "sub" / "gold.jsonl").write_text('{"type": "ADOPTED"}\n', encoding="utf-8")
    (d / ".hidden.csv").write_text("x\n", encoding="utf-8")
    r = run("load", d, "--db", tmp_path / "g.lbug", "--no-progress")
    assert r.exit_code == 0 and "1 loaded" in r.stderr
    assert "passed over 2 data files (.csv, .jsonl) in the folders" in r.stderr
    r = run("load", d / "a.txt", "--db", tmp_path / "h.lbug", "--no-progress")
    assert "passed over" not in r.stderr  # a file named on its own: no folder to pass anything over in


def test_neo4j_values_read_in_one_line_too():
    from fazhi.graph.results import readable_value

    yt, zh = {"code": "370600", "name": "烟台市"}, {"name": "综合查一次"}
    assert readable_value((yt, "ADOPTED", zh), {}) == "(烟台市)-[:ADOPTED]->(综合查一次)"  # a relationship
    assert readable_value([yt, "ADOPTED", zh, "PIONEERED", {"name": "嘉兴市"}], {}) == \
        "(烟台市)-[:ADOPTED]-(综合查一次)-[:PIONEERED]-(嘉兴市)"  # a path: the driver gives no direction
    assert readable_value(["烟台市", "苏州市"], {}) == ["烟台市", "苏州市"]

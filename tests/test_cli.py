"""Every command through click, as a user runs it."""
import json

from click.testing import CliRunner

from fazhi.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def corpus(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.txt").write_text("甲市法治政府建设报告\n2023年，苏州市全面推行“首违不罚”制度。苏州市在全国率先推行“企业服务码”。",
                             encoding="utf-8")
    (d / "b.txt").write_text("乙报告\n烟台市被命名为第二批全国法治政府建设示范市。", encoding="utf-8")
    return d


def test_help_teaches():
    r = run("--help")
    assert r.exit_code == 0 and "fazhi load" in r.output
    for cmd in ("inspect", "extract", "eval", "load", "query", "queries", "stats", "forget", "export", "show"):
        r = run(cmd, "--help")
        assert r.exit_code == 0, cmd
        assert "Example" in r.output or cmd in ("queries", "stats", "forget"), cmd


def test_inspect_json_and_exit_codes(tmp_path):
    d = corpus(tmp_path)
    r = run("inspect", str(d), "--json")
    assert r.exit_code == 0
    docs = json.loads(r.stdout)
    assert [x["name"] for x in docs] == ["a.txt", "b.txt"] and docs[0]["articles"][0]["sentences"] == 2
    (d / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    r = run("inspect", str(d))
    assert r.exit_code == 1 and "skipped" in r.stderr and "bad.pdf" in r.stderr
    assert "a.txt" in r.stdout


def test_extract_formats(tmp_path):
    d = corpus(tmp_path)
    r = run("extract", str(d), "--no-entities")
    facts = [json.loads(line) for line in r.stdout.splitlines()]
    assert {"ADOPTED", "PIONEERED", "NAMED_DEMONSTRATION_CITY"} <= {f["type"] for f in facts}
    named = next(f for f in facts if f["type"] == "NAMED_DEMONSTRATION_CITY")
    assert (named["place"], named["batch"], named["year"]) == ("烟台市", 2, 2022)
    r = run("extract", str(d), "--format", "csv", "--type", "ADOPTED")
    lines = r.stdout.splitlines()
    assert lines[0].startswith("doc,type,place") and all(",ADOPTED," in ln for ln in lines[1:])
    r = run("extract", str(d), "--format", "table")
    assert "首违不罚" in r.stdout


def test_graph_commands(tmp_path):
    d, db = corpus(tmp_path), str(tmp_path / "g.lbug")
    r = run("load", str(d), "--db", db)
    assert r.exit_code == 0 and "2 loaded" in r.stderr
    r = run("load", str(d), "--db", db)
    assert "2 unchanged" in r.stderr
    r = run("query", "MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p.name AS place, m.name AS mech ORDER BY mech",
            "--db", db, "--format", "json")
    assert json.loads(r.stdout) == [{"place": "苏州市", "mech": "企业服务码"}, {"place": "苏州市", "mech": "首违不罚"}]
    r = run("query", "--name", "adoption_timeline", "-p", "mechanism=首违不罚", "--db", db, "--format", "csv")
    assert r.stdout.splitlines()[1].startswith("2023,苏州市")
    r = run("query", "MATCH (n) RETURN type(n)", "--db", db)
    assert r.exit_code != 0 and "label(" in r.output
    r = run("stats", "--db", db, "--format", "json")
    assert json.loads(r.stdout)[0]["documents"] == 2
    out = tmp_path / "p.html"
    r = run("show", "--db", db, "--mechanism", "首违不罚", "-o", str(out))
    assert r.exit_code == 0 and out.exists()
    r = run("show", "--db", db, "--place", "不存在市", "-o", str(out))
    assert r.exit_code != 0 and "no place called '不存在市'" in r.output
    r = run("export", "gexf", "--db", db, "-o", str(tmp_path / "g.gexf"))
    assert r.exit_code == 0 and (tmp_path / "g.gexf").exists()
    r = run("forget", "b.txt", "--db", db)
    assert r.exit_code == 0 and "forgot 1" in r.stderr
    r = run("query", "MATCH (n:Place) RETURN n.name", "--db", str(tmp_path / "missing.lbug"))
    assert r.exit_code != 0 and "fazhi load" in r.output


def test_eval_on_shared_gold(shared_gold):
    r = run("eval", str(shared_gold), "--format", "json")
    rows = {x["type"]: x for x in json.loads(r.stdout)}
    assert rows["ALL"]["gold"] > 100 and 0 <= rows["ALL"]["f1"] <= 1
    r = run("eval", str(shared_gold), "--errors", "--format", "jsonl")
    mistakes = [json.loads(line) for line in r.stdout.splitlines()]
    spurious = sum(m["error"] == "spurious" for m in mistakes)
    missed = sum(m["error"] == "missed" for m in mistakes)
    assert 0 < spurious <= rows["ALL"]["pred"] - rows["ALL"]["tp"]  # implied twins are not listed
    assert 0 < missed <= rows["ALL"]["gold"] - rows["ALL"]["tp"]
    assert all(m["evidence"] for m in mistakes)

"""`fazhi inspect` through click's CliRunner: output shapes, stderr reports, exit codes."""
import json

from click.testing import CliRunner

from fazhi.cli import main


def _run(*args):
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:  # click ≥ 8.2 always keeps stderr apart
        runner = CliRunner()
    return runner.invoke(main, list(args))


def _corpus(tmp_path):
    d = tmp_path / "docs"
    d.mkdir(parents=True)
    (d / "a.txt").write_text("甲市法治政府建设报告\n甲市推行“首违不罚”制度。全年办结率99.15%。\n", encoding="utf-8")
    (d / "b.txt").write_bytes("乙市司法局深化行政复议体制改革。\n".encode("gb18030"))
    return d


def test_inspect_table_by_default_exit_0(tmp_path):
    r = _run("inspect", str(_corpus(tmp_path)))
    assert r.exit_code == 0, r.output
    head = r.stdout.splitlines()[0].split()
    assert head[:4] == ["doc", "format", "encoding", "script"] and "sentences" in head
    assert "a.txt" in r.stdout and "gb18030" in r.stdout
    assert "2 document(s) loaded, 0 skipped" in r.stderr


def test_inspect_json_parses_to_document_summaries(tmp_path):
    r = _run("inspect", str(_corpus(tmp_path)), "--json")
    assert r.exit_code == 0
    docs = json.loads(r.stdout)
    assert [x["name"] for x in docs] == ["a.txt", "b.txt"]
    art = docs[0]["articles"][0]
    assert art["title"] == "甲市法治政府建设报告" and art["sentences"] == 2
    r = _run("inspect", str(_corpus(tmp_path / "x")), "--format", "jsonl")
    assert [json.loads(line)["name"] for line in r.stdout.splitlines()] == ["a.txt", "b.txt"]


def test_inspect_names_skipped_files_and_exits_1(tmp_path):
    d = _corpus(tmp_path)
    (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    (d / "empty.txt").write_bytes(b"")
    r = _run("inspect", str(d), str(tmp_path / "missing.txt"), "--json")
    assert r.exit_code == 1
    assert len(json.loads(r.stdout)) == 2  # stdout stays valid JSON when files are skipped
    for name in ("old.doc", "empty.txt", "missing.txt"):
        assert f"skipped {d / name if name != 'missing.txt' else tmp_path / name}:" in r.stderr
    assert "soffice" in r.stderr
    assert r.stderr.strip().splitlines()[-1] == "2 document(s) loaded, 3 skipped"


def test_inspect_progress_flag_does_not_touch_stdout(tmp_path):
    r = _run("inspect", str(_corpus(tmp_path)), "--json", "--progress")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 2


def test_inspect_help_has_an_example():
    r = _run("inspect", "--help")
    assert r.exit_code == 0 and "Example" in r.output and "--json" in r.output

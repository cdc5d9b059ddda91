"""The one stream of documents (loaders/stream.py): paths → documents → facts, in the order given whatever the
number of workers, a bad file named in its place, and the commands that read it (extract, eval, load)."""
import json
import multiprocessing
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.loaders.documents import document_from_text
from fazhi.loaders.model import Fact, LoadError
from fazhi.loaders.stream import extract_each, extract_paths

GOOD = "关于法治建设的报告\n2023年，{}全面推行“首违不罚”制度。\n"
PLACES = ["苏州市", "烟台市", "嘉兴市", "常熟市", "宁波市", "温州市"]


def slow_first(document):
    # module level, so that worker processes can take it; the first file finishes last
    if document.name == "a.txt":
        time.sleep(1.0)
    place = document.articles[0].text.split("，")[1][:3]
    return [Fact(doc=document.name, type="ADOPTED", place=place, mechanism="首违不罚")]


def sleepy(document):
    time.sleep(0.5)
    return []


def folder(tmp_path: Path, bad: bool = True) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, place in zip("abcdef", PLACES):
        (docs / f"{name}.txt").write_text(GOOD.format(place), encoding="utf-8")
    if bad:
        (docs / "c2.txt").write_bytes(b"")  # between c and d: an empty file
    return docs


def outline(results) -> list[tuple]:
    return [(Path(r.path).name, r.error.problem if r.error else [f.place for f in r.facts]) for r in results]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_results_come_in_the_order_of_the_files_whatever_the_workers(tmp_path, workers):
    got = outline(extract_paths([folder(tmp_path)], extract=slow_first, workers=workers, progress=False))
    assert got == [("a.txt", ["苏州市"]), ("b.txt", ["烟台市"]), ("c.txt", ["嘉兴市"]),
                   ("c2.txt", "empty file: there is no text to read"),
                   ("d.txt", ["常熟市"]), ("e.txt", ["宁波市"]), ("f.txt", ["温州市"])]


def test_a_bad_file_read_by_a_worker_keeps_its_own_message(tmp_path):
    # a LoadError pickled back from a worker once broke the pool: the file was said to have killed its worker
    docs = folder(tmp_path)
    (docs / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    errors = {Path(r.path).name: r.error.problem for r in extract_paths([docs], extract=slow_first, workers=2)
              if r.error}
    assert errors["c2.txt"] == "empty file: there is no text to read"
    assert errors["old.doc"].startswith("old Word/WPS binary document")
    e = LoadError("/x/a.txt", "why")
    import pickle

    back = pickle.loads(pickle.dumps(e))
    assert (back.path, back.problem, str(back)) == ("/x/a.txt", "why", "/x/a.txt: why")


def test_documents_paths_and_errors_keep_their_places(tmp_path):
    docs = folder(tmp_path, bad=False)
    doc = document_from_text(GOOD.format("宁波市"), name="n.txt")
    items = [str(docs / "b.txt"), LoadError("/gone.txt", "no such file or directory"), doc, docs / "a.txt"]
    for workers in (1, 2):
        got = outline(extract_each(items, extract=slow_first, workers=workers, progress=False))
        assert got == [("b.txt", ["烟台市"]), ("gone.txt", "no such file or directory"), ("n.txt", ["宁波市"]),
                       ("a.txt", ["苏州市"])]
    assert outline(extract_paths([docs / "nothing*.txt"])) == [("nothing*.txt", "no file matches this pattern")]


def test_an_extractor_that_fails_costs_only_its_file():
    def boom(document):
        raise ValueError("bug")

    r, = extract_each([document_from_text(GOOD.format("苏州市"))], extract=boom)
    assert r.document is None and r.facts == []
    assert r.error.problem == "extraction failed (ValueError: bug); please report it with the file"


def test_closing_the_stream_early_stops_its_workers(tmp_path):
    docs = tmp_path / "many"
    docs.mkdir()
    for i in range(12):
        (docs / f"{i:02d}.txt").write_text(GOOD.format(PLACES[i % 6]), encoding="utf-8")
    stream = extract_paths([docs], extract=sleepy, workers=2, progress=False)
    first = next(stream)
    assert first.error is None and len(multiprocessing.active_children()) == 2
    stream.close()
    assert multiprocessing.active_children() == []


def test_the_progress_bar_goes_to_stderr_only_when_asked(tmp_path, capsys):
    docs = folder(tmp_path, bad=False)
    list(extract_paths([docs], extract=slow_first, progress=True, desc="reading here"))
    out, err = capsys.readouterr()
    assert out == "" and "reading here" in err
    list(extract_paths([docs], extract=slow_first))  # not a terminal: no bar
    assert capsys.readouterr() == ("", "")


def test_fazhi_extract_prints_the_same_lines_with_two_workers(tmp_path):
    docs = folder(tmp_path)
    one = CliRunner().invoke(main, ["extract", str(docs), "--no-progress"])
    two = CliRunner().invoke(main, ["extract", str(docs), "--workers", "2", "--no-progress"])
    assert one.exit_code == two.exit_code == 1  # the empty file
    assert one.stdout == two.stdout and one.stdout.count("\n") > 6
    places = [json.loads(line)["place"] for line in one.stdout.splitlines() if '"ADOPTED"' in line]
    assert places == PLACES
    assert "skipped " + str(docs / "c2.txt") + ": empty file" in two.stderr


def test_fazhi_eval_names_an_unreadable_document_and_scores_the_rest(tmp_path):
    docs = folder(tmp_path)
    gold = tmp_path / "gold"
    gold.mkdir()
    facts = [{"doc": "a.txt", "type": "ADOPTED", "place": "苏州市", "mechanism": "首违不罚", "year": 2023},
             {"doc": "c2.txt", "type": "ADOPTED", "place": "常熟市", "mechanism": "首违不罚", "year": 2023}]
    (gold / "g.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", str(gold), "--corpus", str(docs), "--format", "json", "--workers", "2"])
    assert r.exit_code == 1, r.output
    assert f"skipped {docs / 'c2.txt'}: empty file: there is no text to read" in r.stderr
    assert "1 file(s) skipped: their gold facts count as missed" in r.stderr
    every = {row["type"]: row for row in json.loads(r.stdout)}["ALL"]
    assert (every["gold"], every["tp"]) == (2, 1)

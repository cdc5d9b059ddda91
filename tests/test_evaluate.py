"""The project's scorer agrees with the reference scorer, and it can tell good from bad."""
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from fazhi.loaders.extract.evaluate import read_gold, same_name, same_place, score

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def test_lenient_name_rules():
    assert same_place("烟台", "烟台市")
    assert not same_place("烟台市", "威海市")
    assert same_name("“综合查一次”改革", "综合查一次", __import__("re").compile("(改革)$"))
    assert same_name("中央依法治国办", "中央全面依法治国委员会办公室")
    assert not same_name("首违不罚", "双随机一公开")


def _facts():
    gold = [
        {"doc": "a.txt", "type": "ADOPTED", "place": "甲市", "mechanism": "首违不罚", "year": 2023},
        {"doc": "a.txt", "type": "PIONEERED", "place": "甲市", "mechanism": "扫码入企"},
        {"doc": "a.txt", "type": "NAMED_DEMONSTRATION_CITY", "place": "乙县", "level": "national", "year": 2022},
    ]
    pred = [
        {"doc": "a.txt", "type": "ADOPTED", "place": "甲市", "mechanism": "“首违不罚”制度", "year": 2022},
        {"doc": "a.txt", "type": "PIONEERED", "place": "甲市", "mechanism": "扫码入企"},
        {"doc": "a.txt", "type": "ADOPTED", "place": "丙市", "mechanism": "述法"},
        {"doc": "other.txt", "type": "ADOPTED", "place": "丁市", "mechanism": "述法"},
    ]
    return gold, pred


def test_score_counts_implied_adoptions_and_years():
    gold, pred = _facts()
    res = score(gold, pred)
    assert res["ADOPTED"].gold == 2 and res["ADOPTED"].pred == 3 and res["ADOPTED"].tp == 2
    assert res["ADOPTED"].year_n == 1 and res["ADOPTED"].year_ok == 0
    assert res["NAMED_DEMONSTRATION_CITY"].tp == 0
    assert res["ALL"].gold == 4 and res["ALL"].tp == 3


def test_mistakes_name_each_error_once():
    gold, pred = _facts()
    mistakes = []
    score(gold, pred, mistakes)
    got = sorted((m["error"], m["type"], m.get("place"), m.get("gold_year")) for m in mistakes)
    # the implied ADOPTED twin of a PIONEERED fact is no mistake of its own; other.txt has no gold
    assert got == [("missed", "NAMED_DEMONSTRATION_CITY", "乙县", None),
                   ("spurious", "ADOPTED", "丙市", None),
                   ("wrong_year", "ADOPTED", "甲市", 2023)]


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="../shared/tools/score.py not present")
def test_agrees_with_reference_scorer(tmp_path):
    gold = read_gold(SHARED / "gold")
    rng = random.Random(7)
    pred = []
    for g in gold:
        if g["type"] == "ENTITY" or rng.random() < 0.3:
            continue
        p = dict(g)
        if rng.random() < 0.3:  # damage some facts so the scorers have misses to agree on
            for k in ("place", "mechanism", "award", "holder"):
                if p.get(k):
                    p[k] = p[k][::-1]
        if rng.random() < 0.3 and p.get("year"):
            p["year"] += 1
        pred.append(p)
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in pred), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(SHARED / "gold"),
                          str(pred_file), "--json"], capture_output=True, text=True, check=True)
    ref = json.loads(out.stdout)
    mine = score(gold, pred)
    for typ, r in ref.items():
        m = mine[typ]
        assert (m.gold, m.pred, m.tp, m.year_ok, m.year_n) == (r["gold"], r["pred"], r["tp"], r["year_ok"], r["year_n"]), typ


def test_the_cli_knows_every_switchable_rule_and_decider():
    from fazhi.cli_extract import _COMPONENTS
    from fazhi.loaders.extract.relations import DECIDERS, SENTENCE_RULES

    assert set(_COMPONENTS) == set(SENTENCE_RULES) | set(DECIDERS)


def test_switching_a_decider_off_removes_its_facts():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "2023年，嘉善县姚庄镇成功入选全省第一批基层合法性审查改革试点。\n"
    doc = document_from_text(text)
    rules = {f.rule for f in extract(doc)}
    assert "adopt.pilot" in rules
    assert "adopt.pilot" not in {f.rule for f in extract(doc, disable=("pilots",))}


def test_ablation_reports_each_component(tmp_path):
    from click.testing import CliRunner

    from fazhi.cli import main

    data = Path(__file__).parent / "data" / "holdout"
    res = CliRunner().invoke(main, ["eval", str(data), "--corpus", str(data), "--ablation", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows[0]["component"] == "(all)"
    assert {r["component"] for r in rows[1:]} >= {"honour_lists", "pilots", "firsts", "promotions", "mechanisms"}
    # switching off the sentence rule that reads practices must cost recall on any annotated set
    mech = next(r for r in rows if r["component"] == "mechanisms")
    assert mech["recall"] < rows[0]["recall"]


def test_cue_lookups_are_cached():
    # the rules ask for cue words thousands of times per document; reading the file each time made
    # extraction four times slower once (a decorator lost in a refactoring)
    from fazhi.loaders.extract import lexicon

    assert lexicon.cues("adopt") is lexicon.cues("adopt")
    assert lexicon.role_table("first_cues.tsv") is lexicon.role_table("first_cues.tsv")

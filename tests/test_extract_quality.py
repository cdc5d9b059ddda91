"""Extraction quality on the shared gold, scored by the project's scorer (same rules as
../shared/tools/score.py).  Every type with gold facts must reach F1 ≥ 0.70 and year accuracy ≥ 0.90 (the issue's
targets) and the overall F1 ≥ 0.80 (the issue's target).
"""
import pytest

from fazhi.loaders.extract.evaluate import evaluate

FLOOR_F1 = 0.82  # measured 0.837 (issue 9 aims at 0.85)
FLOOR_TYPE_F1 = 0.70  # the target for every type
FLOOR_YEAR = 0.90  # the target


@pytest.fixture(scope="module")
def scores(request):
    shared_gold = request.getfixturevalue("shared_gold")
    return evaluate(shared_gold, shared_gold / ".." / "corpus")


def test_overall_f1_does_not_regress(scores):
    assert scores["ALL"].f1 >= FLOOR_F1, scores["ALL"].row()


def test_every_type_with_gold_facts(scores):
    weak = {t: round(s.f1, 3) for t, s in scores.items() if t != "ALL" and s.gold and s.f1 < FLOOR_TYPE_F1}
    assert not weak


def test_year_accuracy_of_matched_facts(scores):
    total = scores["ALL"]
    assert total.year_n >= 20 and total.year_ok / total.year_n >= FLOOR_YEAR


def test_extraction_is_deterministic(shared_corpus):
    from fazhi.loaders import load_document
    from fazhi.loaders.extract import extract

    doc = load_document(shared_corpus / "002_95fd3ce53541a022.txt")
    assert [f.to_dict() for f in extract(doc)] == [f.to_dict() for f in extract(doc)]


# The project's own sets (tests/data): written and annotated blind to the code. The development set
# is tuned against as well; the hold-out set is only measured (its floor guards against regressions,
# it is set below the measured 0.725, not tuned to).
DATA = __import__("pathlib").Path(__file__).parent / "data"


@pytest.mark.parametrize("name, floor_f1, floor_year", [("devset", 0.82, 0.90), ("holdout", 0.70, 0.90)])
def test_quality_on_the_projects_own_annotated_sets(name, floor_f1, floor_year):
    s = evaluate(DATA / name, DATA / name)["ALL"]
    assert s.gold >= 80 and s.f1 >= floor_f1, s.row()
    assert s.year_n >= 40 and s.year_ok / s.year_n >= floor_year, s.row()



# Real web pages (../shared/real): what users feed in. dev/ is studied; holdout/ is only ever scored.
# Floors sit a little under the measured scores (README), so a regression fails; the aims
# (dev 0.85, holdout 0.75, every type with ≥ 5 gold facts 0.70, year 0.90) are not all met yet.
REAL_FLOORS = {
    # set: (overall F1, year accuracy, {type: F1} for types with ≥ 5 gold facts); measured 0.876 and 0.667
    # (years 164/170 and 25/28) at the end of the twelfth round
    "dev": (0.85, 0.90, {"ADOPTED": 0.72, "HONOURED": 0.88, "CANDIDATE": 0.94, "NAMED_DEMONSTRATION_CITY": 0.90,
                         "NAMED_DEMONSTRATION_PROJECT": 0.80, "PIONEERED": 0.90, "PROMOTED_BY": 0.90}),
    "holdout": (0.64, 0.85, {}),
}


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_quality_on_real_pages(shared_real, name):
    floor_f1, floor_year, per_type = REAL_FLOORS[name]
    res = evaluate(shared_real / name, shared_real / name)
    total = res["ALL"]
    assert total.f1 >= floor_f1, total.row()
    assert total.year_n >= 10 and total.year_ok / total.year_n >= floor_year, total.row()
    weak = {t: round(res[t].f1, 3) for t, f in per_type.items() if res[t].f1 < f}
    assert not weak, weak

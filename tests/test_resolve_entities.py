"""The extraction's last stage gives each body and award what the graph writer needs, on its ENTITY record
(loaders/extract/resolve_entities.py); the writer looks nothing up (tests/test_graph_facts.py)."""
from fazhi.loaders.documents import document_from_text
from fazhi.loaders.extract import extract
from fazhi.loaders.extract.resolve_entities import resolve
from fazhi.loaders.model import Fact

TEXT = ("关于法治建设的报告\n2023年，司法部推广苏州市“首违不罚”经验。2022年，苏州市司法局荣获“法治政府奖”。"
        "2021年，烟台市被命名为全国法治政府建设示范市。\n")
CITY = "全国法治政府建设示范市（县、区）"


def records(facts) -> dict:
    return {(f.kind, f.name): f for f in facts if f.type == "ENTITY"}


def test_the_extractor_gives_bodies_and_awards_resolved():
    got = records(extract(document_from_text(TEXT)))
    bureau, ministry = got[("Body", "苏州市司法局")], got[("Body", "司法部")]
    assert (bureau.category, bureau.place_code) == ("local", "320500")
    assert (ministry.category, ministry.place_code) == ("government", None)
    city = got[("Award", CITY)]
    assert (city.category, city.level, city.body) == ("city", "national", "中央全面依法治国委员会办公室")
    assert got[("Award", "法治政府奖")].category == "honour"


def test_only_body_and_award_records_are_completed():
    facts = [Fact(doc="d", type="ENTITY", kind="Award", name="某某区优秀案例奖"),
             Fact(doc="d", type="ENTITY", kind="Body", name="某某协会"),
             Fact(doc="d", type="ENTITY", kind="Mechanism", name="首违不罚"),
             Fact(doc="d", type="HONOURED", place="苏州市", award=CITY, body="苏州市司法局")]
    before = [f.to_dict() for f in facts]
    out = resolve(facts)
    assert out is facts
    unknown, association, mechanism, fact = (f.to_dict() for f in out)
    # an award the lexicon does not list is an honour with no level or body of its own; a name that is no
    # known body stays bare; other records and the facts themselves are left as they were
    assert unknown == dict(before[0], category="honour")
    assert (association, mechanism, fact) == tuple(before[1:])

"""The learning reader (learning.py): explicit statements of learning from another place → LEARNED_FROM,
and the relationship in the graph (Place → Place, with the practice learned)."""
from fazhi.loaders import document_from_text
from fazhi.loaders.extract import extract


def learned(text, **kw):
    return sorted((f.place, f.source, f.mechanism, f.year)
                  for f in extract(document_from_text(text), **kw) if f.type == "LEARNED_FROM")


def test_learning_from_a_named_place_with_its_practice():
    text = "2022年，嘉兴市学习借鉴绍兴市“最多跑一次”做法，推出一批便民举措。\n"
    assert learned(text) == [("嘉兴市", "绍兴市", "最多跑一次", 2022)]


def test_a_visit_to_several_places_teaches_each_of_them():
    text = "2024年3月，绵阳市司法局组织干部赴成都、德阳等地考察学习行政执法协调监督先进经验。\n"
    assert learned(text) == [("绵阳市", "德阳市", None, 2024), ("绵阳市", "成都市", None, 2024)]


def test_without_a_subject_the_article_place_learns():
    text = "泰州市法治政府建设情况\n我市对标南通先进经验，持续深化行政复议体制改革。\n"
    assert learned(text) == [("泰州市", "南通市", None, None)]


def test_no_learning_from_oneself_a_parent_or_a_part():
    text = ("江苏省要求各地学习借鉴南京经验。\n"
            "南京市学习借鉴江苏省经验做法。\n"
            "镇江市学习镇江经验。\n")
    assert learned(text) == []


def test_learning_without_a_source_place_or_an_object_is_nothing():
    text = "全市上下深入学习贯彻习近平法治思想。\n扬州市借鉴先进地区经验，完善工作机制。\n"
    assert learned(text) == []


def test_switching_the_reader_off():
    text = "2022年，嘉兴市学习借鉴绍兴市“最多跑一次”做法。\n"
    assert learned(text, disable=("learning",)) == []


def test_learned_from_in_the_graph(tmp_path):
    from fazhi.graph.export import facts
    from fazhi.graph.store import open_store

    doc = document_from_text("2022年，嘉兴市学习借鉴绍兴市“最多跑一次”做法。\n", name="l.txt")
    s = open_store(str(tmp_path / "g.lbug"))
    try:
        s.write(doc, extract(doc))
        rows = s.query("MATCH (a:Place)-[r:LEARNED_FROM]->(b:Place) RETURN a.name AS a, b.name AS b, "
                       "r.mechanism AS m, r.year AS y")
        assert rows == [{"a": "嘉兴市", "b": "绍兴市", "m": "最多跑一次", "y": 2022}]
        f = next(f for f in facts(s) if f["type"] == "LEARNED_FROM")
        assert (f["place"], f["source"], f["mechanism"]) == ("嘉兴市", "绍兴市", "最多跑一次")
    finally:
        s.close()

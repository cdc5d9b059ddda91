"""Storage tests fed with hand-built Documents and Facts (no file reading, no extractor).

These pin the mapping Fact → schema and the load bookkeeping independently of extraction
quality, which changes as the extractor improves.
"""
import hashlib

import pytest

from fazhi.graph.load import forget, load
from fazhi.graph.store import StoreError, open_store
from fazhi.loaders.model import Article, Document, Fact, LoadError

from _dump import canonical_dump, first_difference  # tests/ is on sys.path (rootless test modules)
from test_graph_store import counts

AWARD_CITY = "全国法治政府建设示范市（县、区）"
AWARD_PROJECT = "全国法治政府建设示范项目"


def doc(name: str, text: str) -> Document:
    return Document(path=f"/fixtures/{name}", name=name, format="txt", encoding="utf-8", script="simplified",
                    content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    articles=[Article(title=f"{name} title", text=text, date="2023-05-01")])


def ev(**kw) -> dict:
    return {"evidence": "证据句", "article": "标题", "article_index": 0, "start": 3, "end": 9, "rule": "test",
            "confidence": 0.9, **kw}


# the facts each fixture document "contains", keyed by its text
FACTS = {
    "甲": [
        Fact(doc="a.txt", type="ENTITY", kind="Mechanism", name="首违不罚", aliases=["首违免罚"],
             instance_of="包容审慎监管", category="执法"),
        Fact(doc="a.txt", type="ADOPTED", place="苏州市", place_code="320500", mechanism="首违不罚", year=2021,
             mode="全面推行", **ev()),
        Fact(doc="a.txt", type="PIONEERED", place="常熟市", place_code="320581", mechanism="企业服务码", year=2022,
             scope="全国", **ev()),
        Fact(doc="a.txt", type="ADOPTED", place="某开发区", mechanism="首违不罚", year=2023, **ev()),
        Fact(doc="a.txt", type="PROMOTED_BY", mechanism="首违不罚", body="司法部", year=2023, scope="全国", **ev()),
        Fact(doc="a.txt", type="NAMED_DEMONSTRATION_CITY", place="苏州市", place_code="320500", award=AWARD_CITY,
             batch=2, year=2022, level="national", **ev()),
        Fact(doc="a.txt", type="NAMED_DEMONSTRATION_PROJECT", place="常熟市", place_code="320581",
             award=AWARD_PROJECT, project="企业服务码", year=2022, **ev()),
        Fact(doc="a.txt", type="CANDIDATE", place="烟台市", place_code="370600", award=AWARD_CITY, year=2020, **ev()),
        # the extractor gives an honoured body's place too; the body is the holder
        Fact(doc="a.txt", type="HONOURED", holder="苏州市司法局", body="苏州市司法局", place="苏州市",
             place_code="320500", award="法治政府奖", year=2019, **ev()),
        # a body's kind and place come on its ENTITY record (loaders/extract/resolve_entities.py)
        Fact(doc="a.txt", type="ENTITY", kind="Body", name="苏州市司法局", category="local", place_code="320500"),
    ],
    "乙": [
        Fact(doc="b.txt", type="ADOPTED", place="苏州市", place_code="320500", mechanism="首违不罚", year=2021,
             **ev(evidence="另一份文件的证据")),
        Fact(doc="b.txt", type="ADOPTED", place="烟台市", place_code="370600", mechanism="综合查一次", year=2022,
             **ev()),
    ],
    "乙改": [
        Fact(doc="b.txt", type="ADOPTED", place="烟台市", place_code="370600", mechanism="双随机一公开", year=2024,
             **ev()),
    ],
}


def extract(document: Document) -> list[Fact]:
    # module level, so worker processes can unpickle it
    return FACTS[document.articles[0].text]


def corpus(*pairs):
    """A documents= callable over fixed (name, text) pairs, plus one unreadable entry if asked."""
    def documents(paths):
        for name, text in pairs:
            if text is None:
                yield LoadError(f"/fixtures/{name}", "cannot read: fixture says so")
            else:
                yield doc(name, text)
    return documents


def test_every_fact_type_lands_in_its_table(tmp_path):
    db = str(tmp_path / "g.lbug")
    s = load(["ignored"], db=db, documents=corpus(("a.txt", "甲")), extract=extract)
    assert (s.loaded, s.facts, s.skipped) == (1, 8, 0)
    store = open_store(db)
    rels = store.stats()["relationships"]
    assert {k: v for k, v in rels.items() if v} == {
        "ADOPTED": 2, "PIONEERED": 1, "PROMOTED_BY": 1, "NAMED_DEMONSTRATION_CITY": 1,
        "NAMED_DEMONSTRATION_PROJECT": 1, "CANDIDATE": 1, "HONOURED": 1, "INSTANCE_OF": 1,
        "PART_OF": rels["PART_OF"], "LOCATED_IN": 1}
    # 常熟→苏州→江苏, 烟台→山东: the gazetteer's hierarchy for every coded place
    assert rels["PART_OF"] == 3
    q = store.query
    assert q("MATCH (c:Place {name: '常熟市'})-[:PART_OF*1..3]->(p:Place) RETURN p.name AS n ORDER BY n") == \
        [{"n": "江苏省"}, {"n": "苏州市"}]
    # a place without a code keeps a synthetic key
    assert q("MATCH (p:Place)-[:ADOPTED]->(:Mechanism) WHERE p.code STARTS WITH 'name:' "
             "RETURN p.code AS code, p.level AS level") == [{"code": "name:某开发区", "level": "unresolved"}]
    # HONOURED comes from a Body as well as from places, in one relationship table
    assert q("MATCH (b:Body)-[r:HONOURED]->(a:Award) RETURN b.name AS b, a.name AS a, r.year AS y") == \
        [{"b": "苏州市司法局", "a": "法治政府奖", "y": 2019}]
    assert q("MATCH (b:Body {name: '苏州市司法局'})-[:LOCATED_IN]->(p:Place) RETURN p.code AS c") == [{"c": "320500"}]
    assert q("MATCH (m:Mechanism {name: '首违不罚'})-[:INSTANCE_OF]->(g:Mechanism) "
             "RETURN g.name AS g, m.aliases AS al, m.category AS cat") == \
        [{"g": "包容审慎监管", "al": "首违免罚", "cat": "执法"}]
    # qualifiers and provenance travel on the relationship
    row = q("MATCH (p:Place)-[r:NAMED_DEMONSTRATION_CITY]->(a:Award) RETURN p.name AS p, r.batch AS batch, "
            "r.level AS level, r.doc AS doc, r.evidence AS ev, r.start_offset AS s, r.end_offset AS e, "
            "r.rule AS rule, r.confidence AS c, a.level AS alevel")
    assert row == [{"p": "苏州市", "batch": 2, "level": "national", "doc": doc("a.txt", "甲").content_hash,
                    "ev": "证据句", "s": 3, "e": 9, "rule": "test", "c": 0.9, "alevel": "national"}]
    assert q("MATCH (:Place)-[r:NAMED_DEMONSTRATION_PROJECT]->() RETURN r.project AS p") == [{"p": "企业服务码"}]
    d = store.documents()[0]
    assert (d["name"], d["title"], d["date"], d["facts"]) == ("a.txt", "a.txt title", "2023-05-01", 8)
    store.close()


def test_bodies_and_awards_are_written_as_their_records_say(tmp_path):
    # the writer looks nothing up: these records say other than the body and award lexicons would
    facts = [
        Fact(doc="c.txt", type="PROMOTED_BY", mechanism="首违不罚", body="司法部", year=2023, **ev()),
        Fact(doc="c.txt", type="HONOURED", holder="某某中心", body="某某中心", award=AWARD_CITY, level="national",
             year=2022, **ev()),
        Fact(doc="c.txt", type="CANDIDATE", place="常熟市", place_code="320581", award="某某奖", level="provincial",
             year=2021, **ev()),
        Fact(doc="c.txt", type="ENTITY", kind="Body", name="司法部", category="party", place_code="370600"),
        Fact(doc="c.txt", type="ENTITY", kind="Award", name=AWARD_CITY, category="honour", level="municipal",
             body="某某委员会"),
    ]
    store = open_store(str(tmp_path / "g.lbug"))
    store.write(doc("c.txt", "丙"), facts)
    q = store.query
    assert q("MATCH (b:Body) RETURN b.name AS n, b.kind AS k, b.place AS p ORDER BY n") == [
        {"n": "司法部", "k": "party", "p": "370600"}, {"n": "某某中心", "k": None, "p": None}]  # no record: bare
    assert q("MATCH (b:Body)-[:LOCATED_IN]->(p:Place) RETURN b.name AS b, p.name AS p") == [{"b": "司法部", "p": "烟台市"}]
    # an award's record wins over the fact's level; without a record, the fact's level and nothing more
    assert q("MATCH (a:Award) RETURN a.name AS n, a.kind AS k, a.level AS l, a.body AS b ORDER BY n") == [
        {"n": AWARD_CITY, "k": "honour", "l": "municipal", "b": "某某委员会"},
        {"n": "某某奖", "k": None, "l": "provincial", "b": None}]
    store.close()


def test_one_relationship_per_fact_per_document(tmp_path):
    db = str(tmp_path / "g.lbug")
    load([], db=db, documents=corpus(("a.txt", "甲"), ("b.txt", "乙")), extract=extract)
    store = open_store(db)
    support = store.query("MATCH (p:Place {name: '苏州市'})-[r:ADOPTED]->(m:Mechanism {name: '首违不罚'}) "
                          "RETURN r.evidence AS e ORDER BY e")
    assert support == [{"e": "另一份文件的证据"}, {"e": "证据句"}]
    store.close()
    assert forget(["a.txt"], db=db) == 1
    store = open_store(db)
    assert store.query("MATCH (p:Place {name: '苏州市'})-[r:ADOPTED]->(m:Mechanism) RETURN m.name AS m") == \
        [{"m": "首违不罚"}]
    # what only a.txt supported is gone: its mechanism, body, awards and unresolved place
    assert store.query("MATCH (m:Mechanism {name: '企业服务码'}) RETURN count(m) AS n") == [{"n": 0}]
    assert store.query("MATCH (b:Body) RETURN count(b) AS n") == [{"n": 0}]
    assert store.query("MATCH (p:Place) WHERE p.code = 'name:某开发区' RETURN count(p) AS n") == [{"n": 0}]
    assert store.query("MATCH (a:Award) RETURN count(a) AS n") == [{"n": 0}]
    # the brand link, the aliases and the category came from a.txt only: what is left is what b.txt alone builds
    assert store.query("MATCH (m:Mechanism)-[:INSTANCE_OF]->(g:Mechanism) RETURN g.name AS g") == []
    left = canonical_dump(store)
    store.close()
    fresh = str(tmp_path / "fresh.lbug")
    load([], db=fresh, documents=corpus(("b.txt", "乙")), extract=extract)
    store = open_store(fresh)
    assert left == canonical_dump(store), first_difference(left, canonical_dump(store))
    store.close()
    assert forget(["b.txt"], db=db) == 1
    store = open_store(db)
    assert store.query("MATCH (m:Mechanism) RETURN count(m) AS n") == [{"n": 0}]
    assert store.query("MATCH (p:Place) WHERE p.level = 'unresolved' RETURN count(p) AS n") == [{"n": 0}]
    store.close()


def test_reload_change_and_skip_bookkeeping(tmp_path):
    db = str(tmp_path / "g.lbug")
    first = load([], db=db, documents=corpus(("a.txt", "甲"), ("b.txt", "乙"), ("bad.txt", None)), extract=extract)
    assert (first.loaded, first.unchanged, first.replaced, first.skipped, first.facts) == (2, 0, 0, 1, 10)
    assert first.errors[0].path == "/fixtures/bad.txt"
    before = counts(db)
    again = load([], db=db, documents=corpus(("a.txt", "甲"), ("b.txt", "乙")), extract=extract)
    assert (again.loaded, again.unchanged, again.replaced, again.facts) == (0, 2, 0, 0)
    assert counts(db) == before
    # b.txt at the same path now has other content: its old facts go, the new ones come
    changed = load([], db=db, documents=corpus(("a.txt", "甲"), ("b.txt", "乙改")), extract=extract)
    assert (changed.loaded, changed.unchanged, changed.replaced, changed.facts) == (0, 1, 1, 1)
    store = open_store(db)
    assert store.query("MATCH (p:Place {name: '烟台市'})-[r:ADOPTED]->(m:Mechanism) RETURN m.name AS m, r.year AS y") \
        == [{"m": "双随机一公开", "y": 2024}]
    assert store.query("MATCH (m:Mechanism {name: '综合查一次'}) RETURN count(m) AS n") == [{"n": 0}]
    assert len(store.documents()) == 2
    store.close()


def test_store_write_takes_one_document_and_its_facts(tmp_path):
    store = open_store(str(tmp_path / "g.lbug"))
    store.write(doc("b.txt", "乙"), FACTS["乙"])
    assert store.query("MATCH ()-[r:ADOPTED]->() RETURN count(r) AS n") == [{"n": 2}]
    assert [d["name"] for d in store.documents()] == ["b.txt"]
    assert store.forget([doc("b.txt", "乙").content_hash]) == 1
    assert store.stats()["relationships"]["ADOPTED"] == 0
    store.close()


def test_workers_extract_hand_built_documents_the_same(tmp_path):
    one, two = str(tmp_path / "one.lbug"), str(tmp_path / "two.lbug")
    docs = corpus(("a.txt", "甲"), ("b.txt", "乙"))
    load([], db=one, documents=docs, extract=extract)
    s = load([], db=two, documents=docs, extract=extract, workers=2)
    assert s.loaded == 2 and counts(one) == counts(two)


@pytest.mark.parametrize("cypher, hint", [
    ("MATCH ()-[r]->() RETURN type(r)", r"label\(r\)"),
    ("RETURN toInteger('3')", r"CAST\(x AS INT64\)"),
    ("RETURN size([x IN [1, 2] WHERE x > 1])", "list_filter"),
    ("RETURN [x IN [1, 2] | x * 2]", "list_transform"),
    ("CALL db.labels()", "show_tables"),
])
def test_neo4j_spellings_get_the_ladybug_spelling(tmp_path, cypher, hint):
    store = open_store(str(tmp_path / "g.lbug"))
    try:
        with pytest.raises(StoreError, match=hint):
            store.query(cypher)
    finally:
        store.close()


@pytest.mark.parametrize("cypher", [
    "CREATE (:Place {code: 'x'})", "MATCH (n:Place) DETACH DELETE n", "MERGE (:Mechanism {name: 'x'})",
    "COPY Place FROM 'x.csv'", "DROP TABLE Place", "ALTER TABLE Place ADD x STRING",
])
def test_writes_are_refused_with_a_pointer_to_load_and_forget(tmp_path, cypher):
    store = open_store(str(tmp_path / "g.lbug"))
    try:
        with pytest.raises(StoreError, match="read-only.*fazhi load"):
            store.query(cypher)
        assert store.stats()["nodes"]["Place"] == 0
    finally:
        store.close()


def test_a_body_put_forward_is_a_body_candidate_located_in_its_place(tmp_path):
    # a body candidate's fact names its place and the body; the writer draws it from the Body
    name = "桐庐县医疗纠纷人民调解委员会"
    facts = [
        Fact(doc="d.txt", type="CANDIDATE", place="桐庐县", body=name, place_code="330122",
             award="全国模范人民调解委员会", level="national", **ev()),
        Fact(doc="d.txt", type="ENTITY", kind="Body", name=name, place_code="330122"),
    ]
    store = open_store(str(tmp_path / "g.lbug"))
    store.write(doc("d.txt", "丁"), facts)
    q = store.query
    assert q("MATCH (b:Body)-[:CANDIDATE]->(a:Award) RETURN b.name AS b, a.name AS a") == [
        {"b": name, "a": "全国模范人民调解委员会"}]
    assert q("MATCH (b:Body)-[:LOCATED_IN]->(p:Place) RETURN p.name AS p") == [{"p": "桐庐县"}]
    assert q("MATCH (p:Place)-[:CANDIDATE]->() RETURN count(*) AS n") == [{"n": 0}]
    store.close()

"""The load-time summaries (graph/summaries.py) and the named queries that read them.

Each rewritten query must give the rows its earlier form gave by aggregating the facts themselves; those forms are
kept in tests/data/reference_queries/ and run beside the new ones, on the hand-built graph of
tests/test_named_queries.py, on one with ties, and on graphs built document by document with forgets, replaces and
held transactions, where summaries that were not kept right would show. Summaries after any such history must also
equal those of a fresh load of the documents that remain (tests/test_forget_exact.py compares whole graphs, these
included, after forgets and replaces of real documents).
"""
import random
from dataclasses import replace
from pathlib import Path

import pytest

from fazhi.graph import summaries
from fazhi.graph.rows import Batch, add_document
from fazhi.graph.store import open_store
from fazhi.loaders.model import Fact
from fazhi.queries.library import PAGE_END, get_query, list_queries, parse, run_query

from _dump import summary_dump
from _fixture_facts import with_records
from test_named_queries import CODES, EXPECTED, FACTS, NO_DATE, TIES, comparable, document, fact, write_graph

REFERENCE = Path(__file__).resolve().parent / "data" / "reference_queries"
REWRITTEN = sorted(p.stem for p in REFERENCE.glob("*.cypher"))
# parameters beyond the declared examples, so that more of each graph is asked about
MORE_PARAMS = {
    "similar_places": [{"place": "常熟市"}, {"place": "鼓楼区"}, {"place": "南京市", "limit": "1"}],
    "pioneer_claims": [{"mechanism": "综合查一次"}, {"mechanism": "首违不罚"}],
    "promotion_then_adoption": [{"years": "1"}, {"years": "4"}],
    "demonstration_before_after": [{"batch": "1"}, {"batch": "3"}],
    "top_mechanisms": [{"limit": "100"}],
    "pioneers": [{}],
    "honours": [{}],
}


def reference(name: str):
    return parse((REFERENCE / f"{name}.cypher").read_text(encoding="utf-8"), f"{name}.cypher")


# honours without a year, which sort after every dated one (honours pages through QueryPage by year)
UNDATED = [
    fact("undated.txt", "HONOURED", "南京市", holder="南京市", award="法治先锋"),
    fact("undated.txt", "HONOURED", "苏州市", holder="苏州市司法局", body="苏州市司法局", award="法治先锋"),
    fact("undated.txt", "HONOURED", "杭州市", holder="杭州市", award="法治政府奖", year=2017),
]


def _docs():
    """(document, facts) of the hand-built graph, of the ties document, as test_named_queries writes them, and of
    undated honours."""
    out = []
    for name, (date, facts) in FACTS.items():
        facts = [replace(f, reported=None if f.reported is NO_DATE else f.reported or date) for f in facts]
        out.append((document(name, date), with_records(facts)))
    out.append((document("ties.txt", "2023-06-01"), with_records([replace(f, reported="2023-06-01") for f in TIES])))
    out.append((document("undated.txt", "2024-02-01"), with_records(UNDATED)))
    return out


def _changed_suzhou():
    """suzhou.txt in a second version: one adoption earlier, one pioneering dropped, a new mechanism."""
    date = "2023-07-01"
    facts = [
        fact("suzhou.txt", "ADOPTED", "苏州市", "首违不罚", year=2017),
        fact("suzhou.txt", "ADOPTED", "苏州市", "综合查一次"),
        fact("suzhou.txt", "ADOPTED", "苏州市", "证明事项告知承诺制", year=2020),
        fact("suzhou.txt", "NAMED_DEMONSTRATION_CITY", "苏州市", award="全国法治政府建设示范市（县、区）", batch=1,
             year=2020, level="national"),
    ]
    doc = replace(document("suzhou.txt", date), content_hash="changed-suzhou")
    return doc, with_records([replace(f, reported=date) for f in facts])


def _incremental(path: str):
    """A graph written one document at a time in a shuffled order, with documents forgotten and written back and
    suzhou.txt replaced by another version; returns it and the documents it should hold."""
    rng = random.Random(13)
    docs = _docs()
    order = docs[:]
    rng.shuffle(order)
    s = open_store(path)
    for doc, facts in order:
        s.write(doc, facts)
    gone = rng.sample(order, 3)
    assert s.forget([d.content_hash for d, _ in gone]) == 3
    for doc, facts in gone[:2]:
        s.write(doc, facts)
    old = next(d for d, _ in docs if d.name == "suzhou.txt")
    new = _changed_suzhou()
    s.forget([old.content_hash])
    s.write(*new)
    kept = [(d, f) for d, f in docs if d.name != "suzhou.txt" and (d, f) not in gone[2:]] + [new]
    return s, kept


def _held(path: str):
    """The hand-built graph written as a load writes it: batches inside one held transaction, a forget among
    them, a commit; then a batch rolled back (it must leave the summaries as they were)."""
    docs = _docs()
    s = open_store(path)
    s.hold()
    for part in (docs[:4], docs[4:]):
        batch = Batch()
        for doc, facts in part:
            add_document(batch, doc, facts)
        s.write_batch(batch)
    s.forget([docs[1][0].content_hash])
    s.commit()
    before = summary_dump(s)
    s.hold()
    batch = Batch()
    add_document(batch, *_changed_suzhou())
    s.write_batch(batch)
    s.rollback()
    assert summary_dump(s) == before
    return s, [d for i, d in enumerate(docs) if i != 1]


def _fresh(path: str, docs):
    s = open_store(path)
    for doc, facts in reversed(docs):
        s.write(doc, facts)
    return s


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("summaries")
    plain = open_store(str(tmp / "plain.lbug"))
    write_graph(plain)
    tied = _fresh(str(tmp / "tied.lbug"), _docs())
    incremental, kept = _incremental(str(tmp / "incremental.lbug"))
    held, held_kept = _held(str(tmp / "held.lbug"))
    out = {"plain": plain, "tied": tied, "incremental": incremental, "held": held,
           "incremental_fresh": _fresh(str(tmp / "incremental-fresh.lbug"), kept),
           "held_fresh": _fresh(str(tmp / "held-fresh.lbug"), held_kept)}
    yield out
    for s in out.values():
        s.close()


def test_the_reference_queries_are_the_rewritten_ones():
    """Every rewritten query has its earlier form here (and only those): a query that reads the summaries."""
    assert REWRITTEN == ["demonstration_before_after", "honours", "mechanism_first_year", "pioneer_claims", "pioneers",
                         "promotion_then_adoption", "similar_places", "top_mechanisms"]
    for name in REWRITTEN:
        assert any(s in get_query(name).cypher for s in ("FIRST_ADOPTION", "MechanismSummary", "QueryPage"))
        assert not any(s in reference(name).cypher for s in ("FIRST_ADOPTION", "MechanismSummary", "QueryPage"))
    assert sorted(q.name for q in list_queries() if q.paged) == sorted(summaries.PAGED)


@pytest.mark.parametrize("graph", ["plain", "tied", "incremental", "held"])
@pytest.mark.parametrize("name", REWRITTEN)
def test_a_summarised_query_gives_the_rows_of_the_query_over_the_facts(graphs, graph, name):
    store, new, old = graphs[graph], get_query(name), reference(name)
    cases = [p for p, _ in EXPECTED[name]] + MORE_PARAMS.get(name, [])
    asked = 0
    for params in cases:
        want = comparable(store.query(old.cypher, old.default_params(**params)))
        got = comparable(store.query(new.cypher, new.default_params(**params)))
        assert got == want, (graph, name, params)
        asked += len(want)
    assert asked, (graph, name)  # some rows were compared


@pytest.mark.parametrize("graph", ["plain", "tied", "incremental", "held"])
@pytest.mark.parametrize("name", sorted(summaries.PAGED))
def test_every_page_of_a_paged_query_is_the_reference_result_at_those_positions(graphs, graph, name):
    """A query that reads only the values its page needs (QueryPage) gives, page by page, the rows of its earlier
    form's whole result: the index must never leave out a row that belongs on the page."""
    store, old = graphs[graph], reference(name)
    for params in [p for p, _ in EXPECTED[name]] + MORE_PARAMS.get(name, []):
        whole = comparable(store.query(old.cypher, old.default_params(**params)))
        assert whole or params, (graph, name)
        for limit in (1, 2, 3, 7):
            for offset in range(len(whole) + 1):
                page = run_query(store, name, params, limit=limit, offset=offset)
                assert comparable(page.rows) == whole[offset:offset + limit], (graph, name, params, limit, offset)
                assert page.more == (offset + limit < len(whole))


def test_query_page_says_how_many_rows_come_before_each_value(graphs):
    """QueryPage of the hand-built graph, worked out by hand: pioneers' places in name order with their claims."""
    s = graphs["plain"]
    got = {r["k"]: r["n"] for r in s.query("MATCH (x:QueryPage) WHERE x.query = 'pioneers' "
                                           "RETURN x.key AS k, x.rows_before AS n")}
    # 南京市 1 claim, 常熟市 1, 杭州市 1, 烟台市 1, 苏州市 1 (by code point: 南 < 常 < 杭 < 烟 < 苏)
    assert got == {CODES["南京市"]: 0, CODES["常熟市"]: 1, CODES["杭州市"]: 2, CODES["烟台市"]: 3, CODES["苏州市"]: 4}
    claims = {r["k"]: r["n"] for r in s.query("MATCH (x:QueryPage) WHERE x.query = 'pioneer_claims' "
                                              "RETURN x.key AS k, x.rows_before AS n")}
    # two claimants of 企业服务码 and of 综合查一次 (two claims each) come before 双随机一公开's one
    assert claims == {"企业服务码": 0, "综合查一次": 2, "双随机一公开": 4}


def test_rows_before_is_never_past_a_values_first_row_in_either_string_order():
    """A name with a character beyond U+FFFF sorts before 'ﬀ' (U+FB00) by code point but after it by UTF-16 unit
    (Neo4j's order): either engine's page must still find it."""
    per = {(0, "甲"): 2, (0, "\U00020000"): 3, (0, "\ufb00"): 5}
    before = summaries.rows_before(per)
    assert before[(0, "甲")] == 0
    assert before[(0, "\ufb00")] == 2  # 2 by code point (甲, ﬀ, 𠀀), 5 by UTF-16 unit (甲, 𠀀 as D840 DC00, ﬀ)
    assert before[(0, "\U00020000")] == 2  # 7 by code point, 2 by UTF-16 unit


def test_the_promotion_index_is_counted_with_the_querys_default_window():
    """QueryPage of promotion_then_adoption counts rows with the default window; the query trusts it for that
    window and wider ones only, so the two must not drift apart."""
    q = get_query("promotion_then_adoption")
    assert q.default_params()["years"] == summaries.PROMOTION_WINDOW
    assert f"$years < {summaries.PROMOTION_WINDOW} " in q.cypher


def test_page_end_is_the_librarys_own_parameter(tmp_path):
    with pytest.raises(ValueError, match="page_end"):
        parse("// name: x\n// param: page_end int 0 — no\nMATCH (n) WHERE $page_end = 0 RETURN n", "x.cypher")
    q = parse("// name: x\nMATCH (x:QueryPage) WHERE x.rows_before < $page_end RETURN x.key AS k", "x.cypher")
    assert q.paged and q.default_params() == {PAGE_END: 0}
    assert not get_query("adoption_timeline").paged and PAGE_END not in get_query("adoption_timeline").default_params()

    class Seen:
        def read_query(self, cypher, params, **kw):
            from fazhi.graph.interface import QueryResult

            self.params = params
            return QueryResult(rows=[], columns=["k"])

    seen = Seen()
    run_query(seen, q, limit=10, offset=5)
    assert seen.params[PAGE_END] == 16  # rows 5–14 and the one that says whether more follow
    run_query(seen, q, limit=None)
    assert seen.params[PAGE_END] == 0


@pytest.mark.parametrize("history", ["incremental", "held"])
def test_summaries_after_writes_forgets_and_replaces_equal_a_fresh_load(graphs, history):
    got, want = summary_dump(graphs[history]), summary_dump(graphs[f"{history}_fresh"])
    assert want["FIRST_ADOPTION"] and want["MechanismSummary"]
    assert got == want


def test_a_forget_changes_the_summaries_it_must(tmp_path):
    """Forgetting the only document of a mechanism removes its summaries; one of several lowers its counts."""
    s = open_store(str(tmp_path / "g.lbug"))
    write_graph(s)
    count = "MATCH (m:MechanismSummary {mechanism: $m}) RETURN m.adopters AS n, m.first_year AS y"
    assert s.query(count, {"m": "企业服务码"}) == [{"n": 3, "y": 2020}]
    s.forget([document("ningbo.txt", "").content_hash, document("suzhou.txt", "").content_hash])
    assert s.query(count, {"m": "企业服务码"}) == [{"n": 1, "y": 2021}]  # 常熟市's claim is left
    s.forget([document("changshu.txt", "").content_hash])
    assert s.query(count, {"m": "企业服务码"}) == []
    assert s.query("MATCH ()-[f:FIRST_ADOPTION]->(:Mechanism {name: '企业服务码'}) RETURN count(f) AS n") == [{"n": 0}]
    s.close()


def test_a_graph_without_summaries_gets_them_when_opened(tmp_path):
    """A graph written before the summaries existed (here: its summaries deleted) has them computed on open,
    also when it is opened only to read."""
    db = str(tmp_path / "old.lbug")
    s = open_store(db)
    write_graph(s)
    want = summary_dump(s)
    s.conn.execute("MATCH ()-[f:FIRST_ADOPTION]->() DELETE f")
    s.conn.execute("MATCH (n:MechanismSummary) DELETE n")
    assert not summary_dump(s)["MechanismSummary"]
    s.close()
    r = open_store(db, query_only=True)
    assert summary_dump(r) == want
    r.close()


@pytest.mark.parametrize("date", ["2023-05-10", "2023-05", "2023", "1999-12-31", "2000", "20x1", "abcd", "202"])
def test_report_year_is_the_named_queries_digit_reading(tmp_path, date):
    """summaries.report_year reads a report date as the queries' Cypher did (a digit d counted in a string where
    it occurs d times, anything else 0), asked of the engine itself."""
    s = open_store(str(tmp_path / "g.lbug"))
    trick = " + ".join(f"{w} * (45 - size(replace('{summaries._DIGITS}', {part}, '')))" for w, part in (
        (1000, "left($d, 1)"), (100, "right(left($d, 2), 1)"), (10, "right(left($d, 3), 1)"), (1, "right(left($d, 4), 1)")))
    got = s.query(f"RETURN {trick} AS y", {"d": date})[0]["y"]
    s.close()
    assert summaries.report_year(date) == got


def test_touched_mechanisms_of_a_batch():
    batch = Batch()
    add_document(batch, document("a.txt", "2020"), [
        Fact(doc="a.txt", type="ADOPTED", place="苏州市", place_code=CODES["苏州市"], mechanism="甲"),
        Fact(doc="a.txt", type="PIONEERED", place="苏州市", place_code=CODES["苏州市"], mechanism="乙"),
        Fact(doc="a.txt", type="PROMOTED_BY", mechanism="丙", body="司法部"),
    ])
    assert summaries.touched(batch.edges) == {"甲", "乙"}


ON_BOLT = """
import json, sys
sys.path.insert(0, sys.argv[2])
from test_named_queries import EXPECTED, comparable, document, write_graph
from _bolt import connect
from _dump import summary_dump
from fazhi.graph import summaries
from fazhi.queries.library import get_query, run_query
from test_summaries import UNDATED, document as doc_of
from _fixture_facts import with_records

store = connect(sys.argv[1], batch_size=50)
write_graph(store)
out = {"summaries": summary_dump(store), "pages": {}}
for name in summaries.PAGED:
    for i, (params, _) in enumerate(EXPECTED[name]):
        out["pages"][f"{name} {i} whole"] = comparable(store.query(get_query(name).cypher,
                                                                   get_query(name).default_params(**params)))
        for limit in (1, 3):
            offset, rows = 0, []
            while True:
                page = run_query(store, name, params, limit=limit, offset=offset)
                rows += comparable(page.rows)
                if not page.more:
                    break
                offset = page.next_offset
            out["pages"][f"{name} {i} {limit}"] = rows
# honours without a year: last on every page walk, as on the embedded store
store.write(doc_of("undated.txt", "2024-02-01"), with_records(UNDATED))
for limit in (1, 2):
    offset, rows = 0, []
    while True:
        page = run_query(store, "honours", limit=limit, offset=offset)
        rows += comparable(page.rows)
        if not page.more:
            break
        offset = page.next_offset
    out["pages"][f"undated {limit}"] = rows
out["pages"]["undated whole"] = comparable(store.query(get_query("honours").cypher,
                                                       get_query("honours").default_params()))
store.forget([doc_of("undated.txt", "").content_hash])
store.forget([document("suzhou.txt", "").content_hash])
out["after_forget"] = summary_dump(store)
print(json.dumps(out, ensure_ascii=False, default=list))
"""


def test_neo4j_keeps_the_same_summaries_and_pages(tmp_path):
    """The Neo4j store writes the same summaries as the embedded one, keeps them through a forget, and pages the
    queries that read QueryPage right (FalkorDB's Bolt endpoint stands in for Neo4j)."""
    import json

    from test_graph_neo4j import on_bolt

    out = on_bolt(tmp_path, ON_BOLT)
    here = open_store(str(tmp_path / "g.lbug"))
    write_graph(here)
    want = json.loads(json.dumps(summary_dump(here), ensure_ascii=False, default=list))
    assert out["summaries"] == want
    for name in summaries.PAGED:
        for i, (params, expected) in enumerate(EXPECTED[name]):
            for limit in (1, 3, "whole"):
                assert out["pages"][f"{name} {i} {limit}"] == comparable(expected), (name, params, limit)
    undated = out["pages"]["undated whole"]
    assert [r["year"] for r in undated][-2:] == [None, None]  # FalkorDB sorts them last too
    assert out["pages"]["undated 1"] == out["pages"]["undated 2"] == undated
    here.forget([document("suzhou.txt", "").content_hash])
    assert out["after_forget"] == json.loads(json.dumps(summary_dump(here), ensure_ascii=False, default=list))
    here.close()

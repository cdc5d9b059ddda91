"""The embedded store against real Ladybug databases in temporary directories."""
import subprocess
import sys
import textwrap

import pytest

from fazhi.graph.load import forget, load
from fazhi.graph.store import ReadOnlyError, StoreError, open_store

DOCS = {
    "a.txt": "甲报告\n2023年，苏州市全面推行“首违不罚”制度。苏州市在全国率先推行“企业服务码”。",
    "b.txt": "乙报告\n2022年，烟台市建立“综合查一次”机制。烟台市被命名为第二批全国法治政府建设示范市。",
    "c.txt": "丙报告\n2024年，常熟市推行“综合查一次”改革。",
}


def write_corpus(d, docs=DOCS):
    d.mkdir(exist_ok=True)
    for name, text in docs.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def counts(db):
    s = open_store(db)
    try:
        st = s.stats()
        return st["documents"], st["nodes"], st["relationships"]
    finally:
        s.close()


def test_load_then_reload_is_idempotent(tmp_path):
    corpus, db = write_corpus(tmp_path / "c"), str(tmp_path / "g.lbug")
    s1 = load([corpus], db=db)
    assert (s1.loaded, s1.unchanged) == (3, 0) and s1.facts > 0
    before = counts(db)
    s2 = load([corpus], db=db)
    assert (s2.loaded, s2.unchanged, s2.facts) == (0, 3, 0)
    assert counts(db) == before
    store = open_store(db)
    rows = store.query("MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism {name: $m}) RETURN p.name AS place, r.year AS year "
                       "ORDER BY year", {"m": "综合查一次"})
    assert rows == [{"place": "烟台市", "year": 2022}, {"place": "常熟市", "year": 2024}]
    # the division hierarchy is there for the places that occur
    assert store.query("MATCH (c:Place)-[:PART_OF*1..3]->(p:Place {name: '江苏省'}) RETURN c.name AS n ORDER BY n") \
        == [{"n": "常熟市"}, {"n": "苏州市"}]
    store.close()


def test_changed_file_replaces_its_facts(tmp_path):
    corpus, db = write_corpus(tmp_path / "c"), str(tmp_path / "g.lbug")
    load([corpus], db=db)
    (corpus / "c.txt").write_text("丙报告\n2024年，常熟市推行“双随机一公开”监管。", encoding="utf-8")
    s = load([corpus], db=db)
    assert (s.loaded, s.replaced, s.unchanged) == (0, 1, 2)
    store = open_store(db)
    places = store.query("MATCH (p:Place {name: '常熟市'})-[:ADOPTED]->(m:Mechanism) RETURN m.name AS m")
    assert places == [{"m": "双随机一公开"}]
    assert store.stats()["documents"] == 3
    store.close()


def test_forget_removes_only_what_the_document_supports(tmp_path):
    corpus, db = write_corpus(tmp_path / "c"), str(tmp_path / "g.lbug")
    load([corpus], db=db)
    assert forget(["b.txt"], db=db) == 1
    store = open_store(db)
    adopters = store.query("MATCH (p:Place)-[:ADOPTED]->(m:Mechanism {name: '综合查一次'}) RETURN p.name AS p")
    assert adopters == [{"p": "常熟市"}]  # 烟台's fact went with its document, 常熟's stayed
    assert store.query("MATCH (p:Place)-[r:NAMED_DEMONSTRATION_CITY]->() RETURN count(r) AS n") == [{"n": 0}]
    assert store.stats()["documents"] == 2
    store.close()
    assert forget(["nothing.txt"], db=db) == 0


def test_interrupted_load_keeps_whole_documents_and_finishes(tmp_path):
    corpus = write_corpus(tmp_path / "c", {f"d{i}.txt": f"报告{i}\n202{i % 5}年，苏州市推行“做法{i}号”制度。" for i in range(6)})
    db = str(tmp_path / "g.lbug")
    # crash exactly between writing a batch's relationships and its Document commit markers
    script = textwrap.dedent(f"""
        import os, signal
        from fazhi.graph import ladybug_store
        from fazhi.graph.load import load
        real = ladybug_store.LadybugStore._copy
        calls = {{"n": 0}}
        def copy(self, table, *a, **k):
            if table == "Document":
                calls["n"] += 1
                if calls["n"] == 2:
                    os.kill(os.getpid(), signal.SIGKILL)
            return real(self, table, *a, **k)
        ladybug_store.LadybugStore._copy = copy
        load([{str(corpus)!r}], db={db!r}, batch_size=2)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == -9, proc.stderr
    store = open_store(db)  # reopening cleans up the unfinished batch
    assert store.stats()["documents"] == 2
    adopted = store.query("MATCH ()-[r:ADOPTED]->() RETURN count(r) AS n")[0]["n"]
    assert adopted == 2
    store.close()
    s = load([corpus], db=db)
    assert (s.loaded, s.unchanged) == (4, 2)
    clean = str(tmp_path / "clean.lbug")
    load([corpus], db=clean)
    assert counts(db) == counts(clean)
    assert not list(tmp_path.glob(".fazhi-copy-*"))  # the killed load's temporary files are gone


def test_workers_give_the_same_graph(tmp_path):
    corpus = write_corpus(tmp_path / "c")
    one, two = str(tmp_path / "one.lbug"), str(tmp_path / "two.lbug")
    load([corpus], db=one, workers=1)
    s = load([corpus], db=two, workers=2)
    assert s.loaded == 3 and counts(one) == counts(two)


def test_queries_are_read_only_and_dialect_errors_explain(tmp_path):
    corpus, db = write_corpus(tmp_path / "c"), str(tmp_path / "g.lbug")
    load([corpus], db=db)
    store = open_store(db)
    with pytest.raises(ReadOnlyError):
        store.query("MATCH (n:Place) SET n.name = 'x'")
    assert store.query("MATCH (n:Place) WHERE n.name = 'CREATE' RETURN count(n) AS n") == [{"n": 0}]
    with pytest.raises(StoreError, match=r"label\(r\)"):
        store.query("MATCH ()-[r]->() RETURN type(r)")
    store.close()


def test_opening_a_missing_graph_read_only_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="fazhi load"):
        open_store(str(tmp_path / "none.lbug"), read_only=True)


def test_a_new_extractor_re_extracts_unchanged_files(tmp_path, monkeypatch):
    from fazhi.graph import load as load_mod

    corpus, db = write_corpus(tmp_path / "c"), str(tmp_path / "g.lbug")
    load([corpus], db=db)
    assert load([corpus], db=db).unchanged == 3
    monkeypatch.setattr(load_mod, "_fingerprint", lambda: "a-newer-extractor")
    s = load([corpus], db=db)
    assert (s.replaced, s.unchanged, s.loaded) == (3, 0, 0)
    store = open_store(db)
    assert {d["extractor"] for d in store.documents()} == {"a-newer-extractor"}
    assert store.stats()["documents"] == 3
    store.close()


def test_a_graph_from_an_older_schema_is_refused_with_advice(tmp_path):
    import ladybug as lb

    path = str(tmp_path / "old.lbug")
    conn = lb.Connection(lb.Database(path))
    conn.execute("CREATE NODE TABLE Document(id STRING, name STRING, PRIMARY KEY(id))")
    conn.close()
    with pytest.raises(StoreError, match="older fazhi"):
        open_store(path)


def test_opening_one_graph_leaves_another_graphs_temporary_files_alone(tmp_path):
    # a load running on b.lbug keeps its temporary files beside it while a.lbug, in the same folder, is
    # opened for writing; a's own stale files (a killed load's) are removed
    from fazhi.graph.ladybug_store import _TMP_PREFIX

    theirs = tmp_path / f"{_TMP_PREFIX}b.lbug-x1"
    ours = tmp_path / f"{_TMP_PREFIX}a.lbug-x2"
    theirs.mkdir()
    ours.mkdir()
    open_store(str(tmp_path / "a.lbug")).close()
    assert theirs.exists() and not ours.exists()

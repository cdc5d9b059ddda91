"""Forget and replace are exact (issue 11): after `forget` of any document of the corpus, or a replace of a
changed file, the whole graph — nodes, their properties and aliases, PART_OF, LOCATED_IN, INSTANCE_OF and every
fact — equals a fresh load of the files that remain, loaded in another order (tests/_dump.py compares them).

Documents are read and extracted once per module; the loads reuse those facts (load(documents=, extract=)).
"""
import dataclasses
import hashlib
import random
from pathlib import Path

import pytest

from fazhi.graph.load import load
from fazhi.graph.store import open_store

from _dump import canonical_dump, first_difference

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _read(folder: Path, pattern: str) -> list:
    from fazhi.loaders.documents import load_document
    from fazhi.loaders.extract import extract

    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    out = []
    for path in sorted(folder.glob(pattern)):
        doc = load_document(str(path))
        out.append((doc, extract(doc)))
    return out


@pytest.fixture(scope="module")
def corpus():
    return _read(SHARED / "corpus", "*")


class Facts:
    """load()'s documents= and extract= over already-extracted documents."""

    def __init__(self, pairs):
        self.facts = {d.content_hash: f for d, f in pairs}

    def extract(self, doc):
        return self.facts[doc.content_hash]


def _load(db, pairs, facts: Facts, store=None):
    docs = [d for d, _ in pairs]
    return load([], db=db, store=store, documents=lambda _: iter(docs), extract=facts.extract, progress=False)


def _dump(db) -> dict:
    store = open_store(db, read_only=True)
    try:
        return canonical_dump(store)
    finally:
        store.close()


def _forget(db, doc_ids) -> int:
    store = open_store(db)
    try:
        return store.forget(doc_ids)
    finally:
        store.close()


def _assert_same(a: dict, b: dict, what: str):
    assert a == b, f"{what}: {first_difference(a, b)}"


def test_forgetting_each_corpus_document_leaves_a_fresh_load_of_the_rest(corpus, tmp_path):
    facts = Facts(corpus)
    full = str(tmp_path / "full.lbug")
    _load(full, corpus, facts)
    whole = _dump(full)
    assert sum(len(v) for v in whole.values()) > 100  # the corpus builds a real graph
    for i, (doc, _) in enumerate(corpus):
        assert _forget(full, [doc.content_hash]) == 1
        rest = corpus[:i] + corpus[i + 1:]
        fresh = str(tmp_path / f"rest{i}.lbug")
        _load(fresh, list(reversed(rest)), facts)  # another order: merged values must not depend on it
        _assert_same(_dump(full), _dump(fresh), f"after forgetting {doc.name}")
        # and loading it back gives the whole graph again, though it now comes last
        _load(full, [corpus[i]], facts)
        _assert_same(_dump(full), whole, f"after loading {doc.name} back")


def _changed(doc, share: float):
    """The same file with only the first part of its text: a new version to replace the old one."""
    articles = doc.articles[:max(1, round(len(doc.articles) * share))]
    if len(articles) == len(doc.articles):
        last = articles[-1]
        articles = articles[:-1] + [dataclasses.replace(last, text=last.text[:max(1, int(len(last.text) * share))])]
    text = "\n".join(a.text for a in articles)
    return dataclasses.replace(doc, articles=articles, content_hash=hashlib.sha256(text.encode()).hexdigest())


def test_replacing_a_changed_file_equals_a_fresh_load(corpus, tmp_path):
    from fazhi.loaders.extract import extract

    for i, (doc, _) in enumerate(corpus):
        new = _changed(doc, 0.4)
        assert new.content_hash != doc.content_hash
        changed = corpus[:i] + [(new, extract(new))] + corpus[i + 1:]
        facts = Facts(corpus + [changed[i]])
        db = str(tmp_path / f"replace{i}.lbug")
        _load(db, corpus, facts)
        summary = _load(db, [changed[i]], facts)
        assert summary.replaced == 1, summary
        fresh = str(tmp_path / f"fresh{i}.lbug")
        _load(fresh, list(reversed(changed)), facts)
        _assert_same(_dump(db), _dump(fresh), f"after replacing {doc.name}")


def test_forgetting_a_set_of_real_pages_at_once(tmp_path):
    pages = _read(SHARED / "real" / "dev", "*.txt")
    facts = Facts(pages)
    db = str(tmp_path / "all.lbug")
    _load(db, pages, facts)
    rng = random.Random(11)
    gone = rng.sample(range(len(pages)), 10)
    assert _forget(db, [pages[i][0].content_hash for i in gone]) == 10
    rest = [p for i, p in enumerate(pages) if i not in gone]
    rng.shuffle(rest)
    fresh = str(tmp_path / "rest.lbug")
    _load(fresh, rest, facts)
    _assert_same(_dump(db), _dump(fresh), "after forgetting ten pages")


def test_values_two_documents_give_a_shared_node_merge_whatever_the_order(tmp_path):
    """Two documents name the same mechanism, place and award with different aliases, category and level:
    the node holds the union of aliases and the smaller of the other values, loaded in either order, and
    forgetting one leaves the other's values (graph/support.py)."""
    from fazhi.loaders.model import Fact
    from test_graph_facts import doc, ev

    def facts(d, alias, category, place_alias, level, generic):
        return [Fact(doc=d, type="ENTITY", kind="Mechanism", name="首违不罚", aliases=[alias], category=category,
                     instance_of=generic),
                Fact(doc=d, type="ENTITY", kind="Place", name="苏州市", code="320500", aliases=[place_alias]),
                Fact(doc=d, type="ADOPTED", place="苏州市", place_code="320500", mechanism="首违不罚", year=2021, **ev()),
                Fact(doc=d, type="HONOURED", place="苏州市", place_code="320500", award="某某先进单位", level=level,
                     year=2020, **ev())]
    x, y = doc("x.txt", "X"), doc("y.txt", "Y")
    pairs = [(x, facts("x.txt", "首违免罚", "执法", "姑苏", "provincial", "包容审慎监管")),
             (y, facts("y.txt", "首次不罚", "服务", "苏城", "national", "柔性执法"))]
    f = Facts(pairs)
    a, b = str(tmp_path / "xy.lbug"), str(tmp_path / "yx.lbug")
    _load(a, pairs, f)
    _load(b, list(reversed(pairs)), f)
    _assert_same(_dump(a), _dump(b), "loaded in the other order")
    store = open_store(a, read_only=True)
    row = store.query("MATCH (m:Mechanism {name: '首违不罚'}), (p:Place {code: '320500'}), (w:Award) "
                      "RETURN m.aliases AS m, m.category AS c, p.aliases AS p, w.level AS l")
    generic = store.query("MATCH (:Mechanism {name: '首违不罚'})-[:INSTANCE_OF]->(n) RETURN n.name AS g ORDER BY g")
    store.close()
    assert row == [{"m": "首次不罚|首违免罚", "c": "执法", "p": "姑苏|苏城", "l": "national"}]
    assert generic == [{"g": "包容审慎监管"}, {"g": "柔性执法"}]
    assert _forget(a, [x.content_hash]) == 1
    only_y = str(tmp_path / "y.lbug")
    _load(only_y, pairs[1:], f)
    _assert_same(_dump(a), _dump(only_y), "after forgetting x.txt")

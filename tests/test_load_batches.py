"""How load() cuts documents into batches and hands them to its writer thread, and the open's check for facts
whose document is gone (graph/load.py, graph/ladybug_store.py)."""
import hashlib
import threading

import ladybug as lb
import pytest

from _dump import canonical_dump, first_difference
from fazhi.graph import load as load_mod
from fazhi.graph.load import load
from fazhi.graph.store import open_store
from fazhi.loaders.model import Article, Document, Fact


def doc(i: int) -> Document:
    text = f"第{i}号报告"
    return Document(path=f"/fixtures/d{i}.txt", name=f"d{i}.txt", format="txt", encoding="utf-8",
                    script="simplified", content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    articles=[Article(title=f"d{i}", text=text, date="2023-05-01")])


def facts(document: Document) -> list[Fact]:
    return [Fact(doc=document.name, type="ADOPTED", place="苏州市", place_code="320500",
                 mechanism=f"做法{document.name}", year=2023, evidence="证据句", article="标题", article_index=0,
                 start=0, end=3, rule="test", confidence=0.9)]


class FakeStore:
    """A store that records the batches it is given; `gate`, when set, holds every write until it is set."""
    kind = "fake"

    def __init__(self, gate: threading.Event | None = None, fail_at: int | None = None):
        self.batches: list[list[str]] = []
        self.gate, self.fail_at = gate, fail_at
        self.threads: set[str] = set()

    def documents(self):
        return []

    def forget(self, ids):
        return 0

    def write_batch(self, batch):
        self.threads.add(threading.current_thread().name)
        if self.gate is not None:
            assert self.gate.wait(60), "the load never released the writer"
        if self.fail_at is not None and len(self.batches) + 1 == self.fail_at:
            raise RuntimeError("the store broke")
        self.batches.append([d["name"] for d in batch.documents])


def run(store, n: int, batch_size: int, extract=facts):
    docs = [doc(i) for i in range(n)]
    return load([], store=store, documents=lambda _: iter(docs), extract=extract, batch_size=batch_size,
                progress=False)


def test_documents_collect_while_the_writer_is_busy():
    """The first batch is `batch_size` documents; while it is being written the next documents collect in one
    batch rather than queueing as many small ones (each a commit, on Ladybug a checkpoint)."""
    gate = threading.Event()
    store = FakeStore(gate)
    n = 12

    def extract(document):
        if document.name == f"d{n - 1}.txt":  # the last document: by now the others wait in one batch
            gate.set()
        return facts(document)

    s = run(store, n, batch_size=2, extract=extract)
    assert s.loaded == n
    assert store.batches == [["d0.txt", "d1.txt"], [f"d{i}.txt" for i in range(2, n)]]
    assert store.threads == {"fazhi-writer"}  # written beside the loading thread, not on it


def test_a_batch_never_exceeds_the_cap(monkeypatch):
    monkeypatch.setattr(load_mod, "COLLECT_PER_WRITE", 10**9)  # after the first, batches close only at the cap
    monkeypatch.setattr(load_mod, "MAX_BATCH_DOCUMENTS", 3)
    store = FakeStore()
    run(store, 8, batch_size=1)
    assert [len(b) for b in store.batches] == [1, 3, 3, 1]
    assert sum(store.batches, []) == [f"d{i}.txt" for i in range(8)]  # in order, each once


def test_a_failed_write_ends_the_load_with_its_error():
    store = FakeStore(fail_at=2)
    with pytest.raises(RuntimeError, match="the store broke"):
        run(store, 6, batch_size=2)
    assert store.batches == [["d0.txt", "d1.txt"]]


def test_batches_give_the_graph_one_batch_gives(tmp_path):
    dumps = []
    for name, batch_size in (("many", 1), ("one", 100)):
        db = str(tmp_path / f"{name}.lbug")
        docs = [doc(i) for i in range(7)] + [doc(3)]  # the same file twice: written once
        s = load([], db=db, documents=lambda _: iter(docs), extract=facts, batch_size=batch_size, progress=False)
        assert (s.loaded, s.unchanged) == (7, 1)
        store = open_store(db)
        try:
            dumps.append(canonical_dump(store))
        finally:
            store.close()
    assert len(dumps[0]["ADOPTED"]) == 7
    assert dumps[0] == dumps[1], first_difference(*dumps)


def test_facts_whose_document_is_gone_are_removed_on_open(tmp_path):
    """A fact whose Document the graph no longer holds (written by something other than fazhi's transactions) is
    found by the open's check and removed, by a reading open as by a writing one; the other facts stay."""
    db = str(tmp_path / "g.lbug")
    load([], db=db, documents=lambda _: iter([doc(0), doc(1)]), extract=facts, progress=False)
    gone = doc(0).content_hash
    raw = lb.Database(db)
    conn = lb.Connection(raw)
    conn.execute("MATCH (d:Document {id: $id}) DELETE d", {"id": gone})
    conn.close()
    raw.close()
    store = open_store(db, query_only=True)
    try:
        left = store.query("MATCH ()-[r:ADOPTED]->() RETURN r.doc AS d")
    finally:
        store.close()
    assert left == [{"d": doc(1).content_hash}]


def test_a_failed_write_stops_the_extraction_at_once(monkeypatch):
    """The loading thread learns of a failed write with the next document, not a batch's worth later."""
    seen = []
    written = threading.Event()
    real = load_mod._Writer._write

    def write(self, batch, old_ids, *rest):
        real(self, batch, old_ids, *rest)
        written.set()  # the write is over and its error recorded
    monkeypatch.setattr(load_mod._Writer, "_write", write)

    def extract(document):
        if document.name == "d2.txt":
            assert written.wait(60)  # the first batch (d0, d1) has failed by now
        seen.append(document.name)
        return facts(document)

    with pytest.raises(RuntimeError, match="the store broke"):
        run(FakeStore(fail_at=1), 50, batch_size=2, extract=extract)
    assert seen == ["d0.txt", "d1.txt", "d2.txt"]


def test_facts_that_add_up_spare_the_pass_over_every_fact(tmp_path):
    """A graph whose fact relationships number what its documents say they brought opens without the anti-join
    over every fact; one with a fact too many (its document gone) does not add up."""
    from fazhi.graph.ladybug_store import LadybugStore

    db = str(tmp_path / "g.lbug")
    load([], db=db, documents=lambda _: iter([doc(0), doc(1)]), extract=facts, progress=False)
    store = LadybugStore(db, read_only=True)
    try:
        assert store._facts_add_up() and not store._needs_upkeep()
    finally:
        store.close()
    raw = lb.Database(db)
    conn = lb.Connection(raw)
    conn.execute("MATCH (d:Document {id: $id}) DELETE d", {"id": doc(0).content_hash})
    conn.close()
    raw.close()
    bare = LadybugStore.__new__(LadybugStore)  # opened without the upkeep that would square it
    bare.path = db
    bare._open(read_only=True)
    try:
        assert not bare._facts_add_up()
    finally:
        bare.close()
    store = LadybugStore(db, read_only=True)  # squares the graph first (test above), then adds up again
    try:
        assert store._facts_add_up()
        assert store.query("MATCH ()-[r:ADOPTED]->() RETURN count(r) AS n") == [{"n": 1}]
    finally:
        store.close()

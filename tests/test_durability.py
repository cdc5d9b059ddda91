"""Durability of the embedded graph: loads killed with SIGKILL, a full disk, read-only and wrong --db paths.

Every scenario runs the real `fazhi` command in a subprocess (a SIGKILL or a file-size limit must hit the
process that writes, not pytest) and then judges the database by a canonical dump: every node with its
properties, every relationship with its properties and its endpoints' keys, sorted (the engine's internal
ids differ between two databases holding the same graph; Document.loaded_at is the only property that
differs between two loads of the same files).
"""
from __future__ import annotations

import ctypes
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.graph.ladybug_store import _TMP_PREFIX
from fazhi.graph.load import load
from fazhi.graph.schema import NODES, key_of
from fazhi.graph.store import open_store

CLI = [sys.executable, "-c", "from fazhi.cli import main; main()"]
DATA = Path(__file__).resolve().parent / "data"
SHARED_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
SEED = int(os.environ.get("DURABILITY_SEED", "20240611"))
# with the written documents, two of load's batches (the first is 50 documents, the rest usually one): a kill can land
# before, inside or between them
# (each batch costs a checkpoint, the slowest part of a load, so more would mostly cost time)
GENERATED = 60

PLACES = ["苏州市", "烟台市", "常熟市", "嘉兴市", "深圳市", "东莞市", "天长市", "克拉玛依市", "慈溪市", "漯河市",
          "成都市", "宁波市", "古交市", "陇西县"]
SHORT = {"苏州市": "苏州", "烟台市": "烟台", "嘉兴市": "嘉兴", "深圳市": "深圳", "成都市": "成都", "宁波市": "宁波"}
MECHANISMS = ["首违不罚", "综合查一次", "企业服务码", "双随机一公开", "述法", "扫码入企", "告知承诺制", "轻微免罚"]


# ------------------------------------------------------------------------------------------ material

def generate(folder: Path, n: int, seed: int = SEED, prefix: str = "g") -> list[Path]:
    """Small reports that share places and mechanisms, so batches merge into each other's nodes
    (aliases, categories, award levels) and one document's loss would show in shared nodes."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p, q = rng.sample(PLACES, 2)
        m, m2 = rng.sample(MECHANISMS, 2)
        year = 2018 + i % 8
        lines = [f"第{i}号报告", f"{year}年，{p}全面推行“{m}”制度。"]
        if p in SHORT:
            lines.append(f"{SHORT[p]}在全国率先推行“{m2}”。")
        if i % 3 == 0:
            lines.append(f"{q}被命名为第{1 + i % 3}批全国法治政府建设示范市。")
        if i % 4 == 0:
            lines.append(f"{year + 1}年，{q}建立“{m2}”机制。")
        path = folder / f"{prefix}{i:03d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        out.append(path)
    return out


def written_documents(folder: Path, shared: bool = True) -> None:
    """The project's own annotated documents (always in the repository), and ../shared/corpus when it
    is there: real reports, long enough that extraction takes a while and a kill can land inside it
    (all but the 128 KB one, which alone would double the time of every load here)."""
    folder.mkdir(parents=True, exist_ok=True)
    for sub in ("devset", "holdout"):
        for f in sorted((DATA / sub).glob("*.txt")):
            shutil.copy(f, folder / f.name)
    if shared and SHARED_CORPUS.is_dir():
        for f in sorted(SHARED_CORPUS.glob("*.txt")):
            if f.stat().st_size < 64_000:
                shutil.copy(f, folder / f.name)


def fazhi(*args, preexec=None, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True, timeout=timeout,
                          preexec_fn=preexec)


def start_load(folder, db, workers) -> subprocess.Popen:
    return subprocess.Popen(CLI + ["load", str(folder), "--db", str(db), "--no-progress", "--workers", str(workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def dump(db) -> list[str]:
    """The canonical dump, read through fazhi's own read-only open (which must cope with whatever a
    killed writer left: that is part of what is tested)."""
    store = open_store(str(db), query_only=True)
    try:
        keys, lines = {}, []
        for label in NODES:
            for row in store.query(f"MATCH (n:{label}) RETURN n"):
                n = row["n"]
                keys[(n["_ID"]["table"], n["_ID"]["offset"])] = [label, n[key_of(label)]]
                props = {k: v for k, v in n.items()
                         if not k.startswith("_") and (label, k) != ("Document", "loaded_at")}
                lines.append(json.dumps([label, props], ensure_ascii=False, sort_keys=True, default=str))
        for row in store.query("MATCH ()-[r]->() RETURN r"):
            r = row["r"]
            ends = [keys[(r[e]["table"], r[e]["offset"])] for e in ("_SRC", "_DST")]
            props = {k: v for k, v in r.items() if not k.startswith("_")}
            lines.append(json.dumps([r["_LABEL"], *ends, props], ensure_ascii=False, sort_keys=True, default=str))
        return sorted(lines)
    finally:
        store.close()


def documents_in(lines: list[str]) -> dict[str, str]:
    """Document id -> path."""
    out = {}
    for line in lines:
        item = json.loads(line)
        if item[0] == "Document":
            out[item[1]["id"]] = item[1]["path"]
    return out


def facts_by_document(lines: list[str]) -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    for line in lines:
        item = json.loads(line)
        if len(item) == 4 and item[3].get("doc"):  # fact relationships carry their document
            out.setdefault(item[3]["doc"], Counter())[line] += 1
    return out


_fresh: dict[frozenset, list[str]] = {}


def fresh_load(paths, tmp_dir: Path) -> list[str]:
    """The dump of an uninterrupted load of exactly these files into a new database (cached: kills
    tend to leave the same few sets of documents)."""
    key = frozenset(paths)
    if key not in _fresh:
        db = tmp_dir / f"fresh-{len(_fresh)}.lbug"
        if paths:
            load(sorted(paths), db=str(db), progress=False)
        else:
            open_store(str(db)).close()
        _fresh[key] = dump(db)
    return _fresh[key]


def assert_whole_documents(lines: list[str], reference: list[str], tmp_dir: Path, when: str) -> None:
    """Only whole documents: every fact's document is there, every document has exactly the facts an
    uninterrupted load gives it, and the whole graph (shared nodes, their merged values, structural
    edges) equals a fresh load of exactly the documents it holds."""
    docs = documents_in(lines)
    have, want = facts_by_document(lines), facts_by_document(reference)
    orphans = sorted(set(have) - set(docs))
    assert not orphans, f"{when}: facts of documents the graph does not hold: {orphans[:3]}"
    partial = sorted(d for d in docs if have.get(d, Counter()) != want.get(d, Counter()))
    assert not partial, f"{when}: documents with missing or extra facts: {[docs[d] for d in partial[:3]]}"
    expected = fresh_load(list(docs.values()), tmp_dir)
    extra, missing = Counter(lines) - Counter(expected), Counter(expected) - Counter(lines)
    assert not extra and not missing, (f"{when}: the graph differs from a fresh load of its {len(docs)} documents: "
                                       f"extra {list(extra)[:2]}, missing {list(missing)[:2]}")


def one_line_error(r, *needles) -> None:
    err = r.stderr.strip()
    assert r.returncode > 0, (r.returncode, err[-2000:])  # failed, and not by a signal
    assert "Traceback" not in err and len(err.splitlines()) == 1, err[-2000:]
    for n in needles:
        assert n in err, (n, err)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------------------------------ 1. kill cycles

CYCLES = 5


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory):
    """A folder of documents and the dump of an uninterrupted load of it (and how long that took, to
    spread the kill points over a load's life on this machine)."""
    base = tmp_path_factory.mktemp("kills")
    folder = base / "corpus"
    written_documents(folder)
    generate(folder, GENERATED)
    started = time.monotonic()
    r = fazhi("load", folder, "--db", base / "reference.lbug", "--no-progress")
    took = time.monotonic() - started
    assert r.returncode == 0, r.stderr
    reference = dump(base / "reference.lbug")
    assert len(set(reference)) == len(reference), "the uninterrupted load itself holds duplicates"
    return folder, reference, took, base


def kill_at_random_point(proc, rng, db, took) -> tuple[bool, str]:
    """SIGKILL the load at a point drawn from `rng`, one of three kinds: after a random fraction of an
    uninterrupted load's time (anywhere: start-up, reading, extraction, a write); a few milliseconds
    into the k-th batch's COPYs (write_batch's temporary folder beside the database holds a file); or
    a few milliseconds into the k-th checkpoint (the engine's shadow file beside the database), the
    moment when Ladybug has committed a transaction but not yet made its copied rows durable. Returns
    whether the load was still running when killed, and the point."""
    kind = rng.choice(["time", "copy", "checkpoint"])
    if kind == "time":
        delay = rng.uniform(0.05, 0.7) * took
        point = f"after {delay:.2f}s"
        try:
            proc.wait(delay)
        except subprocess.TimeoutExpired:
            pass
    else:
        k, extra = rng.randint(1, 2), rng.uniform(0, 0.03)
        point = f"{extra * 1000:.0f}ms into {kind} {k}"
        # a folder or a shadow file a killed load left is not this load's (the load's open removes them)
        seen, stale = set(), {d.name for d in db.parent.glob(_TMP_PREFIX + "*")}
        shadow = Path(str(db) + ".shadow")
        count, inside = 0, shadow.exists()
        while proc.poll() is None:
            if kind == "copy":
                for d in db.parent.glob(_TMP_PREFIX + "*"):
                    if d.is_dir() and d.name not in seen | stale and any(d.iterdir()):
                        seen.add(d.name)
                count = len(seen)
            else:  # a checkpoint begins when the shadow file appears (a recovery on open counts too)
                now = shadow.exists()
                count += now and not inside
                inside = now
            if count >= k:
                time.sleep(extra)
                break
            time.sleep(0.002)
    running = proc.poll() is None
    proc.kill()
    proc.communicate()
    return running, point


@pytest.mark.parametrize("workers", [1, 2])
def test_killed_loads_reopen_and_resume_to_the_uninterrupted_graph(kill_corpus, tmp_path, workers):
    folder, reference, took, base = kill_corpus
    rng = random.Random(SEED + workers)
    db = tmp_path / "g.lbug"
    total = len(documents_in(reference))
    kills, log = 0, []
    for cycle in range(CYCLES):
        if db.exists() and len(documents_in(dump(db))) == total:
            # an earlier run finished before its kill point: start over so every cycle has work to cut
            for f in tmp_path.glob("g.lbug*"):
                f.unlink()
        proc = start_load(folder, db, workers)
        killed, point = kill_at_random_point(proc, rng, db, took)
        kills += killed
        if not db.exists():
            log.append(f"{point}: before the database was created")
            continue
        lines = dump(db)  # it reopens (read-only, as `fazhi query` does) after whatever the kill left
        log.append(f"{point}: {len(documents_in(lines))}/{total} documents")
        assert_whole_documents(lines, reference, base, f"workers={workers}, cycle {cycle} ({point})")
    # the resumed load finishes the job: the same graph as one uninterrupted load, nothing twice
    r = fazhi("load", folder, "--db", db, "--no-progress", "--workers", workers)
    assert r.returncode == 0, r.stderr
    final = dump(db)
    assert len(set(final)) == len(final), "duplicates after resumed loads"
    extra, missing = Counter(final) - Counter(reference), Counter(reference) - Counter(final)
    assert not extra and not missing, f"extra {list(extra)[:2]}, missing {list(missing)[:2]}"
    assert not list(tmp_path.glob(_TMP_PREFIX + "*")), "the killed loads' temporary files are left"
    print(f"workers={workers}: {kills}/{CYCLES} loads killed while running; " + "; ".join(log))
    # a kill point past the end of a load tests nothing: most must land while the load runs
    assert kills >= CYCLES - 2, log


# ------------------------------------------------------------------------------------------ 2. disk full

def file_size_limit(limit: int):
    """For a child process: writes past `limit` bytes fail with EFBIG, as on a full disk (ENOSPC).
    RLIMIT_FSIZE needs no privilege (a full tmpfs would need mount rights, and root's reserved blocks make
    a truly full ext4 disk unreliable); SIGXFSZ is ignored so the write fails instead of killing the
    process (the ignored disposition survives exec)."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_gives_one_line_and_leaves_only_whole_documents(tmp_path):
    first, more = tmp_path / "first", tmp_path / "more"
    written_documents(first, shared=False)  # real reports, quick to extract: each check below loads them afresh
    generate(more, 60, prefix="m")  # two batches: the limit can fall inside the first, or after it
    base = tmp_path / "base.lbug"
    load([str(first)], db=str(base), progress=False)
    # where the file ends up without a limit, so the limits fall inside this load's growth
    full = tmp_path / "full.lbug"
    shutil.copy(base, full)
    assert fazhi("load", more, "--db", full, "--no-progress").returncode == 0
    reference = dump(full)
    start, end = base.stat().st_size, full.stat().st_size
    assert end > start
    scenarios = {"no room at all": start, "half the growth": start + (end - start) // 2,
                 "nine tenths of the growth": start + 9 * (end - start) // 10}
    for name, limit in scenarios.items():
        db = tmp_path / f"{limit}.lbug"
        shutil.copy(base, db)
        r = fazhi("load", more, "--db", db, "--no-progress", preexec=file_size_limit(limit))
        one_line_error(r, str(db))
        assert "no space" in r.stderr.lower() or "size limit" in r.stderr.lower(), r.stderr
        # with room again, the graph opens and holds only whole documents
        lines = dump(db)
        print(f"{name}: {len(documents_in(lines))} documents kept; {r.stderr.strip()}")
        assert_whole_documents(lines, reference, tmp_path, f"full disk, {name}")
    # and the same load, run again with room, finishes the job
    again = fazhi("load", more, "--db", db, "--no-progress")
    assert again.returncode == 0, again.stderr
    assert dump(db) == reference


# ------------------------------------------------------------------------------------------ 3. read-only paths

_PR_CAPBSET_DROP = 24
_DAC_CAPS = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _as_an_ordinary_user():
    """For a child process run by root: drop the capabilities that let root write through file modes,
    from the bounding set, so the fazhi it execs honours chmod like any user (needs CAP_SETPCAP, which
    root has unless a container took it away). For other users file modes already apply."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _DAC_CAPS:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def read_only_works(tmp_path):
    """Skip (saying why) where a mode bit cannot stop this test's children from writing."""
    probe = tmp_path / "probe-dir"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        r = subprocess.run([sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"], capture_output=True,
                           preexec_fn=_as_an_ordinary_user)
    except subprocess.SubprocessError as e:  # the preexec step itself failed: no CAP_SETPCAP
        pytest.skip(f"running as root without a way to drop CAP_DAC_OVERRIDE ({e}); "
                    "the message path is tested by test_a_db_path_under_a_file_is_one_line")
    finally:
        probe.chmod(0o755)
    if r.returncode == 0:
        pytest.skip("a read-only folder does not stop this user's processes from writing")


def test_a_read_only_graph_or_folder_gives_one_line(tmp_path, read_only_works):
    docs = tmp_path / "docs"
    generate(docs, 3)
    new = tmp_path / "new.txt"
    new.write_text("新报告\n2024年，烟台市推行“轻微免罚”制度。", encoding="utf-8")
    folder = tmp_path / "graphs"
    folder.mkdir()
    db = folder / "g.lbug"
    assert fazhi("load", docs, "--db", db, "--no-progress").returncode == 0
    before = dump(db)
    cases = {"read-only file": (db, 0o444, folder, 0o755),
             "read-only folder": (db, 0o644, folder, 0o555),
             "new graph in a read-only folder": (folder / "new.lbug", None, folder, 0o555)}
    for name, (target, file_mode, parent, parent_mode) in cases.items():
        if file_mode is not None:
            target.chmod(file_mode)
        parent.chmod(parent_mode)
        try:
            digest_before = digest(db)
            r = fazhi("load", new, "--db", target, "--no-progress", preexec=_as_an_ordinary_user)
            one_line_error(r, str(target))
            assert "read-only" in r.stderr or "permission" in r.stderr.lower(), (name, r.stderr)
            assert digest(db) == digest_before, name
            assert not target.exists() or target == db, f"{name}: a graph was created"
            # reading still works where writing does not
            q = fazhi("query", "MATCH (d:Document) RETURN count(d) AS n", "--db", db, "--format", "json",
                      preexec=_as_an_ordinary_user)
            assert q.returncode == 0 and json.loads(q.stdout) == [{"n": 3}], (name, q.stderr)
            s = fazhi("stats", "--db", db, "--format", "json", preexec=_as_an_ordinary_user)
            assert s.returncode == 0 and json.loads(s.stdout)[0]["documents"] == 3, (name, s.stderr)
        finally:
            parent.chmod(0o755)
            db.chmod(0o644)
    assert dump(db) == before


def test_a_db_path_under_a_file_is_one_line(tmp_path):
    """Works for root too: no permission bit is involved, a regular file cannot hold a database."""
    doc = tmp_path / "a.txt"
    doc.write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder\n", encoding="utf-8")
    for target in (notes / "g.lbug", tmp_path / "missing" / "g.lbug"):
        r = fazhi("load", doc, "--db", target, "--no-progress")
        one_line_error(r, str(target))
    assert notes.read_text(encoding="utf-8") == "not a folder\n"
    assert not (tmp_path / "missing").exists()


# ------------------------------------------------------------------------------------------ 4. --db not a graph

def _invoke(args):
    # catch_exceptions=False: an exception that escapes the command fails the test with its traceback
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_a_db_that_is_a_folder_or_another_file_is_refused_in_one_line_and_left_alone(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep", encoding="utf-8")
    text = tmp_path / "notes.txt"
    text.write_text("会议记录\n" * 200, encoding="utf-8")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(bytes(random.Random(SEED).randrange(256) for _ in range(50_000)))
    sqlite = tmp_path / "other.db"
    sqlite.write_bytes(b"SQLite format 3\x00" + bytes(8176))
    for target, why in ((folder, "folder"), (text, "not a graph"), (binary, "not a graph"),
                        (sqlite, "not a graph")):
        beside = sorted(p.name for p in tmp_path.iterdir())
        before = digest(target) if target.is_file() else sorted(p.name for p in target.iterdir())
        for args in (["load", doc, "--no-progress"], ["stats"], ["query", "MATCH (n) RETURN count(n)"],
                     ["forget", "a.txt"], ["export", "facts"]):
            r = _invoke([*args, "--db", target])
            assert r.exit_code == 1, (args, target, r.output)
            err = r.stderr.strip()
            assert len(err.splitlines()) == 1 and str(target) in err and why in err, (args, err)
        after = digest(target) if target.is_file() else sorted(p.name for p in target.iterdir())
        assert after == before, f"{target} was changed"
        assert sorted(p.name for p in tmp_path.iterdir()) == beside, "files were left beside it"

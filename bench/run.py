"""Speed and scale (issue 13): extraction, loading, queries and diffusion on a scaled corpus.

    make bench                      # SIZES="1 10" by default
    make bench SIZES="1 10 100"     # adds the 100 MB corpus (about 80 minutes on 2 cores)
    .venv/bin/python bench/run.py --sizes 1 10 [--repeat 3] [--big-repeat 1] [--out bench/results.json]

Every figure comes from one run of this script, so ratios compare like with like:

- the corpus of each size (bench/corpus.py: UTF-8 megabytes of recombined shared documents with real
  places substituted) is built or reused under out/bench/corpus/;
- extraction, one worker, on the 1, 5 and 10 MB corpora (those not above the largest size): `fazhi
  extract DIR` as a user runs it (wall clock, start-up included) against a child process that
  tokenises the same files with spaCy's bare blank("zh") (wall clock, start-up included), and both
  again in-process with start-up excluded (bench/inproc.py);
- `fazhi load DIR` into a fresh embedded store with --workers 1 and --workers 2, then an incremental
  load of 10 new documents into that store (three sets of 10, one after another);
- on each loaded graph: every named query and `spread` of its most adopted mechanism through the
  library (p50 and p95 of --query-repeat runs after one warm-up), the network inference through
  the library, and through the CLI `fazhi query --name top_mechanisms`, `fazhi spread`, `fazhi
  export panel` and `fazhi infer` (wall clock, start-up included);
- peak memory of every step: the largest single process (wait4's ru_maxrss) and the sum over the
  process tree, sampled every 0.2 s (what two workers and their parent hold together).

A step is the median of --repeat runs (3), or of --big-repeat runs (1) for corpora above 10 MB.
Nothing is asserted: speed is measured here, not tested.  The table printed at the end is the one
the README quotes; the JSON keeps every run.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import corpus as bc  # bench/corpus.py: this script's folder is on sys.path when it runs

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "out" / "bench"
EXTRACT_SIZES = (1, 5, 10)
INCREMENTAL_SETS = 3
INCREMENTAL_DOCS = 10
PAGE = os.sysconf("SC_PAGE_SIZE")
# the panel export streams its rows (the default: the 10 most adopted mechanisms); the cap stays as a
# guard, so a regression that builds rows in memory again is stopped past this much resident memory
# and reported as failed rather than swapping the box (an address-space cap cannot do it: the
# embedded engine maps terabytes of address space up front)
PANEL_MEMORY_MB = 8192
STEP_TIMEOUT_S = 3 * 3600


def fazhi_bin() -> str:
    here = Path(sys.executable).parent / "fazhi"
    return str(here) if here.exists() else (shutil.which("fazhi") or "fazhi")


# -- running and measuring one command --------------------------------------------------------------

def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(d))
    return kids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(root: int) -> int:
    kids, total, stack = _children(), 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss(pid)
        stack += kids.get(pid, [])
    return total


def run(argv: list[str], *, stdout: Path | None = None, memory_mb: int | None = None,
        timeout: float = STEP_TIMEOUT_S) -> dict:
    """Run a command; its wall time, exit code, peak RSS (largest process) and peak tree RSS (sampled).

    Past ``memory_mb`` of resident memory (all its processes together) or ``timeout`` seconds the
    command is killed and the record says so.
    """
    err = tempfile.TemporaryFile()
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    env = {k: v for k, v in os.environ.items() if k != "FAZHI_DB"}
    t0 = time.perf_counter()
    # a session of its own, so that a kill reaches the worker processes too
    p = subprocess.Popen(argv, stdout=out, stderr=err, cwd=ROOT, env=env, start_new_session=True)
    peak = 0
    stopped: list[str] = []
    done = threading.Event()

    def kill(why: str) -> None:
        stopped.append(why)
        try:
            os.killpg(p.pid, 9)
        except ProcessLookupError:
            pass

    def sample():
        nonlocal peak
        while not done.is_set():
            rss = tree_rss(p.pid)
            peak = max(peak, rss)
            if memory_mb and rss > memory_mb * 2**20 and not stopped:
                kill(f"stopped past {memory_mb} MB of resident memory")
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    killer = threading.Timer(timeout, kill, (f"stopped after {timeout:.0f} s",))
    killer.start()
    # wait4 gives this child's own rusage: its ru_maxrss covers it and the children it waited for
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    killer.cancel()
    done.set()
    sampler.join()
    p.returncode = os.waitstatus_to_exitcode(status)
    if stdout:
        out.close()
    err.seek(0)
    tail = err.read()[-2000:].decode("utf-8", "replace")
    err.close()
    res = {"wall_s": wall, "rc": p.returncode, "rss_mb": usage.ru_maxrss / 1024,
           "tree_rss_mb": max(peak, usage.ru_maxrss * 1024) / 2**20}
    if p.returncode != 0:
        res["stderr"] = "; ".join(stopped + [tail])
    return res


def child_json(argv: list[str], **kw) -> tuple[dict, dict | None]:
    """Run bench/inproc.py; its measurement record and the JSON it printed (None when it failed)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        res = run([sys.executable, str(ROOT / "bench" / "inproc.py"), *argv], stdout=out, **kw)
        try:
            return res, json.loads(out.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return res, None


def med(xs: list[float]) -> float | None:
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def summarise(runs: list[dict], chars: int | None = None) -> dict:
    ok = [r for r in runs if r["rc"] == 0]
    out = {"runs": [round(r["wall_s"], 3) for r in runs],
           "median_s": med([r["wall_s"] for r in ok]),
           "peak_rss_mb": max((r["rss_mb"] for r in runs), default=None),
           "peak_tree_rss_mb": max((r["tree_rss_mb"] for r in runs), default=None)}
    if chars and out["median_s"]:
        out["chars_per_s"] = chars / out["median_s"]
    failed = [r for r in runs if r["rc"] != 0]
    if failed:
        out["failed"] = len(failed)
        out["error"] = failed[-1].get("stderr", "")[-600:]
    return out


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- the steps ----------------------------------------------------------------------------------------

def bench_extraction(folder: Path, chars: int, repeat: int) -> dict:
    fz = fazhi_bin()
    cli, sp, inproc_f = [], [], []
    f_child, s_child = [], []
    for i in range(repeat):
        # interleaved, so that a slow moment of the machine falls on both sides of each ratio
        cli.append(run([fz, "extract", str(folder)]))
        r, j = child_json(["spacy", str(folder)])
        sp.append(r)
        if j:
            s_child.append(j)
        r, j = child_json(["extract", str(folder)])
        inproc_f.append(r)
        if j:
            f_child.append(j)
        log(f"  extraction run {i + 1}/{repeat}: fazhi extract {cli[-1]['wall_s']:.1f} s, "
            f"spaCy {sp[-1]['wall_s']:.1f} s")
    out = {"fazhi_extract_cli": summarise(cli, chars), "spacy_subprocess": summarise(sp, chars),
           "fazhi_inprocess": {"median_s": med([j["total_s"] for j in f_child]),
                               "read_s": med([j.get("read_s") for j in f_child]),
                               "extract_s": med([j.get("extract_s") for j in f_child]),
                               "via": f_child[-1].get("via") if f_child else None,
                               "startup_s": med([j["startup_s"] for j in f_child]),
                               "facts": f_child[-1]["facts"] if f_child else None,
                               "peak_rss_mb": summarise(inproc_f)["peak_rss_mb"]},
           "spacy_inprocess": {"median_s": med([j["total_s"] for j in s_child]),
                               "startup_s": med([j["startup_s"] for j in s_child]),
                               "peak_rss_mb": summarise(sp)["peak_rss_mb"]}}
    for k in ("fazhi_inprocess", "spacy_inprocess"):
        if out[k]["median_s"]:
            out[k]["chars_per_s"] = chars / out[k]["median_s"]
    a, b = out["fazhi_extract_cli"]["median_s"], out["spacy_subprocess"]["median_s"]
    out["ratio_startup_included"] = a / b if a and b else None
    a, b = out["fazhi_inprocess"]["median_s"], out["spacy_inprocess"]["median_s"]
    out["ratio_startup_excluded"] = a / b if a and b else None
    return out


def bench_load(folder: Path, chars: int, repeat: int, work: Path) -> tuple[dict, Path | None]:
    fz = fazhi_bin()
    runs: dict[int, list[dict]] = {1: [], 2: []}
    kept = None
    for i in range(repeat):
        for workers in (1, 2):
            db = work / f"load-w{workers}-{i}.lbug"
            _remove_db(db)
            runs[workers].append(run([fz, "load", str(folder), "--db", str(db), "--workers", str(workers),
                                      "--no-progress"]))
            log(f"  load --workers {workers} run {i + 1}/{repeat}: {runs[workers][-1]['wall_s']:.1f} s"
                + ("" if runs[workers][-1]["rc"] == 0 else f" (exit {runs[workers][-1]['rc']})"))
            if runs[workers][-1]["rc"] == 0:
                if kept is not None:
                    _remove_db(kept)
                kept = db
            else:
                _remove_db(db)
    out = {f"workers_{w}": summarise(r, chars) for w, r in runs.items()}
    a, b = out["workers_1"]["median_s"], out["workers_2"]["median_s"]
    out["speedup_2_workers"] = a / b if a and b else None
    return out, kept


def _remove_db(db: Path) -> None:
    for p in (db, Path(str(db) + ".wal"), Path(str(db) + ".shadow")):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        elif p.exists():
            p.unlink()


def bench_incremental(db: Path, builder) -> dict:
    fz = fazhi_bin()
    runs, chars = [], 0
    for k in range(1, INCREMENTAL_SETS + 1):
        # documents of their own stream: none of them is in any corpus, so each set is new to the graph
        m = bc.build(10**12, BENCH / "corpus" / f"new-{k}", builder, stream=f"new-{k}",
                     max_docs=INCREMENTAL_DOCS)
        chars += m["chars"]
        runs.append(run([fz, "load", str(BENCH / "corpus" / f"new-{k}"), "--db", str(db), "--no-progress"]))
    out = summarise(runs)
    out["documents_per_run"] = INCREMENTAL_DOCS
    out["chars_per_run"] = chars // INCREMENTAL_SETS
    return out


def bench_graph(db: Path, repeat: int, query_repeat: int, work: Path) -> dict:
    fz = fazhi_bin()
    res, lib = child_json(["graph", str(db), "--repeat", str(query_repeat)])
    out: dict = {"library": lib, "library_step": {k: res[k] for k in ("wall_s", "rss_mb", "tree_rss_mb")}}
    if lib is None:
        out["library_error"] = res.get("stderr", "")[-600:]
    mech = (lib or {}).get("spread_mechanism")
    stats = work / "stats.json"
    if run([fz, "stats", "--db", str(db), "--format", "json"], stdout=stats)["rc"] == 0:
        try:
            out["stats"] = json.loads(stats.read_text(encoding="utf-8"))
            for item in out["stats"] if isinstance(out["stats"], list) else [out["stats"]]:
                item.pop("path", None)  # this machine's scratch path says nothing to a reader
        except ValueError:
            pass
    cli = {"query_top_mechanisms": [fz, "query", "--db", str(db), "--name", "top_mechanisms"]}
    if mech:
        cli["spread"] = [fz, "spread", mech, "--db", str(db), "--format", "json"]
    cli["export_panel"] = [fz, "export", "panel", "--db", str(db), "-o", str(work / "panel.csv")]
    # last: infer writes INFLUENCED edges (replacing them as a whole, so every run does the same work)
    cli["infer"] = [fz, "infer", "--db", str(db), "--format", "csv"]
    out["cli"] = {}
    for name, argv in cli.items():
        runs = [run(argv, memory_mb=PANEL_MEMORY_MB if name == "export_panel" else None)
                for _ in range(repeat)]
        out["cli"][name] = summarise(runs)
        log(f"  {name}: {out['cli'][name]['median_s'] or float('nan'):.2f} s")
    panel = work / "panel.csv"
    if panel.exists():
        with open(panel, "rb") as f:
            out["cli"]["export_panel"]["rows"] = max(sum(1 for _ in f) - 1, 0)
        out["cli"]["export_panel"]["bytes"] = panel.stat().st_size
        panel.unlink()
    return out


# -- the table ----------------------------------------------------------------------------------------

def _f(x, fmt="{:.2f}", none="—"):
    return none if x is None else fmt.format(x)


def _m(x):  # M chars/s
    return _f(x / 1e6 if x else None, "{:.3f}")


def table(res: dict) -> str:
    sizes = list(res["sizes"])
    ext = res.get("extraction_by_size", {})
    cols = sorted(set(sizes) | set(ext), key=float)
    head = "| figure | " + " | ".join(f"{s} MB" for s in cols) + " | target |"
    lines = [head, "|" + "---|" * (len(cols) + 2)]

    def row(label, fn, target=""):
        cells = []
        for s in cols:
            try:
                cells.append(fn(s))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("—")
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target} |")

    def corp(s):
        return res["corpus"][s]

    row("documents / characters", lambda s: f"{corp(s)['documents']:,} / {corp(s)['chars'] / 1e6:.2f} M")
    row("extraction, `fazhi extract`, start-up incl. (M chars/s)",
        lambda s: _m(ext[s]["fazhi_extract_cli"]["chars_per_s"]))
    row("… its time ÷ spaCy blank(\"zh\") in a subprocess",
        lambda s: _f(ext[s]["ratio_startup_included"], "{:.1f}×"), "≤ 2.5× (5 MB)")
    row("extraction in-process, start-up excl. (M chars/s)",
        lambda s: _m(ext[s]["fazhi_inprocess"]["chars_per_s"]))
    row("… its time ÷ spaCy blank(\"zh\") in-process", lambda s: _f(ext[s]["ratio_startup_excluded"], "{:.1f}×"))
    row("spaCy blank(\"zh\") alone, in-process (M chars/s)", lambda s: _m(ext[s]["spacy_inprocess"]["chars_per_s"]))
    row("extraction peak RSS (MB)", lambda s: _f(ext[s]["fazhi_extract_cli"]["peak_rss_mb"], "{:.0f}"))

    def ld(s, w):
        return res["sizes"][s]["load"][f"workers_{w}"]

    row("`fazhi load --workers 1` (s)", lambda s: _f(ld(s, 1)["median_s"], "{:.1f}"))
    row("… M chars/s", lambda s: _m(ld(s, 1)["chars_per_s"]), "≥ 0.3 per worker")
    row("`fazhi load --workers 2` (s)", lambda s: _f(ld(s, 2)["median_s"], "{:.1f}"))
    row("… M chars/s", lambda s: _m(ld(s, 2)["chars_per_s"]), "≥ 0.6")
    row("… speed-up of 2 workers", lambda s: _f(res["sizes"][s]["load"]["speedup_2_workers"], "{:.2f}×"), "≥ 1.8×")
    row("load peak RSS, all processes (MB), 1 / 2 workers",
        lambda s: f"{ld(s, 1)['peak_tree_rss_mb']:.0f} / {ld(s, 2)['peak_tree_rss_mb']:.0f}", "< 2048 (100 MB)")
    row("incremental load of 10 new documents (s)",
        lambda s: _f(res["sizes"][s]["incremental"]["median_s"]), "< 5")

    def gl(s):
        return res["sizes"][s]["graph"]["library"]

    def qs(s, key):
        vals = [q[key] for q in gl(s)["queries"].values() if key in q]
        return max(vals) if vals else None

    row("named queries, slowest p50 / p95 (ms, library; the default page)",
        lambda s: f"{qs(s, 'p50_ms'):.0f} / {qs(s, 'p95_ms'):.0f}", "p50 < 50")
    row("… every row of the result, slowest p50 / p95 (ms)",
        lambda s: f"{qs(s, 'whole_p50_ms'):.0f} / {qs(s, 'whole_p95_ms'):.0f}")
    row("`spread` of the most adopted mechanism, p50 / p95 (ms, library)",
        lambda s: f"{gl(s)['spread']['p50_ms']:.0f} / {gl(s)['spread']['p95_ms']:.0f}", "< 200")

    def cl(s, k):
        return res["sizes"][s]["graph"]["cli"][k]

    row("`fazhi query --name top_mechanisms` (s, start-up incl.)", lambda s: _f(cl(s, "query_top_mechanisms")["median_s"]))
    row("`fazhi spread` (s, start-up incl.)", lambda s: _f(cl(s, "spread")["median_s"]))
    row("`fazhi export panel` (s, start-up incl.)", lambda s: _f(cl(s, "export_panel")["median_s"]), "< 2")
    row("… panel rows / peak RSS (MB)",
        lambda s: f"{cl(s, 'export_panel')['rows']:,} / {cl(s, 'export_panel')['peak_rss_mb']:.0f}")
    row("network inference, library (s)", lambda s: _f(gl(s)["network"]["median_s"]))
    row("`fazhi infer` (s, start-up incl.)", lambda s: _f(cl(s, "infer")["median_s"]))
    return "\n".join(lines)


def query_table(res: dict) -> str:
    s = res.get("largest")
    if not s:
        return ""
    qs = res["sizes"][s]["graph"]["library"]["queries"]
    lines = [f"| named query ({s} MB graph) | page p50 ms | page p95 ms | page rows | whole p50 ms | whole p95 ms "
             "| whole rows |", "|---|---:|---:|---:|---:|---:|---:|"]

    def cells(q, key):
        if f"{key}error" in q:
            return "error | | "
        if f"{key}p50_ms" not in q:
            return "— | — | —"
        return f"{q[key + 'p50_ms']:.1f} | {q[key + 'p95_ms']:.1f} | {q[key + 'rows']}"

    for name, q in qs.items():
        lines.append(f"| {name} | {cells(q, '')} | {cells(q, 'whole_')} |")
    return "\n".join(lines)


# -- main ---------------------------------------------------------------------------------------------

def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().split()
        info["memory_gb"] = round(int(mem[mem.index("MemTotal:") + 1]) / 2**20, 1)
    except (OSError, ValueError):
        pass
    return info


def git_state() -> dict:
    def git(*a):
        r = subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else None

    return {"commit": git("rev-parse", "--short", "HEAD"),
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no", "--", "loaders", "graph",
                              "queries", "fazhi"))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", type=float, default=[1, 10], help="corpus sizes in MB (10^6 bytes)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per step (median) up to 10 MB")
    ap.add_argument("--big-repeat", type=int, default=1, help="runs per step for corpora above 10 MB")
    ap.add_argument("--query-repeat", type=int, default=20, help="runs of each query for p50/p95")
    ap.add_argument("--shared", default=str(bc.SHARED))
    ap.add_argument("--seed", type=int, default=bc.DEFAULT_SEED)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results.json"))
    ap.add_argument("--skip-extraction", action="store_true")
    a = ap.parse_args()

    try:
        builder = bc.Builder(Path(a.shared), a.seed)
    except bc.NoSources as e:
        print(f"make bench skipped: {e}; the benchmark corpus is built from ../shared/corpus and "
              f"../shared/real (pass --shared DIR)", file=sys.stderr)
        return 0
    sizes = sorted(set(a.sizes))
    largest = max(sizes)
    work = BENCH / "work"
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    res: dict = {"machine": machine(), "git": git_state(),
                 "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 "command": "make bench SIZES=\"" + " ".join(f"{s:g}" for s in sizes) + "\"",
                 "units": {"MB": "10^6 UTF-8 bytes of corpus files", "chars": "characters of those files",
                           "rss": "peak_rss_mb: the largest single process; peak_tree_rss_mb: all processes "
                                  "of the step together, sampled every 0.2 s"},
                 "repeat": {"up_to_10MB": a.repeat, "above_10MB": a.big_repeat, "queries": a.query_repeat},
                 "loadavg_start": os.getloadavg(), "corpus": {}, "sizes": {}, "extraction_by_size": {}}

    def key(s: float) -> str:
        return f"{s:g}"

    ext_sizes = [] if a.skip_extraction else [s for s in EXTRACT_SIZES if s <= largest]
    for s in sorted(set(sizes) | set(ext_sizes)):
        t = time.perf_counter()
        res["corpus"][key(s)] = bc.build(int(s * bc.MB), BENCH / "corpus" / f"{key(s)}MB", builder)
        m = res["corpus"][key(s)]
        log(f"corpus {key(s)} MB: {m['documents']} documents, {m['chars']:,} chars "
            f"({time.perf_counter() - t:.1f} s)")

    for s in ext_sizes:
        log(f"extraction on {key(s)} MB")
        m = res["corpus"][key(s)]
        res["extraction_by_size"][key(s)] = bench_extraction(BENCH / "corpus" / f"{key(s)}MB", m["chars"],
                                                             a.repeat if s <= 10 else a.big_repeat)
        _save(res, a.out)

    for s in sizes:
        repeat = a.repeat if s <= 10 else a.big_repeat
        m = res["corpus"][key(s)]
        entry: dict = {}
        res["sizes"][key(s)] = entry
        log(f"load {key(s)} MB ({repeat} run(s) per worker count)")
        entry["load"], db = bench_load(BENCH / "corpus" / f"{key(s)}MB", m["chars"], repeat, work)
        _save(res, a.out)
        if db is None:
            log("  no load succeeded; skipping the graph steps")
            continue
        log(f"incremental load into the {key(s)} MB graph")
        entry["incremental"] = bench_incremental(db, builder)
        log(f"queries, spread, panel, inference on the {key(s)} MB graph")
        entry["graph"] = bench_graph(db, repeat, a.query_repeat, work)
        _remove_db(db)
        _save(res, a.out)

    res["largest"] = key(largest)
    res["loadavg_end"] = os.getloadavg()
    res["total_s"] = round(time.time() - started)
    _compat(res)
    _save(res, a.out)
    print(table(res))
    print()
    print(query_table(res))
    print(f"\n{res['command']}: {res['total_s'] / 60:.1f} min; load average {res['loadavg_start'][0]:.2f} at the "
          f"start, {res['loadavg_end'][0]:.2f} at the end; results in {a.out}")
    return 0


def _compat(res: dict) -> None:
    """The top-level keys of the earlier bench/results.json (extraction, graph), from this run's figures."""
    ext = res["extraction_by_size"]
    if ext:
        s = max(ext, key=float)
        e, m = ext[s], res["corpus"][s]
        res["extraction"] = {"corpus_mb": float(s), "documents": m["documents"], "chars": m["chars"],
                             "facts": e["fazhi_inprocess"]["facts"], "startup_s": e["fazhi_inprocess"]["startup_s"],
                             "load_s": e["fazhi_inprocess"]["read_s"], "extract_s": e["fazhi_inprocess"]["extract_s"],
                             "extract_chars_per_s": e["fazhi_inprocess"].get("chars_per_s"),
                             "peak_rss_mb": e["fazhi_extract_cli"]["peak_rss_mb"]}
    s = res.get("largest")
    g = res["sizes"].get(s, {})
    if g.get("graph") and g["graph"].get("library"):
        res["graph"] = {"corpus_mb": float(s), "load_s": g["load"]["workers_1"]["median_s"],
                        "query_median_ms": {n: q.get("p50_ms") for n, q in g["graph"]["library"]["queries"].items()},
                        "peak_rss_mb": g["load"]["workers_1"]["peak_rss_mb"]}


def _save(res: dict, path: str) -> None:
    def clean(x):
        if isinstance(x, float):
            return round(x, 4)
        if isinstance(x, dict):
            return {k: clean(v) for k, v in x.items()}
        if isinstance(x, (list, tuple)):
            return [clean(v) for v in x]
        return x

    Path(path).write_text(json.dumps(clean(res), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

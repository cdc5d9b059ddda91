"""Benchmarks: loader and extraction throughput, peak memory, graph load and query latency.

    .venv/bin/python bench/run.py [--corpus ../shared/corpus] [--repeat 20] [--out bench/results.json]

The corpus is repeated (copies under a temporary directory, each with a distinct hash) so that
numbers are not dominated by start-up.  Results are printed as a table and written as JSON; the
README quotes them.  Nothing here is asserted: speed is measured, not tested.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _copies(corpus: Path, repeat: int, tmp: Path) -> list[Path]:
    out = []
    for i in range(repeat):
        for f in sorted(corpus.iterdir()):
            if f.is_file():
                dst = tmp / f"{i:03d}_{f.name}"
                # a trailing marker gives each copy its own content hash, as distinct documents have
                dst.write_bytes(f.read_bytes() + f"\n\n（副本{i}）\n".encode("utf-8"))
                out.append(dst)
    return out


def bench_extraction(files: list[Path]) -> dict:
    from fazhi.loaders.documents import load_document
    from fazhi.loaders.extract.pipeline import build_nlp, extract

    t0 = time.perf_counter()
    build_nlp()
    from fazhi.loaders.extract.gazetteer import Gazetteer

    Gazetteer.default()
    warm = time.perf_counter() - t0
    chars = facts = 0
    t_load = t_extract = 0.0
    for f in files:
        t = time.perf_counter()
        doc = load_document(f)
        t_load += time.perf_counter() - t
        chars += sum(len(a.text) for a in doc.articles)
        t = time.perf_counter()
        facts += len(extract(doc))
        t_extract += time.perf_counter() - t
    return {"documents": len(files), "chars": chars, "facts": facts,
            "startup_s": round(warm, 2), "load_s": round(t_load, 2), "extract_s": round(t_extract, 2),
            "load_chars_per_s": round(chars / t_load) if t_load else None,
            "extract_chars_per_s": round(chars / t_extract) if t_extract else None,
            "peak_rss_mb": round(_rss_mb())}


def bench_graph(files: list[Path], tmp: Path) -> dict:
    from fazhi.graph.load import load
    from fazhi.graph.store import open_store
    from fazhi.queries.library import list_queries

    db = tmp / "bench.lbug"
    t = time.perf_counter()
    summary = load([str(f) for f in files], db=str(db))
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    load([str(f) for f in files], db=str(db))
    t_reload = time.perf_counter() - t
    store = open_store(db=str(db))
    latencies = {}
    try:
        for q in list_queries():
            runs = []
            for _ in range(5):
                t = time.perf_counter()
                store.query(q.cypher, q.default_params())
                runs.append((time.perf_counter() - t) * 1000)
            latencies[q.name] = round(statistics.median(runs), 1)
    finally:
        store.close()
    return {"load_s": round(t_load, 2), "reload_unchanged_s": round(t_reload, 2),
            "summary": summary.as_dict(),
            "query_median_ms": latencies, "peak_rss_mb": round(_rss_mb())}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT / ".." / "shared" / "corpus"))
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results.json"))
    ap.add_argument("--skip-graph", action="store_true")
    a = ap.parse_args()
    corpus = Path(a.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: pass --corpus DIR", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="fazhi-bench-"))
    try:
        files = _copies(corpus, a.repeat, tmp)
        res = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                           "cpus": __import__("os").cpu_count()},
               "corpus_files": len(list(corpus.iterdir())), "repeat": a.repeat,
               "extraction": bench_extraction(files)}
        if not a.skip_graph:
            res["graph"] = bench_graph(files, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    Path(a.out).write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(res, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

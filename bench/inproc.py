"""In-process measurements for bench/run.py, each in a child process of its own so that its peak
memory is its own and the harness stays small.  Prints one JSON object on stdout.

    python bench/inproc.py extract FOLDER      fazhi's reading + extraction, start-up excluded
    python bench/inproc.py spacy FOLDER        spaCy's bare blank("zh") tokenisation of the same files
    python bench/inproc.py graph DB [--repeat 20] [--mechanism NAME]
                                               named queries, spread, network inference

Only public library functions are called (the ones the CLI calls); if one moves, change it here.
"""
from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path


def _files(folder: str) -> list[Path]:
    return sorted(Path(folder).glob("*.txt"))


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    # nearest rank: p95 of 20 runs is the 19th, an observed time rather than an interpolation
    k = max(0, min(len(xs) - 1, round(q * len(xs) + 0.5) - 1))
    return xs[k]


def _lat(runs_s: list[float]) -> dict:
    ms = [r * 1000 for r in runs_s]
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(_pct(ms, 0.95), 2),
            "min_ms": round(min(ms), 2), "runs": len(ms)}


def extract_mode(folder: str) -> dict:
    t0 = time.perf_counter()
    from fazhi.loaders.documents import document_from_text, load_document
    from fazhi.loaders.extract import extract

    try:  # the one stream every command reads and extracts through (issue 13)
        from fazhi.loaders.stream import extract_paths
    except ImportError:  # before it existed: the reader and the extractor, as `fazhi load` called them
        extract_paths = None
    # the spaCy pipeline, the gazetteer and the lexicons are built on first use: that is start-up
    extract(document_from_text("2021年，烟台市在全省率先推行“综合查一次”。"))
    startup = time.perf_counter() - t0
    files = _files(folder)
    out: dict = {"files": len(files), "startup_s": startup}
    facts = 0
    if extract_paths is not None:
        t = time.perf_counter()
        for item in extract_paths([str(f) for f in files], workers=1, progress=False):
            facts += len(item.facts)
        out["total_s"] = time.perf_counter() - t
        out["via"] = "fazhi.loaders.stream.extract_paths"
    else:
        t_read = t_extract = 0.0
        for f in files:
            t = time.perf_counter()
            doc = load_document(f)
            t_read += time.perf_counter() - t
            t = time.perf_counter()
            facts += len(extract(doc))
            t_extract += time.perf_counter() - t
        out.update(read_s=t_read, extract_s=t_extract, total_s=t_read + t_extract,
                   via="load_document + extract")
    out["facts"] = facts
    out["chars"] = sum(len(f.read_text(encoding="utf-8")) for f in files)
    return out


def spacy_mode(folder: str) -> dict:
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.blank("zh")  # the char segmenter, no components: the floor the extractor is held to
    nlp.make_doc("预热")
    startup = time.perf_counter() - t0
    files = _files(folder)
    t = time.perf_counter()
    tokens = 0
    # whole files, read in the loop as the extractor reads its own
    for doc in nlp.pipe(f.read_text(encoding="utf-8") for f in files):
        tokens += len(doc)
    total = time.perf_counter() - t
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    return {"files": len(files), "chars": chars, "tokens": tokens, "startup_s": startup, "total_s": total}


def graph_mode(db: str, repeat: int, mechanism: str | None) -> dict:
    from fazhi.graph.store import open_store
    from fazhi.queries import diffusion_export as dx
    from fazhi.queries.diffusion import adoptions, spread
    from fazhi.queries.library import list_queries

    try:  # the page `fazhi query --name` prints (issue 13): what a user waits for
        from fazhi.queries.library import DEFAULT_LIMIT, run_query
    except ImportError:  # before paging existed: the whole result was the default
        DEFAULT_LIMIT, run_query = None, None

    def whole(q, params):
        return store.query(q.cypher, params)

    def page(q, params):
        return run_query(store, q, params).rows

    out: dict = {"queries": {}, "query_default_limit": DEFAULT_LIMIT}
    store = open_store(db=db, read_only=True)
    try:
        for q in list_queries():
            params = q.default_params()
            entry: dict = {}
            # p50_ms/p95_ms: the default page (`fazhi query --name NAME`); whole_*: every row of the result
            for key, run in (("", page if run_query else whole), ("whole_", whole)):
                try:
                    rows = len(run(q, params))  # the first run warms the engine's caches
                    runs = []
                    for _ in range(repeat):
                        t = time.perf_counter()
                        run(q, params)
                        runs.append(time.perf_counter() - t)
                    entry.update({f"{key}{k}": v for k, v in {**_lat(runs), "rows": rows}.items()})
                except Exception as e:  # one broken query must not hide the others' figures
                    entry[f"{key}error"] = f"{type(e).__name__}: {e}"[:300]
                if not run_query:
                    break
            out["queries"][q.name] = entry

        t = time.perf_counter()
        items = adoptions(store)
        out["adoptions_s"] = time.perf_counter() - t
        by_mech = Counter(a.mechanism for a in items)
        out["adoptions"] = len(items)
        out["mechanisms_adopted"] = len(by_mech)
        # the most widely adopted mechanism: the largest spread the graph has to draw
        mechanism = mechanism or (by_mech.most_common(1)[0][0] if by_mech else None)
        out["spread_mechanism"] = mechanism
        # `fazhi spread` holds no other adoptions: dropped before timing it, or the cyclic collector walks
        # the whole graph's 84,000 of them (100 MB) now and then inside a timed run (README, footnote 7)
        del items, by_mech
        gc.collect()
        if mechanism:
            out["spread_adopters"] = len(spread(store, mechanism).adoptions)
            runs = []
            for _ in range(repeat):
                t = time.perf_counter()
                spread(store, mechanism).timeline()
                runs.append(time.perf_counter() - t)
            out["spread"] = _lat(runs)

        runs, edges = [], 0
        for _ in range(3):
            t = time.perf_counter()
            edges = len(dx.network_rows(adoptions(store)))
            runs.append(time.perf_counter() - t)
        out["network"] = {"median_s": statistics.median(runs), "runs": runs, "edges": edges}
    finally:
        store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["extract", "spacy", "graph"])
    ap.add_argument("target")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--mechanism")
    a = ap.parse_args()
    if a.mode == "extract":
        res = extract_mode(a.target)
    elif a.mode == "spacy":
        res = spacy_mode(a.target)
    else:
        res = graph_mode(a.target, a.repeat, a.mechanism)
    json.dump(res, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

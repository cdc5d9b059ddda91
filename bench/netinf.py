"""Benchmark of the NetInf-style network inference (queries/netinf.py) on simulated cascades.

    .venv/bin/python bench/netinf.py [--places 300] [--cascades 200] [--degree 2] [--alpha 1]
                                     [--beta 0.5] [--horizon 10] [--yearly] [--seed 1] [--out FILE]

A random directed network of ``--places`` nodes with ``degree × places`` edges (G(n, m)) is
drawn; ``--cascades`` independent cascades with Exp(α) delays are simulated on it (each edge
transmits with probability β; ``--yearly`` floors times to whole years); the network is then
inferred with the default stopping rule and an estimated α.  Printed: precision and recall
against all true edges, recall against the edges that carried at least one observed
transmission (the most any method could find), the estimated α, and wall times.  Nothing is
written unless ``--out FILE`` is given (JSON).  Speed and accuracy are measured, not asserted.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

try:
    from fazhi.queries.netinf import estimate_alpha, infer_network, simulate_transmissions
except ImportError:  # not installed: the package directories sit at the top of the checkout
    from queries.netinf import estimate_alpha, infer_network, simulate_transmissions


def _score(true: set, got: set) -> tuple[float, float]:
    hits = len(true & got)
    return hits / max(len(got), 1), hits / max(len(true), 1)


def run(places: int, cascades: int, degree: float, alpha: float, beta: float, horizon: float,
        yearly: bool, seed: int) -> dict:
    g = nx.gnm_random_graph(places, round(degree * places), seed=seed, directed=True)
    g = nx.relabel_nodes(g, {i: f"place{i:03d}" for i in g})

    t0 = time.perf_counter()
    sims = simulate_transmissions(g, cascades, alpha=alpha, seed=seed, horizon=horizon, beta=beta,
                                  integer_times=yearly)
    t_sim = time.perf_counter() - t0
    data = {cid: {v: t for v, (t, _) in adopters.items()} for cid, adopters in sims.items()}
    # edges that carried a transmission whose two ends are distinguishable in time
    carried = {(u, v) for adopters in sims.values() for v, (t, u) in adopters.items()
               if u is not None and adopters[u][0] < t}

    t0 = time.perf_counter()
    edges = infer_network(data)
    t_inf = time.perf_counter() - t0
    t0 = time.perf_counter()
    alpha_hat = estimate_alpha(data)  # timed apart: infer_network above already includes it
    t_alpha = time.perf_counter() - t0

    true = set(g.edges)
    got = {(e.origin, e.destination) for e in edges}
    precision, recall = _score(true, got)
    return {
        "places": places, "cascades": cascades, "true_edges": len(true), "degree": degree,
        "alpha": alpha, "beta": beta, "horizon": horizon, "yearly": yearly, "seed": seed,
        "mean_adopters": sum(map(len, data.values())) / max(len(data), 1),
        "edges_that_carried": len(carried),
        "inferred_edges": len(edges),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "recall_of_carried": round(len(carried & got) / max(len(carried), 1), 4),
        "alpha_hat": round(alpha_hat, 4),
        "seconds_simulate": round(t_sim, 3),
        "seconds_infer_total": round(t_inf, 3),
        "seconds_alpha_estimation": round(t_alpha, 3),
        "python": platform.python_version(),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--places", type=int, default=300)
    ap.add_argument("--cascades", type=int, default=200)
    ap.add_argument("--degree", type=float, default=2.0, help="mean out-degree of the true network")
    ap.add_argument("--alpha", type=float, default=1.0, help="exponential rate (1 / mean delay)")
    ap.add_argument("--beta", type=float, default=0.5, help="transmission probability per edge")
    ap.add_argument("--horizon", type=float, default=10.0)
    ap.add_argument("--yearly", action="store_true", help="floor adoption times to whole years")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="write the results as JSON to this file")
    a = ap.parse_args()
    res = run(a.places, a.cascades, a.degree, a.alpha, a.beta, a.horizon, a.yearly, a.seed)
    print(f"{res['places']} places × {res['cascades']} cascades "
          f"({res['true_edges']} true edges, {res['mean_adopters']:.1f} adopters per cascade, "
          f"{'yearly' if a.yearly else 'continuous'} times)")
    print(f"  inferred {res['inferred_edges']} edges: precision {res['precision']:.3f}, "
          f"recall {res['recall']:.3f} (of the {res['edges_that_carried']} edges that carried a "
          f"transmission: {res['recall_of_carried']:.3f})")
    print(f"  alpha: true {a.alpha:g}, estimated {res['alpha_hat']:.3f}")
    print(f"  wall time: simulate {res['seconds_simulate']:.2f} s, infer (incl. alpha) "
          f"{res['seconds_infer_total']:.2f} s, alpha estimation alone {res['seconds_alpha_estimation']:.2f} s")
    if a.out:
        Path(a.out).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

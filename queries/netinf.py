"""Who learns from whom: a NetInf-style diffusion network inferred from adoption times.

Method: Gomez-Rodriguez, Leskovec & Krause (2010), "Inferring networks of diffusion and
influence", KDD; used for policy diffusion by Desmarais, Harden & Boehmke (2015),
"Persistent policy pathways", APSR, with the R package NetworkInference.  This module is
written from the paper's description; it copies no code.

Data.  A *cascade* is one mechanism: ``{place: adoption time}`` (a year, as a float, for
yearly data).  Only adopters count: as in NetInf the likelihood is over the infected nodes of
each cascade, so a place that never adopts a mechanism (absent, ``None`` or NaN) is evidence
neither for nor against any edge.

Model.
* Transmission along an edge u→v takes an exponential time, density
  ``f(Δ) = α·exp(−α·Δ)`` for ``Δ = t_v − t_u``; α is a rate per time unit (per year).
* An edge u→v can explain v's adoption only if ``t_u < t_v`` *strictly*.  With yearly data
  many places share a year, and places adopting in the same year are never each other's
  source: the data cannot tell who was first.
* Every adopter can also be infected from outside by an "ε edge" of density ε (central
  directives, own initiative).  The first adopter of a cascade is always explained so.
  NetInf's transmission probability β multiplies every tree edge by the same constant, so it
  is absorbed into ε (the comparison is β·f against ε; we write f against ε).
* The likelihood of a cascade given a network G is that of its most likely propagation tree.
  Every adopter has one parent in a tree, so the best tree lets each adopter v pick, on its
  own, its best earlier in-neighbour in G or the ε edge.  Relative to the empty network the
  log-likelihood is

      F(G) = Σ_c Σ_{v adopts in c}  max(0, max_{u→v ∈ G, t_u < t_v} log f(t_v − t_u) − log ε).

  F is monotone and submodular (a sum of maxima), so adding edges greedily by marginal gain
  is within 1 − 1/e of the best network of that size (the paper's guarantee).  The gain of an
  edge into v depends only on the edges into v, and only falls as they are added: the
  greedy keeps one priority-queue entry per destination and, after choosing an edge into v,
  recomputes (vectorised) the gains of v's candidate parents only.

Per edge, as NetworkInference reports it:
* ``improvement`` — the marginal gain of F when the edge was chosen (in greedy order);
* ``p_value`` — a one-sided Vuong test that the network with the edge fits better than the
  one without it, at the moment it was chosen (see ``_vuong_p_value``);
* ``cascades`` — the cascades in whose best final tree the edge is used.

Choices this module makes (all documented where they are made):
* stopping, when ``n_edges`` is not given: at the first greedy edge whose Vuong p-value is
  above ``p_value_cutoff`` (0.05) or whose improvement is below ``min_improvement``
  (NetworkInference's ``p_value_cutoff`` rule);
* α, when not given: the fixed point of alternating (i) the greedy with the stopping rule and
  (ii) the maximum-likelihood rate of the exponential given the inferred trees,
  α = (number of tree edges) / (sum of their delays) — a "hard EM" on the same likelihood
  (see ``estimate_alpha``);
* ε: fixed and tiny by default (1e-9), so that practically any observed transmission beats
  the background; only its logarithm enters, as a per-adoption reward for being explained.

Limits, measured on simulated cascades (tests/test_netinf.py, bench/netinf.py):
* the tree likelihood never charges an edge for the cascades where it did *not* transmit,
  so an extra source that happens to adopt between a place's true source and the place
  itself always adds a little likelihood; with many adopters per cascade such small gains,
  summed over many cascades, pass the Vuong test (which is scale-free) and precision falls
  (≈ 0.8 at 300 places with ~75 adopters per cascade; ≈ 0.65 when nearly every place adopts
  every mechanism).  ``n_edges`` or ``min_improvement`` then cut the list;
* with yearly data a place whose true source adopted in the same year looks "background"
  infected, which leaves room for a spurious source from an earlier year: precision is
  good when delays are long compared with a year, poor when most transmissions take < 1 year.
"""
from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx
import numpy as np

__all__ = [
    "InferredEdge",
    "infer_network",
    "estimate_alpha",
    "simulate_cascades",
    "simulate_transmissions",
]

DEFAULT_EPSILON = 1e-9  # so small that any observed transmission beats the background


@dataclass(frozen=True)
class InferredEdge:
    """One inferred diffusion tie ``origin → destination`` (the destination learnt from the origin).

    ``improvement``: gain in log-likelihood F when the greedy chose the edge.
    ``p_value``: one-sided Vuong p-value at that moment, in [0, 1]; NaN when there are fewer
    than two cascades (no variance to test with).
    ``cascades``: ids of the cascades whose best tree uses the edge in the final network
    (may be empty if edges chosen later explain those adoptions better).
    """

    origin: str
    destination: str
    improvement: float
    p_value: float
    cascades: tuple[str, ...]


# --------------------------------------------------------------------------------------
# data: every possible transmission (u, v, cascade) with t_u < t_v, grouped by edge
# --------------------------------------------------------------------------------------


@dataclass
class _Pairs:
    """Possible transmissions, one row per (u, v, cascade) with ``t_u < t_v``.

    Rows are sorted by candidate edge, and candidate edges by destination, so edge ``e`` owns
    rows ``start[e]:start[e + 1]`` and destination v owns a contiguous block of edges.
    ``cell`` is ``v * n_cascades + c``: where (v, c) sits in the flat table of best scores.
    """

    nodes: list[str]
    cascade_ids: list[str]
    delta: np.ndarray  # t_v − t_u > 0, per row
    cell: np.ndarray  # per row
    cascade: np.ndarray  # per row
    edge_u: np.ndarray  # per candidate edge
    edge_v: np.ndarray  # per candidate edge, nondecreasing
    start: np.ndarray  # per candidate edge, plus the end


def _clean(cascades: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """String ids; a missing or non-finite time means "never adopted" and is dropped."""
    out: dict[str, dict[str, float]] = {}
    for cid, times in cascades.items():
        out[str(cid)] = {
            str(node): float(t) for node, t in times.items() if t is not None and math.isfinite(float(t))
        }
    return out


def _cascade_rows(times: dict[str, float], index: dict[str, int]):
    """(parent, child, delay) for every ordered pair of adopters with t_parent < t_child."""
    idx = np.fromiter((index[n] for n in times), dtype=np.int32, count=len(times))
    t = np.fromiter(times.values(), dtype=float, count=len(times))
    order = np.argsort(t, kind="stable")
    idx, t = idx[order], t[order]
    # side="left": the adopters strictly earlier than t[j] are t[:k[j]], so a tie in time
    # (same year) never yields a possible source
    k = np.searchsorted(t, t, side="left")
    child = np.repeat(np.arange(len(t)), k)
    parent = np.arange(len(child)) - np.repeat(np.cumsum(k) - k, k)  # 0..k[j]-1 for each j
    return idx[parent], idx[child], t[child] - t[parent]


def _build_pairs(cascades: dict[str, dict[str, float]]) -> _Pairs:
    nodes = sorted({n for times in cascades.values() for n in times})
    index = {n: i for i, n in enumerate(nodes)}
    cascade_ids = list(cascades)
    parts = []
    for c, cid in enumerate(cascade_ids):
        if len(cascades[cid]) > 1:
            u, v, d = _cascade_rows(cascades[cid], index)
            parts.append((u, v, np.full(len(u), c, dtype=np.int32), d))
    if parts:
        u, v, c, d = (np.concatenate(col) for col in zip(*parts))
    else:
        u = v = c = np.zeros(0, dtype=np.int32)
        d = np.zeros(0)
    del parts  # int32 indices and no stray copies: dense cascades give millions of rows
    key = v.astype(np.int64) * max(len(nodes), 1) + u  # sort by destination, then origin
    order = np.argsort(key, kind="stable")
    u, v, c, d, key = u[order], v[order], c[order], d[order], key[order]
    del order
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.zeros(0, dtype=np.int64)
    start = np.r_[first, len(key)].astype(np.int64)
    cell = v.astype(np.int64) * len(cascade_ids) + c
    return _Pairs(nodes, cascade_ids, d, cell, c, u[first], v[first], start)


# --------------------------------------------------------------------------------------
# the statistics
# --------------------------------------------------------------------------------------


def _log_density(delta: np.ndarray, alpha: float) -> np.ndarray:
    return math.log(alpha) - alpha * delta


def _normal_sf(z: float) -> float:
    """P(N(0, 1) ≥ z), without scipy."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def _vuong_p_value(gains: np.ndarray, n_cascades: int) -> float:
    """One-sided Vuong (1989) p-value that the network with the edge fits better than without.

    Each cascade is one observation; its log-likelihood ratio (with − without the edge, both
    best trees) is the edge's gain there: ``gains`` lists the nonzero ones, every other
    cascade contributes exactly 0.  The statistic is ``z = √n · mean / sd`` over all n
    cascades and ``p = P(N(0,1) ≥ z)``.

    Why all cascades and not only those where the edge is used: there every ratio is positive
    by construction, so z would measure how *alike* the gains are, not how much evidence there
    is (two cascades with gains 20.1 and 20.3 would give p ≈ 0).  Counting the cascades where
    the edge changes nothing makes z grow roughly like √(number of cascades it explains),
    scaled by how even those gains are — a single lucky alignment is not significant.

    NetworkInference reports a Vuong-test p-value per edge; this is our reading of such a
    test, written from Vuong's definition (paired log-likelihood ratios, normal limit), not
    from that package's code, so its numbers need not match the package's.

    Degenerate cases, stated rather than hidden: fewer than two cascades → NaN (no variance);
    a zero variance with positive mean (every cascade gains exactly the same) → 0.0, the
    limit of the formula.
    """
    if n_cascades < 2:
        return math.nan
    mean = float(gains.sum()) / n_cascades
    var = max(float((gains * gains).sum()) - n_cascades * mean * mean, 0.0) / (n_cascades - 1)
    if var == 0.0:
        return 0.0 if mean > 0 else 1.0
    return _normal_sf(math.sqrt(n_cascades) * mean / math.sqrt(var))


# --------------------------------------------------------------------------------------
# the greedy
# --------------------------------------------------------------------------------------


def _stops(gain: float, p: float, min_improvement: float, p_value_cutoff: float | None) -> bool:
    if gain < min_improvement:
        return True
    # `not p <= cutoff` also stops on NaN: an edge that cannot be tested is not accepted
    return p_value_cutoff is not None and not p <= p_value_cutoff


def _greedy(pairs: _Pairs, alpha: float, epsilon: float, n_edges: int | None,
            min_improvement: float, p_value_cutoff: float | None):
    """Greedy maximisation of F; returns [(edge, gain, p)], the best-score table and weights."""
    w = _log_density(pairs.delta, alpha) - math.log(epsilon)  # gain over the ε edge, per row
    best = np.zeros(len(pairs.nodes) * len(pairs.cascade_ids))  # per (v, c); 0 = the ε edge
    start, cell = pairs.start, pairs.cell
    first_edge = np.searchsorted(pairs.edge_v, np.arange(len(pairs.nodes) + 1))
    heap: list[tuple[float, int, int]] = []

    def push_best_into(v: int) -> None:
        # the gains of all candidate edges into v, from v's contiguous block of rows
        e0, e1 = first_edge[v], first_edge[v + 1]
        if e0 == e1:
            return
        r0 = start[e0]
        rows = np.maximum(w[r0:start[e1]] - best[cell[r0:start[e1]]], 0.0)
        gains = np.add.reduceat(rows, start[e0:e1] - r0)
        k = int(np.argmax(gains))  # ties: the first origin in node order
        if gains[k] > 0:
            heapq.heappush(heap, (-float(gains[k]), v, int(e0 + k)))

    for v in range(len(pairs.nodes)):
        push_best_into(v)
    chosen: list[tuple[int, float, float]] = []
    # the heap holds exactly one, always current, entry per destination: a gain into v only
    # changes when an edge into v is chosen, and then v's entry is the one just popped
    while heap and (n_edges is None or len(chosen) < n_edges):
        neg_gain, v, e = heapq.heappop(heap)
        rows = slice(start[e], start[e + 1])
        per_cascade = np.maximum(w[rows] - best[cell[rows]], 0.0)
        p = _vuong_p_value(per_cascade[per_cascade > 0], len(pairs.cascade_ids))
        if n_edges is None and _stops(-neg_gain, p, min_improvement, p_value_cutoff):
            break
        best[cell[rows]] = np.maximum(best[cell[rows]], w[rows])
        chosen.append((e, -neg_gain, p))
        push_best_into(v)
    return chosen, best, w


def _used_in(pairs: _Pairs, chosen, best: np.ndarray, w: np.ndarray) -> list[tuple[str, ...]]:
    """For each chosen edge, the cascades whose final best tree uses it (ties: chosen first)."""
    claimed = np.zeros(len(best), dtype=bool)
    out = []
    for e, _, _ in chosen:
        rows = slice(pairs.start[e], pairs.start[e + 1])
        cells = pairs.cell[rows]
        hit = (w[rows] > 0) & (w[rows] >= best[cells]) & ~claimed[cells]
        claimed[cells[hit]] = True
        out.append(tuple(pairs.cascade_ids[c] for c in pairs.cascade[rows][hit]))
    return out


# --------------------------------------------------------------------------------------
# α
# --------------------------------------------------------------------------------------


def _initial_alpha(pairs: _Pairs) -> float:
    """Start from 1 / mean gap between each adopter and its latest strictly earlier adopter."""
    if not len(pairs.delta):
        return 1.0
    # the smallest gap of each (adopter, cascade) cell, in a table with one slot per cell: the same
    # numbers in the same (cell) order as sorting the rows by cell and gap, which took 1.5 s of the
    # 100 MB bench graph's 6 s
    nearest = np.full(len(pairs.nodes) * len(pairs.cascade_ids), np.inf)
    np.minimum.at(nearest, pairs.cell, pairs.delta)
    nearest = nearest[nearest < np.inf]
    return 1.0 / float(nearest.mean())


def _estimate_alpha(pairs: _Pairs, epsilon: float, n_edges: int | None, min_improvement: float,
                    p_value_cutoff: float | None, max_rounds: int = 30) -> float:
    alpha = _initial_alpha(pairs)
    for _ in range(max_rounds):
        _, best, _ = _greedy(pairs, alpha, epsilon, n_edges, min_improvement, p_value_cutoff)
        on_tree = best[best > 0]
        if not len(on_tree):
            break
        # a tree edge scores log α − αΔ − log ε, so its delay Δ is read back from the score
        delays = (math.log(alpha) - math.log(epsilon) - on_tree) / alpha
        new = len(delays) / float(delays.sum())  # the exponential MLE given the trees
        converged = abs(new - alpha) <= 1e-3 * alpha
        alpha = new
        if converged:
            break
    return alpha


def _check(epsilon: float, n_edges: int | None, alpha: float | None) -> None:
    if not epsilon > 0:
        raise ValueError("epsilon must be positive")
    if n_edges is not None and n_edges < 0:
        raise ValueError("n_edges must be non-negative")
    if alpha is not None and not alpha > 0:
        raise ValueError("alpha must be positive")


def estimate_alpha(cascades: Mapping[str, Mapping[str, float]], *, n_edges: int | None = None,
                   epsilon: float = DEFAULT_EPSILON, min_improvement: float = 0.0,
                   p_value_cutoff: float | None = 0.05) -> float:
    """The transmission rate α that ``infer_network`` uses when it is not given.

    Alternates the greedy (with the same stopping rule) and the maximum-likelihood rate of
    the exponential given the inferred trees, ``α = #tree edges / Σ delays``, until α moves
    by less than 0.1 % (at most 30 rounds); the start is 1 / the mean gap between each adopter
    and its latest strictly earlier adopter.  Given the trees, the α step is the exact
    maximiser; given α, the greedy is NetInf's approximate one — coordinate ascent in spirit,
    though the stopping rule can change the number of edges between rounds.  Known bias: with
    many adopters per cascade, spurious edges with short delays push α up (≈ 1.2× the true
    rate with ~75 adopters per cascade of 300, ≈ 3× when nearly all adopt); yearly rounding
    pulls it down a little.  With sparse cascades it lands within ~10 % of the true rate.
    """
    _check(epsilon, n_edges, None)
    return _estimate_alpha(_build_pairs(_clean(cascades)), epsilon, n_edges, min_improvement, p_value_cutoff)


def infer_network(cascades: Mapping[str, Mapping[str, float]], *, n_edges: int | None = None,
                  alpha: float | None = None, epsilon: float = DEFAULT_EPSILON,
                  min_improvement: float = 0.0,
                  p_value_cutoff: float | None = 0.05) -> list[InferredEdge]:
    """Infer the diffusion network, edges in the order the greedy chose them.

    ``cascades``: cascade id → {node: adoption time}; ids are turned into strings, missing or
    non-finite times mean "never adopted".  ``n_edges``: infer exactly that many edges (fewer
    if no edge improves the likelihood any more); p-values are still reported.  When
    ``n_edges`` is None the greedy stops at the first edge whose p-value exceeds
    ``p_value_cutoff`` or whose improvement is below ``min_improvement`` (that edge is not
    returned).  ``alpha``: exponential rate per time unit; estimated when None
    (``estimate_alpha``).  ``epsilon``: density of the background ε edge.
    """
    _check(epsilon, n_edges, alpha)
    pairs = _build_pairs(_clean(cascades))
    if alpha is None:
        alpha = _estimate_alpha(pairs, epsilon, n_edges, min_improvement, p_value_cutoff)
    chosen, best, w = _greedy(pairs, alpha, epsilon, n_edges, min_improvement, p_value_cutoff)
    used = _used_in(pairs, chosen, best, w)
    return [
        InferredEdge(pairs.nodes[pairs.edge_u[e]], pairs.nodes[pairs.edge_v[e]], gain, p, cids)
        for (e, gain, p), cids in zip(chosen, used)
    ]


# --------------------------------------------------------------------------------------
# simulation (tests and benchmark)
# --------------------------------------------------------------------------------------


def simulate_transmissions(graph: nx.DiGraph, n_cascades: int, *, alpha: float, seed: int,
                           horizon: float, beta: float = 0.5,
                           integer_times: bool = False) -> dict[str, dict[str, tuple[float, str | None]]]:
    """Like ``simulate_cascades``, with each adopter's true source (None for the seed)."""
    if not alpha > 0 or not 0 <= beta <= 1:
        raise ValueError("alpha must be positive and beta in [0, 1]")
    rng = np.random.default_rng(seed)
    nodes = sorted(graph.nodes, key=str)  # a fixed order makes the draws reproducible
    successors = {n: sorted(graph.successors(n), key=str) for n in nodes}
    width = len(str(max(n_cascades - 1, 0)))
    out: dict[str, dict[str, tuple[float, str | None]]] = {}
    for k in range(n_cascades):
        if not nodes:
            out[f"c{k:0{width}d}"] = {}
            continue
        root = nodes[int(rng.integers(len(nodes)))]
        found: dict = {root: (0.0, None)}
        done: set = set()
        # continuous-time independent cascade: the first arrival along any edge wins
        heap = [(0.0, str(root), root)]
        while heap:
            t, _, u = heapq.heappop(heap)
            if u in done:
                continue
            done.add(u)
            for v in successors[u]:
                if rng.random() >= beta:
                    continue
                tv = t + float(rng.exponential(1.0 / alpha))
                if tv <= horizon and tv < found.get(v, (math.inf,))[0]:
                    found[v] = (tv, u)
                    heapq.heappush(heap, (tv, str(v), v))
        out[f"c{k:0{width}d}"] = {
            str(v): (float(math.floor(t)) if integer_times else t, None if u is None else str(u))
            for v, (t, u) in found.items()
        }
    return out


def simulate_cascades(graph: nx.DiGraph, n_cascades: int, *, alpha: float, seed: int,
                      horizon: float, beta: float = 0.5,
                      integer_times: bool = False) -> dict[str, dict[str, float]]:
    """Independent cascades with exponential delays on ``graph``; deterministic in ``seed``.

    Each cascade starts at time 0 from a node drawn uniformly; when u adopts at t_u, each
    out-neighbour v independently is reached with probability ``beta`` after an Exp(α) delay
    (mean 1/α); v adopts at the earliest arrival.  Adoptions after ``horizon`` are not observed
    (and do not spread).  ``integer_times`` floors the times, as a year of adoption does.
    Node ids are ``str(node)``, cascade ids ``c0, c1, …`` (zero-padded).
    """
    sims = simulate_transmissions(graph, n_cascades, alpha=alpha, seed=seed, horizon=horizon,
                                  beta=beta, integer_times=integer_times)
    return {cid: {v: t for v, (t, _) in adopters.items()} for cid, adopters in sims.items()}

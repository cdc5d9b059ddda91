"""How big a `fazhi show` page stays smooth: layout time, redraw time and filter time by size.

    .venv/bin/python bench/show_page.py [--sizes 100,200,400,800,1600,3000]

Writes pages of synthetic graphs shaped like the real one (60% places, 40% mechanisms, about 1.3 facts per
node, a mechanism's popularity skewed, years 2015-2025, a fifth of the facts undated) with graph/view.py as
`fazhi show` does, but with no --max-nodes cap, opens each file in headless Chromium (tests/_browser.py) and
reports: the time from the start of loading until the layout has settled and physics stopped, the median time
of one redraw (what panning, zooming and hovering cost per frame: under 16.7 ms is 60 frames a second, under
33 ms is 30), and the time the year range takes to hide and show facts. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

MEASURE = """
const done = arguments[arguments.length - 1], api = window.fazhiShow;
const start = Date.now();
(function wait() {
  if (!api.stable && Date.now() - start < 300000) { setTimeout(wait, 20); return; }
  const frames = [];
  for (let i = 0; i < 31; i++) { const a = performance.now(); api.network.redraw(); frames.push(performance.now() - a); }
  frames.sort((a, b) => a - b);
  const a = performance.now(); api.setYears(2015, 2019); api.network.redraw(); api.setYears(); api.network.redraw();
  done({settled: !!api.stable, layout_ms: Math.round(api.settledAt || -1), redraw_ms: +frames[15].toFixed(1),
        years_ms: Math.round((performance.now() - a) / 2)});
})();
"""


def synthetic(n: int, seed: int = 42) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    places, mechs = round(n * 0.6), n - round(n * 0.6)
    for i in range(places):
        g.add_node(f"Place:P{i}", label="Place", name=f"地方{i}市", code=f"P{i}", level="prefecture")
    for i in range(mechs):
        g.add_node(f"Mechanism:M{i}", label="Mechanism", name=f"机制{i}")
    for i in range(round(n * 1.3)):
        p, m = rnd.randrange(places), int(rnd.random() ** 2 * mechs)
        year = None if rnd.random() < 0.2 else 2015 + rnd.randrange(11)
        g.add_edge(f"Place:P{p}", f"Mechanism:M{m}", type="ADOPTED", year=year, year_source="sentence",
                   evidence=f"地方{p}市推行机制{m}", article="标题", document="doc.txt")
    return g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,200,400,800,1600,3000")
    args = ap.parse_args()
    from _browser import browser_or_skip

    from fazhi.graph.view import render, to_view

    rows = []
    with tempfile.TemporaryDirectory() as tmp, browser_or_skip(1400, 1000) as b:
        b.set_script_timeout(400)
        for n in [int(x) for x in args.sizes.split(",")]:
            g = synthetic(n)
            g.remove_nodes_from([x for x in list(g) if g.degree(x) == 0])
            page = render(to_view(g, g, {}, f"bench {n}", max_nodes=None), Path(tmp) / f"{n}.html")
            t = time.time()
            b.get(page.as_uri())
            r = b.execute_async_script(MEASURE)
            r.update(nodes=g.number_of_nodes(), edges=g.number_of_edges(), wall_s=round(time.time() - t, 1))
            rows.append(r)
            print(json.dumps(r), flush=True)
    print(f"\n{'nodes':>6} {'edges':>6} {'layout ms':>10} {'redraw ms':>10} {'years ms':>9}")
    for r in rows:
        print(f"{r['nodes']:>6} {r['edges']:>6} {r['layout_ms']:>10} {r['redraw_ms']:>10} {r['years_ms']:>9}"
              + ("" if r["settled"] else "  (layout did not settle in 300 s)"))


if __name__ == "__main__":
    main()

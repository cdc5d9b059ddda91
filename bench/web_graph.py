"""How big a graph stays smooth in `fazhi serve`'s canvas: layout time and redraw time by size.

    .venv/bin/python bench/web_graph.py [--sizes 50,100,250,500,1000,2000,4000]

Draws synthetic graphs shaped like the real one (places adopting mechanisms, a few honours; about 1.4 edges per
node) with the app's own graph.js and the vis-network bundled in pyvis, in headless Chromium (tests/_browser.py),
and reports for each size: the time until the layout settles (physics then stops), the time one redraw takes
(what panning, zooming, hovering and the year slider cost per frame: under 16.7 ms is 60 frames a second,
under 33 ms is 30), and the time the year control takes to hide and show facts. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

MEASURE = """
const [n, done] = [arguments[0], arguments[arguments.length - 1]];
const rnd = (() => { let s = 42; return () => (s = (s * 16807) % 2147483647) / 2147483647; })();
const places = Math.round(n * 0.6), mechs = n - places, nodes = [], edges = [];
for (let i = 0; i < places; i++) nodes.push({id: 'P' + i, label: '地方' + i + '市', group: 'Place', kind: 'Place', key: 'P' + i});
for (let i = 0; i < mechs; i++) nodes.push({id: 'M' + i, label: '机制' + i, group: 'Mechanism', kind: 'Mechanism', key: 'M' + i});
const m = Math.round(n * 1.4);
for (let i = 0; i < m; i++) {
  const p = 'P' + Math.floor(rnd() * places), q = 'M' + Math.floor(Math.pow(rnd(), 2) * mechs), y = 2015 + Math.floor(rnd() * 11);
  edges.push({id: p + '|' + q + '|' + i, from: p, to: q, type: 'ADOPTED', years: [y], undated: false,
              facts: [{year: y, evidence: p + '推行' + q, document: 'doc.txt', article: '标题'}]});
}
nodes[0].centre = true;
const div = document.createElement('div');
div.id = 'bench'; div.className = 'graph'; div.style.height = '700px';
document.querySelector('main').prepend(div);
const t0 = performance.now();
const g = new window.FazhiGraph(div, {nodes, edges}, {});
const start = Date.now();
(function wait() {
  if (!g.stable && Date.now() - start < 120000) { setTimeout(wait, 20); return; }
  const layout = performance.now() - t0;
  const frames = [];
  for (let i = 0; i < 31; i++) { const a = performance.now(); g.network.redraw(); frames.push(performance.now() - a); }
  frames.sort((a, b) => a - b);
  const a = performance.now(); g.setYear(2019); g.network.redraw(); g.setYear(Infinity); g.network.redraw();
  const slider = (performance.now() - a) / 2;
  done({nodes: n, edges: m, settled: g.stable, layout_ms: Math.round(layout), redraw_ms: +frames[15].toFixed(1),
        year_control_ms: Math.round(slider)});
})();
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,100,250,500,1000,2000,4000")
    args = ap.parse_args()
    from _browser import browser_or_skip, live_server

    from fazhi.web.app import make_app

    def no_store():
        raise RuntimeError("the bench draws synthetic graphs only")

    app = make_app(no_store)
    rows = []
    with live_server(app) as url, browser_or_skip(1400, 1000) as b:
        b.set_script_timeout(300)
        for n in [int(x) for x in args.sizes.split(",")]:
            b.get(url + "/cypher")
            t = time.time()
            r = b.execute_async_script(MEASURE, n)
            r["wall_s"] = round(time.time() - t, 1)
            rows.append(r)
            print(json.dumps(r), flush=True)
    print(f"\n{'nodes':>6} {'edges':>6} {'layout ms':>10} {'redraw ms':>10} {'year ctl ms':>12}")
    for r in rows:
        print(f"{r['nodes']:>6} {r['edges']:>6} {r['layout_ms']:>10} {r['redraw_ms']:>10} {r['year_control_ms']:>12}"
              + ("" if r["settled"] else "  (layout did not settle in 120 s)"))


if __name__ == "__main__":
    main()

"""`fazhi show` pages of the founding corpus in a real browser: Debian's Chromium, headless, no network
(tests/_browser.py), each page opened from its file.

The corpus (../shared/corpus; the tests skip when it is absent) plus one document whose sentence carries a
<script>: every page draws its canvas with no console error and fetches nothing; the overview is legible at the
zoom it opens at (every label drawn is at least 10 pixels high and none overlaps another); hovering an edge
shows its year and basis, evidence, article and file name, and its type; the year range and the undated switch
hide facts; a legend entry hides a relationship type; the <script> shows as text and never runs; past the cap
the page says what it grouped. Screenshots: show_*.png in tests/_browser.screenshot_dir().
"""
from __future__ import annotations

import shutil

import pytest

from _browser import js, console_errors, find_browser, screenshot_dir, start_browser, wait as _wait

_, _, WHY = find_browser()
pytestmark = pytest.mark.skipif(WHY is not None, reason=f"browser tests need Chromium: {WHY}")

WAIT_S = 90  # a generous ceiling for slow machines; nothing asserts how long anything takes
SCRIPT_DOC = ('甲市报告\n2023年，苏州市全面推行“首违不罚”制度<script>document.title="pwned";window.__pwned=1</script>。\n')


@pytest.fixture(scope="module")
def pages(shared_corpus, tmp_path_factory):
    """The pages, written by the command itself: {name: file path}."""
    from click.testing import CliRunner

    from fazhi.cli import main

    tmp = tmp_path_factory.mktemp("showb")
    corpus = tmp / "corpus"
    shutil.copytree(shared_corpus, corpus)
    (corpus / "zz_script.txt").write_text(SCRIPT_DOC, encoding="utf-8")
    db = str(tmp / "g.lbug")
    r = CliRunner().invoke(main, ["load", str(corpus), "--db", db, "--no-progress"])
    assert r.exit_code == 0, r.output
    out = {}
    for name, args in {
        "overview": [],
        "place_yantai": ["--place", "烟台"],
        "mechanism_zonghe": ["--mechanism", "综合查一次", "--depth", "2"],
        "query_paths": ["--query", "MATCH p = (:Place)-[:PIONEERED]->(:Mechanism) RETURN p"],
        "aggregated": ["--max-nodes", "120"],
    }.items():
        path = tmp / f"{name}.html"
        r = CliRunner().invoke(main, ["show", *args, "-o", str(path), "--db", db])
        assert r.exit_code == 0, r.output
        out[name] = path
    return out


@pytest.fixture(scope="module")
def browser():
    b = start_browser(1400, 1000)
    yield b
    b.quit()


def wait(b, condition, message: str):
    return _wait(b, condition, message, WAIT_S)


def open_page(b, path) -> None:
    console_errors(b)  # what an earlier page left in the log
    b.get(path.resolve().as_uri())
    wait(b, lambda d: js(d, "return !!(window.fazhiShow && window.fazhiShow.stable)"), f"{path.name} never settled")


def shot(b, name: str) -> None:
    b.save_screenshot(str(screenshot_dir() / f"show_{name}.png"))


def canvas_ink(b) -> int:
    return js(b, """
        const c = document.querySelector('#graph canvas');
        if (!c) return -1;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;""")


def hover(b, x: float, y: float) -> None:
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    builder = ActionBuilder(b)
    builder.pointer_action.move_to_location(int(x), int(y))
    builder.perform()


def tooltip(b) -> str:
    tip = wait(b, lambda d: next((t for t in d.find_elements("css selector", "div.vis-tooltip")
                                  if t.is_displayed() and t.text.strip()), None), "no tooltip on hover")
    return tip.text


def edge_where(b, condition: str, hoverable: bool = False) -> dict | None:
    """The first drawn edge (its data) for which the JS expression `condition` on e holds; `hoverable`: and
    which the pointer finds at its own midpoint (another edge may cross it there)."""
    alone = ("(() => { const n = window.fazhiShow.network, E = n.body.edges[e.id]; if (!E) return false; "
             "return n.getEdgeAt(n.canvasToDOM(E.edgeType.getPoint(0.5))) === e.id; })()") if hoverable else "true"
    return js(b, f"""
        const vis = new Set(window.fazhiShow.visibleEdgeIds());
        return window.fazhiShow.data.edges.find(e => vis.has(e.id) && ({condition}) && {alone}) || null;""")


def edge_point(b, edge_id) -> dict:
    """A point of the drawn edge where the pointer finds that edge and no other, with every other edge hidden
    (an edge or a node may cross it at its midpoint): the midpoint if it is free, else the nearest free
    fraction of its length."""
    return js(b, """
        const n = window.fazhiShow.network, E = n.body.edges[arguments[0]];
        // the popup takes the last edge near the pointer in its own order: leave only this one drawn
        const others = n.body.data.edges.getIds().filter(id => id !== arguments[0]);
        n.body.data.edges.update(others.map(id => ({id: id, hidden: true})));
        n.stopSimulation();  // positions still settling would move the edge from under the pointer
        n.moveTo({position: E.edgeType.getPoint(0.5), scale: 1.2, animation: false});  // the edge in view
        const c = n.canvas.frame.canvas, w = c.clientWidth, h = c.clientHeight, r = n.body.container.getBoundingClientRect();
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
            const p = n.canvasToDOM(E.edgeType.getPoint(t));  // relative to the canvas; the pointer is the page's
            if (p.x < 5 || p.y < 5 || p.x > w - 5 || p.y > h - 5) continue;
            if (n.getEdgeAt(p) === arguments[0] && n.getNodeAt(p) === undefined) return {x: r.left + p.x, y: r.top + p.y};
        }
        return window.fazhiShow.edgeMidpoint(arguments[0]);""", edge_id)


def not_pwned(b) -> None:
    assert js(b, "return window.__pwned === undefined") is True
    assert b.title != "pwned"


# -- every page -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["overview", "place_yantai", "mechanism_zonghe", "query_paths", "aggregated"])
def test_each_page_draws_offline_with_no_console_error(pages, browser, name):
    b = browser
    open_page(b, pages[name])
    assert canvas_ink(b) > 5000, "the canvas is blank"
    assert js(b, "return window.fazhiShow.network.physics.options.enabled") is False  # the layout stopped
    hosts = js(b, "return performance.getEntriesByType('resource').map(e => e.name)")
    assert hosts == [], hosts  # one file: nothing fetched
    shot(b, name)
    assert console_errors(b) == []
    not_pwned(b)


LABELS = """
const net = window.fazhiShow.network, z = net.getScale(), out = [];
for (const id of Object.keys(net.body.nodes)) {
  const n = net.body.nodes[id];
  if (n.options.hidden || !n.labelModule || !n.labelModule.visible()) continue;
  const s = n.labelModule.size;
  out.push({id: id, px: n.labelModule.fontOptions.size * z, x: s.left, y: s.top, w: s.width, h: s.height});
}
return out;"""


def test_the_overview_is_legible_at_the_zoom_it_opens_at(pages, browser):
    b = browser
    open_page(b, pages["overview"])
    labels = js(b, LABELS)
    places = {n["id"] for n in js(b, "return window.fazhiShow.data.nodes") if n["kind"] == "Place"}
    drawn = {lab["id"] for lab in labels}
    assert len(drawn & places) >= 0.8 * len(places), "most places are named at the opening zoom"
    assert len(labels) >= 60
    small = [lab for lab in labels if lab["px"] < 10]
    assert small == [], f"labels drawn under 10 pixels: {small[:5]}"
    overlaps = []
    for i, a in enumerate(labels):
        for c in labels[i + 1:]:
            dx = min(a["x"] + a["w"], c["x"] + c["w"]) - max(a["x"], c["x"])
            dy = min(a["y"] + a["h"], c["y"] + c["h"]) - max(a["y"], c["y"])
            if dx > 0 and dy > 0:
                overlaps.append((a["id"], c["id"]))
    assert overlaps == [], overlaps[:5]
    # the relationships' types are not drawn until hovered
    assert js(b, "return window.fazhiShow.edges.get().every(e => e.font.size === 0)") is True
    shot(b, "overview_legible")


# -- hover ------------------------------------------------------------------------------------------------
def test_hovering_an_edge_shows_its_facts_and_its_type(pages, browser):
    b = browser
    open_page(b, pages["place_yantai"])
    e = edge_where(b, "e.type === 'ADOPTED' && e.facts.length && e.facts[0].year && e.facts[0].article && e.facts[0].evidence",
                   hoverable=True)
    assert e, "no dated ADOPTED edge around 烟台市"
    f = e["facts"][0]
    for _ in range(3):
        # on a loaded machine the view may still move under the pointer and a node's popup open
        # instead: point at the edge again
        p = edge_point(b, e["id"])
        hover(b, p["x"], p["y"])
        text = tooltip(b)
        if str(f["year"]) in text:
            break
        hover(b, 5, 5)
    assert str(f["year"]) in text and "stated" in text and f["evidence"][:12] in text
    assert "《" + f["article"][:8] in text and f["document"] in text and f["document"].endswith(".txt")
    assert len(f["document"]) < 64 and "烟台市" in text
    wait(b, lambda d: js(d, "return window.fazhiShow.edges.get(arguments[0]).font.size", e["id"]) > 0,
         "the edge's type is not shown on hover")
    shot(b, "edge_hover")
    hover(b, 5, 5)  # away: the type goes again
    wait(b, lambda d: js(d, "return window.fazhiShow.edges.get(arguments[0]).font.size", e["id"]) == 0,
         "the edge's type stays after the pointer left")
    n = js(b, "return window.fazhiShow.nodePoint('Place:370600')")
    hover(b, n["x"], n["y"])
    text = tooltip(b)
    assert "370600" in text and "prefecture" in text and "山东省" in text
    assert console_errors(b) == []


# -- filters ----------------------------------------------------------------------------------------------
def set_range(b, element_id: str, value: int) -> None:
    """Move a slider as a person would: its value changes and it fires input."""
    js(b, """const s = document.getElementById(arguments[0]); s.value = String(arguments[1]);
             s.dispatchEvent(new Event('input', {bubbles: true}));""", element_id, value)


def visible_edges(b) -> set[str]:
    return set(js(b, "return window.fazhiShow.visibleEdgeIds()"))


def test_the_year_range_and_the_undated_switch_hide_facts(pages, browser):
    b = browser
    open_page(b, pages["mechanism_zonghe"])
    dated = edge_where(b, "e.undated === 0 && e.years.length && e.years.every(y => y[0] >= 2023)")
    assert dated, "no edge whose facts are all from 2023 on"
    undated = edge_where(b, "e.undated > 0 && e.years.length === 0")
    assert undated, "no edge of undated facts only"
    before = visible_edges(b)
    assert dated["id"] in before and undated["id"] in before
    set_range(b, "year-to", 2022)
    after = visible_edges(b)
    assert dated["id"] not in after and undated["id"] in after  # facts without a year are not in any range
    assert b.find_element("id", "year-to-out").text == "2022"
    assert "of" in b.find_element("id", "shown").text
    shot(b, "years_to_2022")
    b.find_element("id", "undated").click()
    assert undated["id"] not in visible_edges(b)
    b.find_element("id", "undated").click()
    set_range(b, "year-to", int(b.find_element("id", "year-to").get_attribute("max")))
    assert visible_edges(b) == before
    assert console_errors(b) == []


def test_a_legend_entry_hides_its_relationship_type(pages, browser):
    b = browser
    open_page(b, pages["overview"])
    types = js(b, "return window.fazhiShow.data.edges.map(e => e.type)")
    assert "ADOPTED" in types and "PIONEERED" in types
    b.find_element("css selector", "#edge-legend input[data-key='ADOPTED']").click()
    shown = js(b, "const v = new Set(window.fazhiShow.visibleEdgeIds());"
                  "return window.fazhiShow.data.edges.filter(e => v.has(e.id)).map(e => e.type)")
    assert "ADOPTED" not in shown and "PIONEERED" in shown
    shot(b, "legend_without_adopted")
    b.find_element("css selector", "#edge-legend input[data-key='ADOPTED']").click()
    assert len(visible_edges(b)) == len(types)


# -- a <script> in a document -----------------------------------------------------------------------------
def test_a_script_inside_a_document_shows_as_text_and_never_runs(pages, browser):
    b = browser
    open_page(b, pages["overview"])
    e = edge_where(b, "e.facts.some(f => (f.evidence || '').indexOf('<script>') >= 0)")
    assert e, "the fact with the <script> in its evidence is not drawn"
    p = edge_point(b, e["id"])
    hover(b, p["x"], p["y"])
    text = tooltip(b)
    assert '<script>document.title="pwned"' in text and "zz_script.txt" in text
    shot(b, "script_as_text")
    not_pwned(b)
    assert console_errors(b) == []


def test_past_the_cap_the_page_says_what_it_grouped(pages, browser):
    b = browser
    open_page(b, pages["aggregated"])
    notes = " ".join(n.text for n in b.find_elements("css selector", ".note"))
    assert "more than this page draws at once (120)" in notes and "provinces" in notes
    n = js(b, "return window.fazhiShow.data.nodes.length")
    assert n <= 120
    agg = js(b, "return window.fazhiShow.data.nodes.find(x => x.aggregate && x.kind === 'Place')")
    p = js(b, "return window.fazhiShow.nodePoint(arguments[0])", agg["id"])
    hover(b, p["x"], p["y"])
    assert "places:" in tooltip(b)
    assert console_errors(b) == []

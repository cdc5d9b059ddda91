"""`fazhi serve` in a real browser: Debian's Chromium, headless, no network (tests/_browser.py).

Over the small graph of test_web_app.build_graph: a place found by its short name, its page with the graph
canvas drawn, an edge's evidence on hover and on click, the year control hiding a fact, a mechanism's spread
replayed, a Cypher write refused with its message, and a <script> inside a document (and a mechanism named
like an <img onerror>) never running. Screenshots go to a temporary folder, or out/screenshots with
FAZHI_SCREENSHOTS=1. Skips, saying why, where chromium or chromium-driver is missing.
"""
from __future__ import annotations

import pytest

from _browser import js, console_errors, find_browser, live_server, screenshot_dir, start_browser, wait as _wait
from test_web_app import AWARD_CITY, build_graph, doc_id

_, _, WHY = find_browser()
pytestmark = pytest.mark.skipif(WHY is not None, reason=f"browser tests need Chromium: {WHY}")

WAIT_S = 60  # a generous ceiling for slow machines; nothing asserts how long anything takes


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from fazhi.web.app import app_for

    db = build_graph(tmp_path_factory.mktemp("webb"))
    app = app_for(db)
    with live_server(app) as url:
        yield url, app.test_client()


@pytest.fixture(scope="module")
def browser():
    b = start_browser()
    yield b
    b.quit()


def wait(b, condition, message: str):
    return _wait(b, condition, message, WAIT_S)


def graph_ready(b, gid: str = "graph"):
    wait(b, lambda d: js(d, f"return !!(window.fazhiGraphs && window.fazhiGraphs['{gid}'] && "
                            f"window.fazhiGraphs['{gid}'].stable)"), f"the graph {gid} never settled")


def canvas_ink(b, gid: str = "graph") -> int:
    """How many pixels of the graph's canvas are drawn (not transparent)."""
    return js(b, """
        const c = document.querySelector('#' + arguments[0] + ' canvas');
        if (!c) return -1;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;""", gid)


def shot(b, name: str) -> None:
    b.save_screenshot(str(screenshot_dir() / f"web_{name}.png"))


def hover(b, x: float, y: float) -> None:
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    builder = ActionBuilder(b)
    builder.pointer_action.move_to_location(int(x), int(y))
    builder.perform()


def click_at(b, x: float, y: float) -> None:
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    builder = ActionBuilder(b)
    builder.pointer_action.move_to_location(int(x), int(y)).click()
    builder.perform()


def not_pwned(b) -> None:
    assert js(b, "return window.__pwned === undefined") is True
    assert b.title != "pwned"


def test_search_by_short_name_opens_the_place_with_its_graph_drawn(site, browser):
    url, _ = site
    b = browser
    b.get(url + "/")
    box = b.find_element("id", "q")
    box.send_keys("烟台")
    shot(b, "home_typing")
    box.submit()
    wait(b, lambda d: "/place/370600" in d.current_url, "the search did not open 烟台市")
    assert "烟台市" in b.find_element("id", "entity-name").text
    graph_ready(b)
    assert canvas_ink(b) > 1000  # the canvas is drawn, not blank
    nodes = js(b, "return window.fazhiGraphs.graph.visibleNodeIds()")
    assert {"Place:370600", "Mechanism:综合查一次", "Mechanism:述法"} <= set(nodes)
    shot(b, "place_yantai")
    assert console_errors(b) == []
    not_pwned(b)


def test_hover_and_click_an_edge_show_its_evidence_and_source(site, browser):
    url, _ = site
    b = browser
    b.get(url + "/place/370600")
    graph_ready(b)
    edge = "Place:370600|Mechanism:综合查一次|ADOPTED"
    p = js(b, "return window.fazhiGraphs.graph.edgeMidpoint(arguments[0])", edge)
    assert p, "the edge is not drawn"
    hover(b, p["x"], p["y"])
    tip = wait(b, lambda d: next((t for t in d.find_elements("css selector", "div.vis-tooltip")
                                  if t.is_displayed() and t.text.strip()), None), "no tooltip on hover")
    assert "烟台市2021年推行综合查一次改革" in tip.text and "yantai.txt" in tip.text and "2021" in tip.text
    shot(b, "edge_hover")
    click_at(b, p["x"], p["y"])
    details = b.find_element("id", "graph-details")
    wait(b, lambda d: "烟台市2021年推行综合查一次改革" in details.text, "clicking the edge showed no evidence")
    assert "《烟台市法治政府建设情况报告》" in details.text
    link = details.find_element("css selector", "a")
    assert "/document/" in link.get_attribute("href") and "#at-" in link.get_attribute("href")
    shot(b, "edge_click")
    link.click()  # to the passage in its document
    wait(b, lambda d: "/document/" in d.current_url, "the source link did not open the document")
    target = b.find_element("css selector", "a.fact-mark.target")
    assert "烟台市2021年推行综合查一次改革" in target.text
    not_pwned(b)


def test_the_year_control_hides_later_facts(site, browser):
    from selenium.webdriver.common.keys import Keys

    url, _ = site
    b = browser
    b.get(url + "/place/370600")
    graph_ready(b)
    rows = {r.get_attribute("data-year"): r for r in b.find_elements("css selector", "#facts tr[data-year]")}
    assert rows["2023"].is_displayed() and rows[""].is_displayed()
    slider = b.find_element("id", "graph-year")
    slider.send_keys(Keys.HOME)  # the earliest year: 2021
    wait(b, lambda d: d.find_element("id", "graph-year-out").text == "2021", "the slider did not move")
    edges = set(js(b, "return window.fazhiGraphs.graph.visibleEdgeIds()"))
    assert "Place:370600|Mechanism:综合查一次|ADOPTED" in edges
    assert "Place:370600|Mechanism:述法|ADOPTED" not in edges  # 2023: hidden
    assert not rows["2023"].is_displayed() and rows["2021"].is_displayed()
    assert "Mechanism:述法" not in js(b, "return window.fazhiGraphs.graph.visibleNodeIds()")
    b.find_element("id", "graph-undated").click()  # and the undated fact (首违不罚) goes too
    assert not rows[""].is_displayed()
    assert "Place:370600|Mechanism:首违不罚|ADOPTED" not in js(b, "return window.fazhiGraphs.graph.visibleEdgeIds()")
    shot(b, "year_2021")
    slider.send_keys(Keys.END)
    wait(b, lambda d: rows["2023"].is_displayed(), "moving the slider back did not show the fact again")


def test_click_a_node_expands_it(site, browser):
    url, _ = site
    b = browser
    b.get(url + "/place/370600")
    graph_ready(b)
    assert "Place:330400" not in js(b, "return window.fazhiGraphs.graph.visibleNodeIds()")
    js(b, "return window.fazhiGraphs.graph.expand('Mechanism:综合查一次')")  # what a click on the node does
    wait(b, lambda d: "Place:330400" in js(d, "return window.fazhiGraphs.graph.visibleNodeIds()"),
         "expanding 综合查一次 did not bring its other adopters")
    graph_ready(b)
    p = js(b, """const g = window.fazhiGraphs.graph, pos = g.network.getPositions(['Mechanism:述法'])['Mechanism:述法'],
                 d = g.network.canvasToDOM(pos), r = g.container.getBoundingClientRect();
                 return {x: r.left + d.x, y: r.top + d.y};""")
    click_at(b, p["x"], p["y"])  # a real click on the 述法 node
    wait(b, lambda d: "Place:320500" in js(d, "return window.fazhiGraphs.graph.visibleNodeIds()"),
         "clicking 述法 did not expand it")
    assert "述法" in b.find_element("id", "graph-details").text
    shot(b, "expanded")


def test_mechanism_spread_replays_year_by_year(site, browser):
    from selenium.webdriver.common.keys import Keys

    url, _ = site
    b = browser
    b.get(url + "/mechanism/综合查一次")
    graph_ready(b, "spread")
    assert canvas_ink(b, "spread") > 1000
    slider = b.find_element("id", "spread-year")
    slider.send_keys(Keys.HOME)
    wait(b, lambda d: d.find_element("id", "spread-year-out").text == "2018", "the slider did not move")
    shown = set(js(b, "return window.fazhiGraphs.spread.visibleNodeIds()"))
    assert "Place:330400" in shown and "Place:370600" not in shown and "Place:320500" not in shown
    timeline = {r.find_elements("tag name", "td")[2].get_attribute("textContent"): r for r in b.find_elements("css selector", "#timeline tr[data-year]")}
    assert timeline["嘉兴市"].is_displayed() and not timeline["烟台市"].is_displayed()
    shot(b, "spread_2018")
    b.find_element("id", "spread-play").click()
    wait(b, lambda d: d.find_element("id", "spread-year-out").text == "2021", "the replay did not reach 2021")
    wait(b, lambda d: "Place:370600" in js(d, "return window.fazhiGraphs.spread.visibleNodeIds()"),
         "烟台市 (2021) did not appear")
    imgs = js(b, "return [...document.querySelectorAll('.pictures img')].map(i => i.complete && i.naturalWidth)")
    wait(b, lambda d: all(js(d, "return [...document.querySelectorAll('.pictures img')]"
                                "  .map(i => i.complete && i.naturalWidth > 0)")), f"curve or map not drawn: {imgs}")
    shot(b, "spread_replayed")
    slider.send_keys(Keys.END)
    assert console_errors(b) == []


def test_a_cypher_write_is_refused_with_the_message(site, browser):
    url, client = site
    b = browser
    b.get(url + "/cypher")
    box = b.find_element("id", "cypher-q")
    box.clear()
    box.send_keys("CREATE (:Place {code: 'x', name: '写入'})")
    b.find_element("id", "cypher-run").click()
    err = wait(b, lambda d: next(iter(d.find_elements("id", "cypher-error")), None), "no refusal shown")
    assert "read-only" in err.text and "CREATE" in err.text
    shot(b, "cypher_refused")
    assert client.post("/api/cypher", json={"query": "MATCH (p:Place {code: 'x'}) RETURN p"}).get_json()["rows"] == []
    box = b.find_element("id", "cypher-q")
    box.clear()
    box.send_keys("MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p, r, m")
    b.find_element("id", "cypher-run").click()
    wait(b, lambda d: d.find_elements("id", "cypher-rows"), "no result table")
    graph_ready(b, "cypher-graph")
    assert canvas_ink(b, "cypher-graph") > 1000
    shot(b, "cypher_graph")


def test_a_script_inside_a_document_does_not_run(site, browser):
    url, client = site
    b = browser
    did = doc_id(client, "yantai.txt")
    for path in (f"/document/{did}", "/place/370600", f"/award/{AWARD_CITY}", "/search?q=img"):
        b.get(url + path)
        wait(b, lambda d: d.execute_script("return document.readyState") == "complete", "page did not load")
        not_pwned(b)
    # the document page shows the text, markup and all, as text
    b.get(url + f"/document/{did}")
    text = b.find_element("css selector", ".doc-text").text
    assert '<script>document.title="pwned";window.__pwned=1</script>' in text
    marks = b.find_elements("css selector", ".doc-text a.fact-mark")
    assert any("<script>" in m.text for m in marks)  # the naming's evidence starts with it, marked
    shot(b, "document_with_script")
    # tooltips show it as text too
    b.get(url + "/place/370600")
    graph_ready(b)
    p = js(b, "return window.fazhiGraphs.graph.edgeMidpoint(arguments[0])",
           f"Place:370600|Award:{AWARD_CITY}|NAMED_DEMONSTRATION_CITY")
    click_at(b, p["x"], p["y"])
    details = b.find_element("id", "graph-details")
    wait(b, lambda d: "<script>" in details.text, "the evidence was not shown as text")
    not_pwned(b)
    assert js(b, "return document.querySelectorAll('#graph-details script, #graph-details img').length") == 0


def test_unknown_place_page_offers_close_names(site, browser):
    url, _ = site
    b = browser
    b.get(url + "/place/烟台县")
    links = b.find_elements("css selector", "#suggestions a")
    assert links and links[0].text == "烟台市"
    links[0].click()
    wait(b, lambda d: "/place/370600" in d.current_url, "the suggestion did not open 烟台市")


def test_pages_load_nothing_from_the_network(site, browser):
    url, _ = site
    b = browser
    console_errors(b)  # what earlier tests left in the log
    for path in ("/", "/place/370600", "/mechanism/综合查一次", "/cypher", "/documents"):
        b.get(url + path)
        wait(b, lambda d: d.execute_script("return document.readyState") == "complete", "page did not load")
        hosts = js(b, "return performance.getEntriesByType('resource').map(e => new URL(e.name).host)")
        assert set(hosts) <= {url.split("//", 1)[1]}, hosts
        assert console_errors(b) == [], path


def test_real_corpus_pages_draw_without_console_errors(shared_corpus, tmp_path, browser):
    from fazhi.graph.load import load
    from fazhi.web.app import app_for

    db = str(tmp_path / "real.lbug")
    load([str(shared_corpus)], db=db)
    app = app_for(db)
    client = app.test_client()
    place = client.get("/api/search?q=烟台").get_json()["resolved"] or client.get("/api/search?q=市").get_json()["hits"][0]
    top = client.post("/api/cypher", json={"query": "MATCH (m:Mechanism)<-[:ADOPTED]-(p:Place) RETURN m.name AS m, "
                                                    "count(p) AS n ORDER BY n DESC, m LIMIT 1"}).get_json()["rows"][0][0]
    b = browser
    console_errors(b)
    with live_server(app) as url:
        b.get(url + place["url"])
        graph_ready(b)
        assert canvas_ink(b) > 1000
        shot(b, "real_place")
        b.get(url + "/mechanism/" + top)
        graph_ready(b, "spread")
        assert canvas_ink(b, "spread") > 1000
        shot(b, "real_mechanism")
        b.get(url + "/documents")
        b.find_element("css selector", "#documents a").click()
        wait(b, lambda d: d.find_elements("css selector", ".doc-text a.fact-mark"), "no facts marked")
        shot(b, "real_document")
        assert console_errors(b) == []

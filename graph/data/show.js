/* fazhi show: the page's graph (vis-network, inlined from the installed pyvis) with its legend, filters and
 * tooltips. The data come from the JSON island #fazhi-data; every text from it reaches the page through
 * textContent (tooltips and the legend are DOM nodes built here), never as markup.
 *
 * window.fazhiShow exposes the network and the filters, for tests and for the curious.
 */
(function () {
  "use strict";

  var FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif";
  var DATA = JSON.parse(document.getElementById("fazhi-data").textContent);
  var KIND_NAMES = { Place: "Place", Body: "Body", Mechanism: "Mechanism", Award: "Award" };
  var GLYPH = { dot: "●", square: "■", diamond: "◆", star: "★" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function yearOf(f) {
    if (f.year !== undefined && f.year !== null) {
      return String(f.year) + (f.year_source ? " — stated (" + f.year_source + ")" : " — stated");
    }
    if (f.reported) return "no year stated — reported " + f.reported + " (the article's date: an upper bound)";
    return "no year";
  }

  function yearSpan(e) {
    var ys = e.years.map(function (p) { return p[0]; });
    var s = ys.length ? (ys[0] === ys[ys.length - 1] ? String(ys[0]) : ys[0] + "–" + ys[ys.length - 1]) : "";
    if (e.undated) s += (s ? ", " : "") + e.undated + " without a year";
    return s;
  }

  function edgeTip(e, from, to) {
    var d = el("div", "tip");
    var head = el("div", "tip-head");
    head.appendChild(el("b", null, e.type));
    head.appendChild(el("span", null, "  " + from + " → " + to));
    d.appendChild(head);
    if (e.count > 1) d.appendChild(el("div", "tip-sub", e.count + " facts" + (yearSpan(e) ? ": " + yearSpan(e) : "")));
    e.facts.forEach(function (f) {
      var b = el("div", "fact");
      if (e.derived) {
        Object.keys(f).forEach(function (k) { b.appendChild(el("div", null, k + ": " + f[k])); });
        d.appendChild(b);
        return;
      }
      var qual = [];
      ["scope", "mode", "batch", "level", "project", "edition"].forEach(function (k) {
        if (f[k] !== undefined && f[k] !== null && f[k] !== "") qual.push(k + ": " + f[k]);
      });
      b.appendChild(el("div", "year", yearOf(f) + (qual.length ? " · " + qual.join(" · ") : "")));
      if (f.evidence) b.appendChild(el("div", "evidence", "“" + f.evidence + "”"));
      var src = [];
      if (f.article) src.push("《" + f.article + "》");
      if (f.document) src.push(f.document);
      if (src.length) b.appendChild(el("div", "source", src.join("  ")));
      d.appendChild(b);
    });
    if (e.count > e.facts.length && !e.structural) {
      d.appendChild(el("div", "more", "+" + (e.count - e.facts.length) + " more facts"));
    }
    return d;
  }

  function nodeTip(n) {
    var d = el("div", "tip");
    d.appendChild(el("b", null, n.name));
    d.appendChild(el("div", "tip-sub", (KIND_NAMES[n.kind] || n.kind) + (n.aggregate ? " (grouped)" : "")));
    if (n.props && n.props.length) {
      var t = el("table", "props");
      n.props.forEach(function (p) {
        var tr = el("tr");
        tr.appendChild(el("th", null, p[0]));
        tr.appendChild(el("td", null, p[1]));
        t.appendChild(tr);
      });
      d.appendChild(t);
    }
    if (n.aggregate) {
      var m = (n.members || []).join("、") + (n.more ? " … +" + n.more : "");
      d.appendChild(el("div", "members", n.weight + (n.kind === "Place" ? " places: " : " mechanisms: ") + m));
    } else if (n.kind === "Mechanism") {
      d.appendChild(el("div", "weight", "adopted by " + n.weight + (n.weight === 1 ? " place" : " places")));
    } else {
      d.appendChild(el("div", "weight", n.weight + (n.weight === 1 ? " neighbour" : " neighbours") + " through facts"));
    }
    return d;
  }

  var style = DATA.style, edgeColours = DATA.edgeColours;
  var byId = {};
  DATA.nodes.forEach(function (n) { byId[n.id] = n; });
  var big = DATA.edges.length > 300;

  var degree = {};
  DATA.edges.forEach(function (e) {
    degree[e.from] = (degree[e.from] || 0) + 1;
    degree[e.to] = (degree[e.to] || 0) + 1;
  });
  var visNodes = DATA.nodes.map(function (n) {
    var s = style[n.kind] || { color: "#95a5a6", shape: "dot" };
    return {
      // a hub pushes harder, so hubs spread apart and their leaves gather round them
      id: n.id, label: n.name, shape: s.shape, size: n.size, title: nodeTip(n), mass: 1 + Math.log(1 + (degree[n.id] || 0)),
      color: { background: s.color, border: n.centre ? "#111111" : "#2c3e50",
               highlight: { background: s.color, border: "#000000" }, hover: { background: s.color, border: "#000000" } },
      borderWidth: n.centre ? 3 : (n.aggregate ? 2.5 : 1),
      shapeProperties: { borderDashes: n.aggregate ? [5, 4] : false },
      font: { size: n.font, face: FONT, color: "#1b1b1b", strokeWidth: Math.max(3, n.font / 6), strokeColor: "#ffffff" }
    };
  });
  var visEdges = DATA.edges.map(function (e) {
    var a = byId[e.from] ? byId[e.from].name : e.from, b = byId[e.to] ? byId[e.to].name : e.to;
    return {
      id: e.id, from: e.from, to: e.to, title: edgeTip(e, a, b),
      label: e.type + (e.count > 1 ? " ×" + e.count : ""),
      font: { size: 0, face: FONT, color: "#222222", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      color: { color: edgeColours[e.type] || "#999999", highlight: "#000000", hover: "#222222", opacity: 0.85 },
      width: Math.min(8, 1.2 + Math.log(e.count) / Math.LN2), dashes: !!e.structural,
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      smooth: big ? false : { type: "continuous" }
    };
  });

  var nodes = new vis.DataSet(visNodes), edges = new vis.DataSet(visEdges);
  var container = document.getElementById("graph");
  var n = DATA.nodes.length;
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: n <= 150 },
    nodes: { scaling: { label: { drawThreshold: 11, maxVisible: 34 } } },
    edges: { selectionWidth: 1.5, hoverWidth: 1.2 },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -55, centralGravity: 0.012, springLength: 70, springConstant: 0.09,
                          damping: 0.5, avoidOverlap: 0.4 },
      maxVelocity: 60, minVelocity: 0.75, adaptiveTimestep: true,
      stabilization: { enabled: true, iterations: n > 1000 ? 200 : (n > 250 ? 600 : 400), updateInterval: 50, fit: true }
    },
    interaction: { hover: true, tooltipDelay: 80, hideEdgesOnDrag: big, navigationButtons: false, keyboard: false,
                   multiselect: false }
  });

  var state = { stable: false, from: null, to: null, undated: true, kinds: {}, types: {} };
  var api = { network: network, nodes: nodes, edges: edges, data: DATA, state: state };
  window.fazhiShow = api;

  // Labels are sized for the zoom the page opens at: a node that matters (a place, an award, a group, the
  // centre, anything with several neighbours) gets a label readable with the whole graph in view, a leaf one of
  // 11 pixels where it has room. vis-network draws no label under 10 pixels (drawThreshold), so the opening view
  // holds no unreadable text, and a label left out for lack of room appears as one zooms in.
  function screenPx(x) {
    if (x.centre) return 22;
    var w = Math.max(1, x.weight || 1);
    if (x.kind === "Place" || x.kind === "Award" || x.aggregate || w >= 2) return Math.min(24, 12 + 2.2 * Math.sqrt(w - 1));
    return 11;  // a leaf: labelled where its label has room, after every node that matters
  }

  var RANK = { Place: 0, Award: 1, Mechanism: 2, Body: 3 };
  var measure = document.createElement("canvas").getContext("2d");

  // Labels that would overlap at the opening zoom: the more important one (the centre, a group, a place, an
  // award, then by weight) keeps its size, the other falls back to 14 units and shows once one zooms in.
  function sizeLabels() {
    var z = network.getScale(), pos = network.getPositions(), placed = [], up = [];
    // (a label of f units is f × z pixels at zoom z: 9.5 / z units stays under the threshold until one zooms in)
    var order = DATA.nodes.slice().sort(function (a, b) {
      return (b.centre ? 1 : 0) - (a.centre ? 1 : 0) || (screenPx(a) === 11) - (screenPx(b) === 11) ||
        (b.aggregate ? 1 : 0) - (a.aggregate ? 1 : 0) ||
        (RANK[a.kind] || 0) - (RANK[b.kind] || 0) || (b.weight || 0) - (a.weight || 0);
    });
    order.forEach(function (x) {
      var want = screenPx(x), f = 14, p = pos[x.id];
      if (want && p) {
        f = Math.max(14, want / z);
        measure.font = f + "px " + FONT;
        var w = measure.measureText(x.name).width + f * 0.3, h = f * 1.3, top = p.y + (x.size || 10) + 2;
        var box = { x0: p.x - w / 2, x1: p.x + w / 2, y0: top, y1: top + h };
        var clash = placed.some(function (o) { return box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1; });
        if (clash && !x.centre) f = Math.min(14, 9.5 / z); else placed.push(box);
      } else {
        f = Math.min(14, 9.5 / z);
      }
      base[x.id] = f;
      up.push({ id: x.id, font: { size: f, strokeWidth: Math.max(3, f / 5) } });
    });
    nodes.update(up);
    drawn = {};
    Object.keys(base).forEach(function (id) { drawn[id] = base[id]; });
  }

  // Zooming in, a label sized for the whole graph would grow past reading size: no label is drawn larger than
  // MAX_PX pixels (vis-network's own maxVisible does not cap the drawing in 9.1).
  var MAX_PX = 26, base = {}, drawn = {}, pending = false;
  function capLabels() {
    pending = false;
    var z = network.getScale(), up = [];
    Object.keys(base).forEach(function (id) {
      var f = Math.min(base[id], MAX_PX / z);
      if (Math.abs(f - drawn[id]) > 0.01 * drawn[id]) {
        drawn[id] = f;
        up.push({ id: id, font: { size: f, strokeWidth: Math.max(3, f / 5) } });
      }
    });
    if (up.length) nodes.update(up);
  }
  var lastScale = null;
  network.on("afterDrawing", function () {  // any change of zoom: the wheel, a pinch, focus() or fit()
    var z = network.getScale();
    if (z !== lastScale && state.stable && !pending) {
      lastScale = z;
      pending = true;
      window.requestAnimationFrame(capLabels);
    }
  });

  // a layout is round and a screen is wide: stretch it sideways (labels are wide too) before fitting it
  function widen() {
    var pos = network.getPositions(), ids = Object.keys(pos);
    if (ids.length < 12) return;
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      x0 = Math.min(x0, pos[id].x); x1 = Math.max(x1, pos[id].x);
      y0 = Math.min(y0, pos[id].y); y1 = Math.max(y1, pos[id].y);
    });
    var r = container.getBoundingClientRect();
    var want = r.width / Math.max(1, r.height), have = (x1 - x0) / Math.max(1, y1 - y0);
    var k = Math.min(1.8, want / Math.max(0.2, have));
    if (k <= 1.05) return;
    var cx = (x0 + x1) / 2;
    // one batch (moveNode would redraw once per node)
    nodes.update(ids.map(function (id) { return { id: id, x: cx + (pos[id].x - cx) * k, y: pos[id].y }; }));
  }

  function settle() {
    if (state.stable) return;
    network.setOptions({ physics: { enabled: false } });  // laid out: nothing moves any more
    widen();
    network.fit({ animation: false, maxZoomLevel: 1.2 });
    sizeLabels();
    network.fit({ animation: false, maxZoomLevel: 1.2 });  // the labels are part of what must fit
    sizeLabels();  // for the zoom the page now opens at
    state.stable = true;
    api.stable = true;
    api.settledAt = performance.now();  // ms since the page began to load (bench/show_page.py reads it)
  }
  network.once("stabilizationIterationsDone", settle);
  network.on("stabilized", settle);
  if (!DATA.nodes.length) settle();  // nothing to lay out

  // a relationship's type shows while the pointer is on it, not always
  network.on("hoverEdge", function (p) { edges.update({ id: p.edge, font: { size: 13 } }); });
  network.on("blurEdge", function (p) { edges.update({ id: p.edge, font: { size: 0 } }); });
  container.addEventListener("mouseleave", function () {  // the pointer left the canvas: no type stays drawn
    var shown = edges.get({ filter: function (e) { return e.font && e.font.size > 0; } });
    if (shown.length) edges.update(shown.map(function (e) { return { id: e.id, font: { size: 0 } }; }));
  });

  // -- filters: node kinds, relationship types, a year range, facts without a year --------------------------
  var years = [];
  DATA.edges.forEach(function (e) { e.years.forEach(function (p) { years.push(p[0]); }); });
  var minY = years.length ? Math.min.apply(null, years) : null, maxY = years.length ? Math.max.apply(null, years) : null;
  state.from = minY;
  state.to = maxY;

  function edgeShown(e) {
    if (state.types[e.type] === false) return false;
    var a = byId[e.from], b = byId[e.to];
    if (!a || !b || state.kinds[a.kind] === false || state.kinds[b.kind] === false) return false;
    if (e.structural || e.derived) return true;
    if (e.undated && state.undated) return true;
    for (var i = 0; i < e.years.length; i++) {
      var y = e.years[i][0];
      if ((state.from === null || y >= state.from) && (state.to === null || y <= state.to)) return true;
    }
    return false;
  }

  var hadEdges = {};
  DATA.edges.forEach(function (e) { hadEdges[e.from] = true; hadEdges[e.to] = true; });
  var centre = {};
  (DATA.centres || []).forEach(function (c) { centre[c] = true; });

  function apply() {
    var on = {}, en = 0, nn = 0, eu = [], nu = [];
    DATA.edges.forEach(function (e) {
      var s = edgeShown(e);
      if (s) { on[e.from] = true; on[e.to] = true; en++; }
      var cur = edges.get(e.id, { fields: ["hidden"] });
      if (!!cur.hidden === s) eu.push({ id: e.id, hidden: !s });
    });
    DATA.nodes.forEach(function (x) {
      var s = state.kinds[x.kind] !== false && (on[x.id] || centre[x.id] || !hadEdges[x.id]);
      if (s) nn++;
      var cur = nodes.get(x.id, { fields: ["hidden"] });
      if (!!cur.hidden === s) nu.push({ id: x.id, hidden: !s });
    });
    if (eu.length) edges.update(eu);
    if (nu.length) nodes.update(nu);
    var shown = document.getElementById("shown");
    if (shown) shown.textContent = nn + " of " + DATA.nodes.length + " nodes, " + en + " of " + DATA.edges.length +
      " relationships shown";
  }

  function legendItem(parent, key, text, swatch, counts, onToggle) {
    var lab = el("label", "legend-item");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-key", key);
    box.addEventListener("change", function () { onToggle(box.checked); apply(); });
    lab.appendChild(box);
    lab.appendChild(swatch);
    lab.appendChild(el("span", null, text + " " + counts));
    parent.appendChild(lab);
  }

  var kindCount = {}, typeCount = {};
  DATA.nodes.forEach(function (x) { kindCount[x.kind] = (kindCount[x.kind] || 0) + 1; });
  DATA.edges.forEach(function (e) { typeCount[e.type] = (typeCount[e.type] || 0) + 1; });
  var nl = document.getElementById("node-legend"), elg = document.getElementById("edge-legend");
  Object.keys(style).forEach(function (k) {
    if (!kindCount[k]) return;
    var sw = el("span", "glyph", GLYPH[style[k].shape] || "●");
    sw.style.color = style[k].color;
    legendItem(nl, k, k, sw, kindCount[k], function (v) { state.kinds[k] = v; });
  });
  Object.keys(typeCount).sort().forEach(function (t) {
    var sw = el("span", "line");
    sw.style.borderTopColor = edgeColours[t] || "#999999";
    if (DATA.structural.indexOf(t) >= 0) sw.style.borderTopStyle = "dashed";
    legendItem(elg, t, t, sw, typeCount[t], function (v) { state.types[t] = v; });
  });

  var yf = document.getElementById("year-from"), yt = document.getElementById("year-to");
  var yfo = document.getElementById("year-from-out"), yto = document.getElementById("year-to-out");
  var und = document.getElementById("undated");
  if (minY === null) {
    [yf, yt, yfo, yto].forEach(function (x) { x.hidden = true; });
  } else {
    [yf, yt].forEach(function (x) { x.min = String(minY); x.max = String(maxY); x.step = "1"; });
    yf.value = String(minY);
    yt.value = String(maxY);
    yfo.textContent = String(minY);
    yto.textContent = String(maxY);
    var onYears = function (moved) {
      var a = Number(yf.value), b = Number(yt.value);
      if (a > b) { if (moved === yf) { yt.value = String(a); b = a; } else { yf.value = String(b); a = b; } }
      state.from = a;
      state.to = b;
      yfo.textContent = String(a);
      yto.textContent = String(b);
      apply();
    };
    yf.addEventListener("input", function () { onYears(yf); });
    yt.addEventListener("input", function () { onYears(yt); });
  }
  und.addEventListener("change", function () { state.undated = und.checked; apply(); });

  api.setYears = function (a, b) {
    state.from = a === undefined ? minY : a;
    state.to = b === undefined ? maxY : b;
    if (minY !== null) {
      yf.value = String(state.from === null ? minY : state.from);
      yt.value = String(state.to === null ? maxY : state.to);
      yfo.textContent = yf.value;
      yto.textContent = yt.value;
    }
    apply();
  };
  api.setUndated = function (b) { state.undated = !!b; und.checked = !!b; apply(); };
  api.visibleEdgeIds = function () { return edges.getIds({ filter: function (e) { return !e.hidden; } }); };
  api.visibleNodeIds = function () { return nodes.getIds({ filter: function (x) { return !x.hidden; } }); };
  // where an edge's midpoint and a node are on the page (viewport pixels): for tests that hover them
  api.edgeMidpoint = function (id) {
    var e = network.body.edges[id];
    if (!e) return null;
    var p = e.edgeType.getPoint(0.5), d = network.canvasToDOM(p), r = container.getBoundingClientRect();
    return { x: r.left + d.x, y: r.top + d.y };
  };
  api.nodePoint = function (id) {
    var p = network.getPositions([id])[id];
    if (!p) return null;
    var d = network.canvasToDOM(p), r = container.getBoundingClientRect();
    return { x: r.left + d.x, y: r.top + d.y };
  };
  apply();
})();

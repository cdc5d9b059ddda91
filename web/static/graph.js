/* fazhi-graph: a graph canvas (vis-network, served from the installed pyvis) with a year control.
 *
 * Every graph on a page is a <div data-graph="ID-OF-JSON"> beside a <script type="application/json"> data
 * island, and its controls are inputs with data-for="DIV-ID" and a data-role (year, undated, structural,
 * play, geo). Text from documents only ever reaches the page through textContent: tooltips and the details
 * panel are built as DOM nodes, never from HTML strings.
 */
(function () {
  "use strict";

  var STYLE = {
    Place: { color: "#2f7ed8", shape: "dot" },
    Body: { color: "#8e44ad", shape: "box" },
    Mechanism: { color: "#27ae60", shape: "diamond" },
    Award: { color: "#e67e22", shape: "star" }
  };
  var EDGE = {
    ADOPTED: "#7f8c8d", PIONEERED: "#c0392b", PROMOTED_BY: "#8e44ad", NAMED_DEMONSTRATION_CITY: "#e67e22",
    NAMED_DEMONSTRATION_PROJECT: "#d35400", HONOURED: "#f39c12", CANDIDATE: "#c9a800", LEARNED_FROM: "#2980b9",
    INFLUENCED: "#1abc9c", INSTANCE_OF: "#16a085", PART_OF: "#bdc3c7", LOCATED_IN: "#bdc3c7"
  };
  var FONT = "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Source Han Sans SC', sans-serif";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function yearText(f) {
    if (f.year !== null && f.year !== undefined) {
      return String(f.year) + (f.year_source ? " (" + f.year_source + ")" : "");
    }
    if (f.reported) return "no year stated; reported " + f.reported;
    return "no year";
  }

  function factBlock(f, full) {
    var d = el("div", "fact");
    var head = [yearText(f)];
    ["scope", "mode", "batch", "level", "project"].forEach(function (k) {
      if (f[k] !== null && f[k] !== undefined && f[k] !== "") head.push(k + ": " + f[k]);
    });
    d.appendChild(el("div", "fact-head", head.join(" · ")));
    if (f.evidence) d.appendChild(el("div", "evidence", "“" + f.evidence + "”"));
    var src = [];
    if (f.document) src.push(f.document);
    if (f.article) src.push("《" + f.article + "》");
    if (src.length) {
      var s = el("div", "source");
      if (full && f.document_url) {
        var a = el("a", null, src.join(" · "));
        a.href = f.document_url;
        s.appendChild(a);
      } else {
        s.textContent = src.join(" · ");
      }
      d.appendChild(s);
    }
    return d;
  }

  function edgeTip(e) {
    var d = el("div", "tip");
    d.appendChild(el("b", null, e.type));
    var facts = e.facts || [];
    facts.slice(0, 3).forEach(function (f) { d.appendChild(factBlock(f, false)); });
    if (facts.length > 3) d.appendChild(el("div", "more", "+" + (facts.length - 3) + " more: click the edge"));
    return d;
  }

  function nodeTip(n) {
    var d = el("div", "tip");
    d.appendChild(el("b", null, n.label));
    d.appendChild(el("div", null, n.kind + (n.extra ? " · " + n.extra : "") + (n.key && n.key !== n.label ? " · " + n.key : "")));
    if (n.year !== undefined) d.appendChild(el("div", null, "first year: " + (n.year === null ? "none" : n.year)));
    d.appendChild(el("div", "more", "click: expand · double-click: open its page"));
    return d;
  }

  function Graph(container, data, opts) {
    var self = this;
    this.container = container;
    this.opts = opts || {};
    this.year = Infinity;
    this.undated = true;
    this.structural = !!this.opts.structural;
    this.geo = !!this.opts.geo;
    this.expanded = {};
    this.nodes = new vis.DataSet();
    this.edges = new vis.DataSet();
    this.visible = {};
    this.edgeView = new vis.DataView(this.edges, { filter: function (e) { return self.edgeShown(e.raw); } });
    this.nodeView = new vis.DataView(this.nodes, { filter: function (n) { return !!self.visible[n.id]; } });
    // past a few hundred edges curved edges cost more per frame than they help (bench/web_graph.py)
    this.big = (data.edges || []).length > 300;
    // a little more room between a centre and its neighbours when there are many of them (labels clear)
    var spring = Math.min(170, Math.max(110, 6 * (data.nodes || []).length));
    this.add(data, true);
    this.network = new vis.Network(container, { nodes: this.nodeView, edges: this.edgeView }, {
      autoResize: true,
      nodes: { font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
      edges: { smooth: this.big ? false : { type: "continuous" }, width: 1.4, selectionWidth: 2.5, hoverWidth: 1.5,
               font: { face: FONT, size: 10 } },
      physics: { enabled: !this.geo, solver: "forceAtlas2Based", adaptiveTimestep: true,
                 forceAtlas2Based: { gravitationalConstant: -60, springLength: spring },
                 stabilization: { iterations: 250, fit: true } },
      interaction: { hover: true, tooltipDelay: 120, navigationButtons: false, keyboard: false }
    });
    if (this.opts.centre) this.expanded[this.opts.centre] = true;
    this.stable = this.geo;  // laid out: nodes no longer move (tests wait for it)
    var settle = function () {
      self.network.setOptions({ physics: { enabled: false } });  // stop moving once laid out
      self.stable = true;
    };
    this.network.on("stabilizationIterationsDone", settle);
    this.network.on("stabilized", settle);
    this.network.on("click", function (p) {
      if (p.nodes.length) {
        self.showNode(p.nodes[0]);
        if (self.opts.expand !== false) self.expand(p.nodes[0]);
      } else if (p.edges.length) {
        self.showEdge(p.edges[0]);
      }
    });
    this.network.on("doubleClick", function (p) {
      var n = p.nodes.length ? self.nodes.get(p.nodes[0]) : null;
      if (n && n.raw.url) window.location.href = n.raw.url;
    });
    if (this.geo) this.network.fit();
  }

  Graph.prototype.visNode = function (n) {
    var s = STYLE[n.group] || { color: "#95a5a6", shape: "dot" };
    var v = { id: n.id, label: n.label, title: nodeTip(n), shape: s.shape, raw: n,
              color: { background: s.color, border: n.pioneer ? "#c0392b" : "#34495e",
                       highlight: { background: s.color, border: "#000000" } },
              borderWidth: n.pioneer ? 3 : 1,
              size: n.centre ? 24 : 14, font: { size: n.centre ? 18 : 14 } };
    if (s.shape === "box") {  // the label sits inside the box: white on the colour, no halo
      v.font = { size: n.centre ? 18 : 13, color: "#ffffff", strokeWidth: 0 };
      v.margin = 6;
    }
    if (this.geo && n.x !== undefined) {  // placed on the map by the server (web/data.py _place_on_map)
      v.x = n.x; v.y = n.y; v.fixed = true;
    }
    return v;
  };

  Graph.prototype.visEdge = function (e) {
    return { id: e.id, from: e.from, to: e.to, title: edgeTip(e), arrows: { to: { enabled: true, scaleFactor: 0.6 } },
             color: { color: EDGE[e.type] || "#999999", highlight: "#000000", hover: "#333333" },
             dashes: !!e.structural, width: e.type === "PIONEERED" ? 2.2 : 1.4, raw: e,
             smooth: this.geo || this.big ? false : { type: "continuous" } };
  };

  Graph.prototype.add = function (data, quiet) {
    var self = this, nodes = [], edges = [];
    (data.nodes || []).forEach(function (n) { if (!self.nodes.get(n.id)) nodes.push(self.visNode(n)); });
    (data.edges || []).forEach(function (e) { if (!self.edges.get(e.id)) edges.push(self.visEdge(e)); });
    this.nodes.add(nodes);
    this.edges.add(edges);
    this.refresh(quiet);
    return nodes.length;
  };

  Graph.prototype.edgeShown = function (e) {
    if (!e) return false;
    if (e.structural && !this.structural) return false;
    var y = this.year;
    var dated = (e.years || []).some(function (v) { return v <= y; });
    return dated || (e.undated && this.undated) || (e.structural && this.structural);
  };

  Graph.prototype.refresh = function (quiet) {
    var self = this, vis_ = {};
    this.nodes.forEach(function (n) { if (n.raw.centre) vis_[n.id] = true; });
    this.edges.forEach(function (e) {
      if (self.edgeShown(e.raw)) { vis_[e.from] = true; vis_[e.to] = true; }
    });
    this.nodes.forEach(function (n) {
      // a node placed on the map (a spread's adopter) shows when its own year has come
      if (n.raw.year !== undefined && vis_[n.id] && !n.raw.centre) {
        if (n.raw.year === null ? !self.undated : n.raw.year > self.year) delete vis_[n.id];
      }
    });
    this.visible = vis_;
    this.nodeView.refresh();
    this.edgeView.refresh();
    if (quiet) return;
    var tableFor = document.querySelectorAll("[data-rows-for='" + this.container.id + "']");
    Array.prototype.forEach.call(tableFor, function (table) {
      Array.prototype.forEach.call(table.querySelectorAll("tr[data-year]"), function (tr) {
        var y = tr.getAttribute("data-year");
        var show = y === "" ? self.undated : Number(y) <= self.year;
        tr.hidden = !show;
      });
    });
  };

  Graph.prototype.setYear = function (y) { this.year = (y === null || y === undefined) ? Infinity : Number(y); this.refresh(); };
  Graph.prototype.setUndated = function (b) { this.undated = !!b; this.refresh(); };
  Graph.prototype.setStructural = function (b) { this.structural = !!b; this.refresh(); };

  Graph.prototype.visibleEdgeIds = function () { return this.edgeView.getIds(); };
  Graph.prototype.visibleNodeIds = function () { return this.nodeView.getIds(); };
  // where an edge's midpoint is on the page (viewport pixels): for tests that hover it
  Graph.prototype.edgeMidpoint = function (id) {
    var e = this.network.body.edges[id];
    if (!e) return null;
    var p = e.edgeType.getPoint(0.5), d = this.network.canvasToDOM(p), r = this.container.getBoundingClientRect();
    return { x: r.left + d.x, y: r.top + d.y };
  };

  Graph.prototype.expand = function (id) {
    var self = this, n = this.nodes.get(id);
    if (!n || this.expanded[id] || !n.raw.url) return Promise.resolve(0);
    this.expanded[id] = true;
    var api = "/api/neighbourhood/" + n.raw.kind.toLowerCase() + "/" + encodeURIComponent(n.raw.key);
    return fetch(api).then(function (r) { return r.ok ? r.json() : { nodes: [], edges: [] }; }).then(function (d) {
      (d.nodes || []).forEach(function (m) { m.centre = false; });
      var added = self.add(d);
      if (added && !self.geo) {
        self.stable = false;
        self.network.setOptions({ physics: { enabled: true } });
        self.network.stabilize(120);
      }
      return added;
    });
  };

  Graph.prototype.panel = function () {
    return document.getElementById(this.container.id + "-details");
  };

  Graph.prototype.showEdge = function (id) {
    var p = this.panel(), e = this.edges.get(id);
    if (!p || !e) return;
    p.textContent = "";
    var from = this.nodes.get(e.from), to = this.nodes.get(e.to);
    p.appendChild(el("h3", null, (from ? from.label : e.from) + " → " + (to ? to.label : e.to)));
    p.appendChild(el("div", "edge-type", e.raw.type));
    (e.raw.facts || []).forEach(function (f) { p.appendChild(factBlock(f, true)); });
  };

  Graph.prototype.showNode = function (id) {
    var p = this.panel(), n = this.nodes.get(id);
    if (!p || !n) return;
    p.textContent = "";
    p.appendChild(el("h3", null, n.raw.label));
    p.appendChild(el("div", "edge-type", n.raw.kind + (n.raw.extra ? " · " + n.raw.extra : "")));
    if (n.raw.url) {
      var a = el("a", null, "open its page");
      a.href = n.raw.url;
      p.appendChild(a);
    }
  };

  function wire(graph, id) {
    var controls = document.querySelectorAll("[data-for='" + id + "']");
    Array.prototype.forEach.call(controls, function (c) {
      var role = c.getAttribute("data-role");
      var out = document.getElementById(c.id + "-out");
      if (role === "year") {
        var apply = function () {
          // the last year shows everything, also what expanding a node brings from later years
          graph.setYear(Number(c.value) >= Number(c.max) ? Infinity : Number(c.value));
          if (out) out.textContent = c.value;
        };
        c.addEventListener("input", apply);
        c.addEventListener("change", apply);
      } else if (role === "undated") {
        c.addEventListener("change", function () { graph.setUndated(c.checked); });
        graph.undated = c.checked;
      } else if (role === "structural") {
        c.addEventListener("change", function () { graph.setStructural(c.checked); });
        graph.structural = c.checked;
      } else if (role === "play") {
        c.addEventListener("click", function () { play(graph, id, c); });
      }
    });
    graph.refresh();
  }

  function play(graph, id, button) {
    var slider = document.querySelector("[data-for='" + id + "'][data-role='year']");
    if (!slider || button.disabled) return;
    var y = Number(slider.min), last = Number(slider.max);
    button.disabled = true;
    var step = function () {
      slider.value = String(y);
      slider.dispatchEvent(new Event("input"));
      if (y >= last) { button.disabled = false; return; }
      y += 1;
      window.setTimeout(step, 900);
    };
    step();
  }

  function mountAll() {
    window.fazhiGraphs = window.fazhiGraphs || {};
    Array.prototype.forEach.call(document.querySelectorAll("[data-graph]"), function (div) {
      var island = document.getElementById(div.getAttribute("data-graph"));
      if (!island || typeof vis === "undefined") return;
      var data = JSON.parse(island.textContent);
      var g = new Graph(div, data, {
        structural: div.getAttribute("data-structural") === "true",
        geo: div.getAttribute("data-geo") === "true",
        expand: div.getAttribute("data-expand") !== "false",
        centre: div.getAttribute("data-centre") || null
      });
      window.fazhiGraphs[div.id] = g;
      wire(g, div.id);
    });
  }

  window.FazhiGraph = Graph;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();

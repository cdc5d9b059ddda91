/* fazhi-graph: search hints as you type (names and aliases from /api/search), and the document page's jump
 * to a passage. Hints are <option> values set through the DOM, never HTML. */
(function () {
  "use strict";
  var input = document.getElementById("q"), list = document.getElementById("q-hints"), timer = null, last = "";
  if (input && list) {
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (timer) window.clearTimeout(timer);
      if (!q || q === last) return;
      timer = window.setTimeout(function () {
        last = q;
        fetch("/api/search?limit=12&q=" + encodeURIComponent(q)).then(function (r) { return r.json(); }).then(function (d) {
          list.textContent = "";
          (d.hits || []).forEach(function (h) {
            var o = document.createElement("option");
            o.value = h.name;
            o.label = h.label + (h.level ? " · " + h.level : "") + (h.matched !== h.name ? " · " + h.matched : "");
            list.appendChild(o);
          });
        }).catch(function () {});
      }, 150);
    });
  }
  // /document/ID#at-123: the passage a fact came from, scrolled to and flashed
  if (location.hash.indexOf("#at-") === 0) {
    var t = document.getElementById(location.hash.slice(1));
    if (t) { t.classList.add("target"); t.scrollIntoView({ block: "center" }); }
  }
})();

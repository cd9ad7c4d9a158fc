// Stepwise export: the guided mode and the article search. Loaded as a file (the page's
// CSP allows no inline script); reads the step graph from the page's JSON data island and
// only shows, hides and follows edges. Every visible string is already in the page.
(function () {
  "use strict";

  function guided() {
    var island = document.getElementById("stepwise-graph");
    var toggle = document.getElementById("guided-toggle");
    var panel = document.getElementById("guided");
    var article = document.getElementById("article");
    if (!island || !toggle || !panel || !article) return;
    var graph;
    try { graph = JSON.parse(island.textContent); } catch (e) { return; }
    var nodes = {};
    graph.nodes.forEach(function (n) { nodes[n.id] = n; });
    var back = document.getElementById("guided-back");
    var next = document.getElementById("guided-next");
    var live = document.getElementById("guided-live");
    var sections = {};
    panel.querySelectorAll("section[data-node]").forEach(function (s) { sections[s.getAttribute("data-node")] = s; });
    var current = null;
    var trail = [];

    function edge(from, kinds) {
      for (var i = 0; i < graph.edges.length; i++) {
        var e = graph.edges[i];
        if (e.from === from && kinds.indexOf(e.kind) >= 0) return e;
      }
      return null;
    }
    function nodeFromHash() {
      var m = /^#node=(.+)$/.exec(location.hash);
      if (!m) return null;
      var id;
      // A malformed escape (`#node=%E0`) is no node, not a stopped script.
      try { id = decodeURIComponent(m[1]); } catch (e) { return null; }
      return Object.prototype.hasOwnProperty.call(nodes, id) ? id : null;
    }
    function setHash(id) {
      var hash = "#node=" + encodeURIComponent(id).replace(/%2E/g, ".");
      if (location.hash !== hash) {
        try { history.replaceState(null, "", hash); } catch (e) { location.hash = hash; }
      }
    }
    function clearHash() {
      try { history.replaceState(null, "", location.pathname + location.search); } catch (e) { /* file:// in some browsers */ }
    }
    function show(id, focus) {
      if (!nodes[id] || !sections[id]) return;
      // Only the shown section changes: reference articles have thousands of nodes.
      if (current && sections[current]) sections[current].hidden = true;
      current = id;
      sections[id].hidden = false;
      next.disabled = !edge(id, ["next"]);
      back.disabled = trail.length === 0 && !previous(id);
      live.textContent = nodes[id].announce;
      setHash(id);
      if (focus) {
        var h = sections[id] && sections[id].querySelector(".node-heading");
        if (h) h.focus();
      }
    }
    // Opened from a link, there is no trail: Back goes to whatever leads here.
    function previous(id) {
      for (var i = 0; i < graph.edges.length; i++) {
        var e = graph.edges[i];
        if (e.to === id && (e.kind === "next" || e.kind === "choice")) return e.from;
      }
      return null;
    }
    function go(id) {
      if (current) trail.push(current);
      show(id, true);
    }
    // The toggle keeps its label; aria-pressed alone says whether guided mode is on.
    function setMode(on, id, focus) {
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      panel.hidden = !on;
      article.hidden = on;
      if (on) {
        trail = [];
        show(id || graph.start, !!focus);
      } else {
        if (current && sections[current]) sections[current].hidden = true;
        current = null;
        clearHash();
      }
    }

    toggle.hidden = false;
    toggle.addEventListener("click", function () { setMode(toggle.getAttribute("aria-pressed") !== "true", null, true); });
    // A `#anchor` link in a step names a place in the article, which guided mode hides:
    // leave guided mode, then go to that place and put the focus there.
    panel.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^=\"#\"]");
      if (!link) return;
      var href = link.getAttribute("href");
      if (/^#node=/.test(href)) return;
      var id;
      try { id = decodeURIComponent(href.slice(1)); } catch (e) { return; }
      var target = document.getElementById(id);
      if (!target || !article.contains(target)) return;
      event.preventDefault();
      setMode(false);
      try { history.replaceState(null, "", href); } catch (e) { /* file:// in some browsers */ }
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.scrollIntoView();
      target.focus();
    });
    next.addEventListener("click", function () {
      var e = current && edge(current, ["next"]);
      if (e) go(e.to);
    });
    back.addEventListener("click", function () {
      if (trail.length > 0) { show(trail.pop(), true); return; }
      var p = current && previous(current);
      if (p) show(p, true);
    });
    panel.addEventListener("click", function (event) {
      var target = event.target.closest("button[data-go]");
      if (target) go(target.getAttribute("data-go"));
    });
    window.addEventListener("hashchange", function () {
      var id = nodeFromHash();
      if (id && id !== current) {
        if (panel.hidden) setMode(true, id); else go(id);
      }
    });
    var start = nodeFromHash();
    if (start) setMode(true, start);
  }

  function search() {
    var box = document.getElementById("search");
    var input = document.getElementById("search-input");
    var table = document.getElementById("articles");
    if (!box || !input || !table) return;
    var status = document.getElementById("search-status");
    // "3 articles match" for every possible count, in the page's language: the plural rules
    // stay in the catalogs.
    var counts = [];
    var countsIsland = document.getElementById("search-counts");
    try { counts = JSON.parse(countsIsland.textContent); } catch (e) { counts = []; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = {};
    rows.forEach(function (r) { texts[r.getAttribute("data-slug")] = r.cells[0].textContent.toLowerCase(); });
    // search.json adds each article's text; from file:// the browser refuses to fetch it,
    // and the titles in the table are searched instead.
    if (window.fetch && location.protocol !== "file:") {
      fetch(box.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (list) {
        list.forEach(function (a) { texts[a.slug] = (a.title + "\n" + a.text).toLowerCase(); });
        filter();
      }).catch(function () { /* titles only */ });
    }
    function filter() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (r) {
        var text = texts[r.getAttribute("data-slug")] || "";
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        r.hidden = !match;
        if (match) shown++;
      });
      status.textContent = words.length === 0 ? "" : (counts[shown] || "");
    }
    box.hidden = false;
    input.addEventListener("input", filter);
  }

  document.addEventListener("DOMContentLoaded", function () { guided(); search(); });
})();

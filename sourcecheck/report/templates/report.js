// sourcecheck report: findings filters, the claims table, the document viewer.
// Document text only ever reaches the page through textContent, never as HTML.
(function () {
  "use strict";
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // ---- findings filters ------------------------------------------------------------------
  var findings = $$("article.finding");
  var form = $("#filters");
  function applyFilters() {
    if (!form) return;
    var want = {};
    ["severity", "rule", "source", "concept", "status"].forEach(function (k) { want[k] = form.elements[k].value; });
    var q = form.elements.q.value.trim().toLowerCase();
    var shown = 0;
    findings.forEach(function (f) {
      var d = f.dataset;
      var ok = (!want.severity || d.severity === want.severity) &&
        (!want.rule || d.rule === want.rule) &&
        (!want.status || d.status === want.status) &&
        (!want.source || d.sources.split("\n").indexOf(want.source) >= 0) &&
        (!want.concept || d.concepts.split("\n").indexOf(want.concept) >= 0) &&
        (!q || f.textContent.toLowerCase().indexOf(q) >= 0);
      f.hidden = !ok;
      var entry = $(".toc li[data-for='" + CSS.escape(d.findingId) + "']");
      if (entry) entry.hidden = !ok;
      if (ok) shown += 1;
    });
    $("#finding-count").textContent = shown + " of " + findings.length + " findings";
    $("#no-match").hidden = shown > 0;
  }
  // A review made in the page (the review server's controls) changes data-status: keep the
  // header's counts and the review filter in step.
  function refreshStatusCounts() {
    $$(".statuses .count").forEach(function (li) {
      var status = li.className.replace(/.*\bst-(\S+).*/, "$1");
      li.querySelector(".n").textContent = findings.filter(function (f) { return f.dataset.status === status; }).length;
    });
  }
  if (window.MutationObserver && findings.length) {
    var observer = new MutationObserver(function () { refreshStatusCounts(); applyFilters(); });
    findings.forEach(function (f) { observer.observe(f, { attributes: true, attributeFilter: ["data-status"] }); });
  }
  if (form) {
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("input", applyFilters);
    form.addEventListener("change", applyFilters);
    form.addEventListener("reset", function () { setTimeout(applyFilters, 0); });
  }

  // ---- page data (deflated JSON, unpacked on first use) ---------------------------------------
  var dataPromise = null;
  function pageData() {
    if (!dataPromise) {
      var text = $("#page-data").textContent.trim();
      var bytes = Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); });
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      dataPromise = new Response(stream).text().then(function (json) {
        var data = JSON.parse(json);
        var f = {};
        data.fields.forEach(function (name, i) { f[name] = i; });
        data.f = f;
        data.byId = {};
        data.byDoc = data.docs.map(function () { return []; });
        data.claims.forEach(function (c) {
          data.byId[c[f.claim_id]] = c;
          if (c[f.doc_n] !== null && c[f.start] !== null) data.byDoc[c[f.doc_n]].push(c);
        });
        return data;
      });
    }
    return dataPromise;
  }

  // ---- document viewer --------------------------------------------------------------------
  var viewer = $("#viewer"), lastFocus = null;
  function openDocument(n, start) {
    return pageData().then(function (data) {
      var f = data.f, body = data.bodies[n] || "", box = $("#viewer-text");
      var entry = $("#doc-" + n + "-entry");
      $("#viewer-h").textContent = entry ? entry.querySelector(".doc-open").textContent : data.docs[n];
      $("#viewer-meta").textContent = entry ? $$(".meta > *", entry).map(function (x) { return x.textContent.trim(); }).join(" · ") : "";
      box.textContent = "";
      var marks = data.byDoc[n].slice().sort(function (a, b) { return a[f.start] - b[f.start]; });
      var at = 0, target = null;
      marks.forEach(function (c) {
        var s = c[f.start], e = c[f.end];
        if (s < at || e > body.length || e <= s) return;
        box.appendChild(document.createTextNode(body.slice(at, s)));
        var m = el("mark", c[f.findings].length ? "flagged" : "", body.slice(s, e));
        m.id = "m-" + n + "-" + s;
        m.title = [c[f.source], c[f.interval], c[f.concept] || c[f.thing]].filter(Boolean).join(" · ");
        if (s === start) { m.classList.add("current"); target = m; }
        box.appendChild(m);
        at = e;
      });
      box.appendChild(document.createTextNode(body.slice(at)));
      if (!viewer.open) viewer.showModal();
      if (target) {
        target.tabIndex = -1;
        target.scrollIntoView({ block: "center" });
        target.focus({ preventScroll: true });
      } else {
        box.scrollTop = 0;
        box.focus();
      }
    });
  }
  viewer.addEventListener("close", function () {
    $("#viewer-text").textContent = "";  // never show the last document's marks as this one's
    if (location.hash.indexOf("#doc-") === 0) history.replaceState(null, "", location.pathname + location.search);
    if (lastFocus && lastFocus.focus) lastFocus.focus();
  });
  function route() {
    var m = /^#doc-(\d+)(?:@(\d+))?$/.exec(location.hash);
    if (m) openDocument(Number(m[1]), m[2] === undefined ? null : Number(m[2]));
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href^='#doc-']");
    if (a) lastFocus = a;
  });
  window.addEventListener("hashchange", route);
  $("#viewer-close").addEventListener("click", function () { viewer.close(); });
  // Step through the figures that take part in a finding (all figures when none does).
  function step(dir) {
    var marks = $$("#viewer-text mark.flagged");
    if (!marks.length) marks = $$("#viewer-text mark");
    if (!marks.length) return;
    var cur = $("#viewer-text mark.current"), at = marks.indexOf(cur);
    var next = at < 0 ? marks[dir > 0 ? 0 : marks.length - 1] : marks[(at + dir + marks.length) % marks.length];
    if (cur) cur.classList.remove("current");
    next.classList.add("current");
    next.tabIndex = -1;
    next.scrollIntoView({ block: "center" });
    next.focus({ preventScroll: true });
  }
  $("#viewer-prev").addEventListener("click", function () { step(-1); });
  $("#viewer-next").addEventListener("click", function () { step(1); });

  // ---- "show more claims" of a position: all at once when few, page by page when many --------
  var CLAIM_PAGE = 50;
  function claimItem(data, c, label) {
    var f = data.f, li = el("li"), who = el("p", "who");
    who.appendChild(el("strong", "source", c[f.source] || "unattributed"));
    if (c[f.publisher] && c[f.publisher] !== c[f.source]) who.appendChild(el("span", "via", " in " + c[f.publisher]));
    who.appendChild(document.createTextNode(" "));
    var a = el("a", "claim-link", data.docs[c[f.doc_n]]);
    a.href = "#doc-" + c[f.doc_n] + "@" + c[f.start];
    who.appendChild(a);
    li.appendChild(who);
    var fig = el("p", "figure");
    if (label) { fig.appendChild(el("span", "group", label)); fig.appendChild(document.createTextNode(": ")); }
    fig.appendChild(el("span", "as-written", c[f.text]));
    fig.appendChild(document.createTextNode(" → "));
    fig.appendChild(el("span", "interval", c[f.interval]));
    li.appendChild(fig);
    return li;
  }
  function showPage(data, part, list, pager, page) {
    var from = page * CLAIM_PAGE, to = Math.min(part.claims.length, from + CLAIM_PAGE);
    list.textContent = "";
    for (var i = from; i < to; i++) {
      list.appendChild(claimItem(data, data.claims[part.claims[i]], part.labels ? part.labels[i] : null));
    }
    pager.querySelector(".range").textContent = "claims " + (from + 1).toLocaleString("en") + "–" +
      to.toLocaleString("en") + " of " + part.claims.length.toLocaleString("en");
    pager.querySelector(".prev").disabled = page === 0;
    pager.querySelector(".next").disabled = to >= part.claims.length;
    pager.dataset.page = page;
  }
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button.more-claims");
    if (!b) return;
    pageData().then(function (data) {
      var part = data.parts[Number(b.dataset.finding)][Number(b.dataset.part)];
      var section = b.parentNode, list = section.querySelector("ul.claims");
      if (part.claims.length <= CLAIM_PAGE) {
        part.claims.forEach(function (n, i) { list.appendChild(claimItem(data, data.claims[n], part.labels ? part.labels[i] : null)); });
        b.remove();
        return;
      }
      var paged = el("ul", "claims paged"), pager = el("p", "pager");
      var prev = el("button", "prev", "◀ Previous"), next = el("button", "next", "Next ▶");
      prev.type = next.type = "button";
      pager.appendChild(prev);
      pager.appendChild(el("span", "range"));
      pager.appendChild(next);
      prev.addEventListener("click", function () { showPage(data, part, paged, pager, Number(pager.dataset.page) - 1); });
      next.addEventListener("click", function () { showPage(data, part, paged, pager, Number(pager.dataset.page) + 1); });
      section.insertBefore(paged, b);
      section.insertBefore(pager, b);
      b.remove();
      showPage(data, part, paged, pager, 0);
    });
  });

  // ---- all claims: sortable, filterable, paged ------------------------------------------------
  var table = $("#claims-table"), cform = $("#claim-filters"), more = $("#claims-more");
  var PAGE = 200, limit = PAGE, sortKey = null, sortDir = 1, rows = null;
  var COLS = ["source", "publisher", "doc_n", "text", "value", "interval", "measure", "thing", "concept", "subject_label", "findings"];
  function cellText(data, c, key) {
    var f = data.f, v = c[f[key]];
    if (key === "doc_n") return v === null ? "" : data.docs[v];
    if (key === "findings") return v.map(function (i) { return data.findings[i]; }).join(" ");
    if (key === "value") return v === null ? "" : v.toLocaleString("en");
    return v === null || v === undefined ? "" : String(v);
  }
  var LABELS = {};  // a cell's column name, shown beside it when the table is cards (phones)
  $$("th[data-key]", table).forEach(function (th) { LABELS[th.dataset.key] = th.textContent.trim(); });
  function renderClaims() {
    pageData().then(function (data) {
      var f = data.f, q = cform.elements.q.value.trim().toLowerCase(), flagged = cform.elements.flagged.checked;
      if (!rows) rows = data.claims.map(function (c) {
        return { c: c, hay: COLS.map(function (k) { return cellText(data, c, k); }).join(" ").toLowerCase() };
      });
      var hits = rows.filter(function (r) {
        return (!flagged || r.c[f.findings].length) && (!q || r.hay.indexOf(q) >= 0);
      });
      if (sortKey) {
        var i = f[sortKey];
        hits.sort(function (a, b) {
          var x = a.c[i], y = b.c[i];
          if (sortKey === "findings") { x = x.length; y = y.length; }
          if (sortKey === "doc_n") { x = data.docs[x]; y = data.docs[y]; }
          if (x === null || x === undefined) return 1;
          if (y === null || y === undefined) return -1;
          return (typeof x === "number" ? x - y : String(x).localeCompare(String(y))) * sortDir;
        });
      }
      var tbody = table.tBodies[0], frag = document.createDocumentFragment();
      hits.slice(0, limit).forEach(function (r) {
        var c = r.c, tr = el("tr", c[f.findings].length ? "flagged" : "");
        COLS.forEach(function (k) {
          var td = el("td", k === "value" ? "num" : "");
          td.setAttribute("data-label", LABELS[k]);
          if (k === "doc_n" && c[f.doc_n] !== null) {
            var a = el("a", "claim-link", cellText(data, c, k));
            a.href = "#doc-" + c[f.doc_n] + (c[f.start] === null ? "" : "@" + c[f.start]);
            td.appendChild(a);
          } else if (k === "findings") {
            c[f.findings].forEach(function (i) {
              var a = el("a", "", "#" + data.findings[i]);
              a.href = "#f-" + data.findings[i];
              td.appendChild(a);
              td.appendChild(document.createTextNode(" "));
            });
          } else {
            td.textContent = cellText(data, c, k);
          }
          tr.appendChild(td);
        });
        frag.appendChild(tr);
      });
      tbody.textContent = "";
      tbody.appendChild(frag);
      $("#claim-count").textContent = Math.min(limit, hits.length) + " shown of " + hits.length + " matching claims (" + rows.length + " in all)";
      more.hidden = hits.length <= limit;
    });
  }
  cform.addEventListener("submit", function (e) { e.preventDefault(); });
  cform.addEventListener("input", function () { limit = PAGE; renderClaims(); });
  more.addEventListener("click", function () { limit += PAGE * 5; renderClaims(); });
  $$("th[data-key] button", table).forEach(function (b) {
    b.addEventListener("click", function () {
      var th = b.parentNode, key = th.dataset.key;
      sortDir = sortKey === key ? -sortDir : 1;
      sortKey = key;
      $$("th[data-key]", table).forEach(function (h) { h.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
      renderClaims();
    });
  });

  // ---- print: show every explanation -------------------------------------------------------------
  window.addEventListener("beforeprint", function () {
    $$("details").forEach(function (d) { d.open = true; });
  });

  // ---- anchors land below the sticky filter bar (its height, as laid out now) --------------------
  var bar = $("#filters");
  function stickyHeight() {
    var sticky = bar && getComputedStyle(bar).position === "sticky";
    document.documentElement.style.setProperty("--sticky-h", (sticky ? bar.offsetHeight + 16 : 16) + "px");
  }
  window.addEventListener("resize", stickyHeight);
  stickyHeight();

  renderClaims();
  route();
})();

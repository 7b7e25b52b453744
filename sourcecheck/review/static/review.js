// sourcecheck review controls, injected by `sourcecheck serve` into each report page.
// Fills every <article class="finding" data-finding-id="ID"> ... <div class="review-slot">
// with status buttons and a note; saves each change at once. The reviewer's name is asked
// once, in a bar at the top of the page (with the link back to the desk), and remembered.
// Everything the store returns is written with textContent, never as HTML.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("sourcecheck-review-config").textContent);
  var REVIEWER_KEY = "sourcecheck.reviewer";
  var slots = {}; // finding id -> {root, buttons, note, reviewer, status, history, review}

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function when(iso) {
    if (!iso) return "";
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString();
  }

  function reviewerName() {
    try { return localStorage.getItem(REVIEWER_KEY) || ""; } catch (e) { return ""; }
  }

  function rememberReviewer(name) {
    try { localStorage.setItem(REVIEWER_KEY, name); } catch (e) { /* private mode */ }
  }

  // The page's one reviewer field, before the first finding, and the way back to the desk.
  var who = el("form", { "class": "rv-who", id: "rv-who", "aria-label": "Reviewer" });
  if (config.desk) who.appendChild(el("a", { "class": "rv-desk", href: config.desk }, "← all cases"));
  var whoLabel = el("label", { "class": "rv-reviewer-label" }, "Reviewing as ");
  var reviewer = el("input", { "class": "rv-reviewer", id: "rv-reviewer", type: "text", autocomplete: "name",
    maxlength: "200", placeholder: "your name", required: "required" });
  reviewer.value = reviewerName();
  whoLabel.appendChild(reviewer);
  who.appendChild(whoLabel);
  var whoMessage = el("span", { "class": "rv-message", role: "status", "aria-live": "polite" });
  who.appendChild(whoMessage);
  who.addEventListener("submit", function (event) { event.preventDefault(); reviewer.blur(); });
  reviewer.addEventListener("change", function () {
    rememberReviewer(reviewer.value.trim());
    whoMessage.textContent = reviewer.value.trim() ? "Saved for every finding." : "";
  });
  var main = document.querySelector("main") || document.body;
  main.insertBefore(who, main.firstChild);

  function render(slot, review) {
    slot.review = review;
    slot.root.setAttribute("data-review-status", review.status);
    var article = slot.root.closest("article.finding");
    if (article) {  // keep the report's own status badge and filters in step
      article.setAttribute("data-status", review.status);
      var badge = article.querySelector("span.status");
      if (badge) { badge.textContent = review.status; badge.className = "status st-" + review.status; }
    }
    slot.buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-status") === review.status));
    });
    if (document.activeElement !== slot.note) slot.note.value = review.note || "";
    var line = review.reviewer ? review.status + " · " + review.reviewer + " · " + when(review.updated) : "";
    if (review.evidence_changed) line += " · new evidence since this review";
    slot.status.textContent = line;
    var items = slot.history.querySelector("ol");
    items.textContent = "";
    (review.history || []).forEach(function (h) {
      var text = when(h.updated) + " — " + (h.reviewer || "?") + ": " + h.status +
        (h.note ? " — " + h.note : "") + (h.applied ? "" : " (older, not applied)");
      items.appendChild(el("li", { "class": "rv-history-entry" }, text));
    });
    slot.history.querySelector("summary").textContent = "History (" + (review.history || []).length + ")";
  }

  function say(slot, message, isError) {
    slot.message.textContent = message;
    slot.message.className = "rv-message" + (isError ? " rv-error" : "");
  }

  function save(id, status) {
    var slot = slots[id];
    var name = reviewer.value.trim();
    if (!name) {
      say(slot, "Enter your name at the top of the page first (asked once).", true);
      whoMessage.textContent = "Who is reviewing? Your name is kept for the next findings.";
      reviewer.focus();
      return Promise.resolve();
    }
    rememberReviewer(name);
    say(slot, "Saving…", false);
    return fetch(config.api + "/" + encodeURIComponent(id), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": config.token },
      body: JSON.stringify({
        status: status, note: slot.note.value, reviewer: name,
        base: slot.review ? slot.review.updated : null
      })
    }).then(function (response) {
      var body = response.json().catch(function () { return { error: response.status + " " + response.statusText }; });
      return body.then(function (data) {
        if (!response.ok) throw new Error(data.error || response.statusText);
        render(slot, data.review);
        var replaced = data.replaced;
        say(slot, replaced
          ? "Saved. It replaced " + (replaced.reviewer || "someone") + "'s decision (" +
            replaced.status + ", " + when(replaced.updated) + ") that this page had not shown; see history."
          : "Saved.", !!replaced);
      });
    }).catch(function (error) {
      say(slot, "Not saved: " + error.message, true);
    });
  }

  function build(article) {
    var id = article.getAttribute("data-finding-id");
    var host = article.querySelector(".review-slot");
    if (!id || !host) return;
    var root = el("div", { "class": "rv-controls", "data-finding-id": id });
    var group = el("div", { "class": "rv-statuses", role: "group", "aria-label": "Review status" });
    var buttons = config.statuses.map(function (s) {
      var b = el("button", { type: "button", "class": "rv-status", "data-status": s, "aria-pressed": "false" }, s);
      b.addEventListener("click", function () { save(id, s); });
      group.appendChild(b);
      return b;
    });
    var noteLabel = el("label", { "class": "rv-note-label" }, "Note ");
    var note = el("textarea", { "class": "rv-note", rows: "2", maxlength: "10000" });
    noteLabel.appendChild(note);
    var status = el("p", { "class": "rv-current" });
    var message = el("p", { "class": "rv-message", role: "status", "aria-live": "polite" });
    var history = el("details", { "class": "rv-history" });
    history.appendChild(el("summary", {}, "History (0)"));
    history.appendChild(el("ol", {}));
    [group, noteLabel, status, message, history].forEach(function (n) { root.appendChild(n); });
    host.textContent = "";
    host.appendChild(root);
    var slot = { root: root, buttons: buttons, note: note, status: status, message: message, history: history, review: null };
    slots[id] = slot;

    // A note is saved when the editor leaves the field, unless they leave it for a status
    // button of the same finding: that click saves the note with the new status.
    note.addEventListener("focusout", function (event) {
      if (event.relatedTarget && buttons.indexOf(event.relatedTarget) >= 0) return;
      if ((slot.review ? slot.review.note || "" : "") === note.value) return;
      save(id, slot.review ? slot.review.status : "open");
    });
    note.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) note.blur();
    });
  }

  function load() {
    return fetch(config.api, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(r.statusText);
      return r.json();
    }).then(function (data) {
      Object.keys(slots).forEach(function (id) {
        if (data.reviews[id]) render(slots[id], data.reviews[id]);
      });
      document.documentElement.setAttribute("data-reviews-loaded", "true");
    }).catch(function (error) {
      Object.keys(slots).forEach(function (id) { say(slots[id], "Could not load decisions: " + error.message, true); });
    });
  }

  document.querySelectorAll("article.finding[data-finding-id]").forEach(build);
  load();
})();

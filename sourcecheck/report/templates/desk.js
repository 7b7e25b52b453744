// The desk's filters: open findings only, by severity, by source, by rule (cases shown or hidden).
(function () {
  "use strict";
  var form = document.getElementById("desk-filters");
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll(".case-card"));
  function field(id) { return document.getElementById(id); }
  function apply() {
    var open = field("f-open").checked, sev = field("f-severity").value;
    var source = field("f-source").value, rule = field("f-rule").value, shown = 0;
    cards.forEach(function (card) {
      var ok = (!open || Number(card.dataset.open) > 0) &&
        (!sev || card.dataset.severities.split(" ").indexOf(sev) >= 0) &&
        (!source || card.dataset.sources.split("\n").indexOf(source) >= 0) &&
        (!rule || card.dataset.rules.split("\n").indexOf(rule) >= 0);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    field("f-shown").textContent = shown + " shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
})();

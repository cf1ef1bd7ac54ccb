// Filters and views for the verdict HTML report. The page is complete
// without this script: it only hides finding rows that do not match the
// filters, counts the rows shown, and switches between the by-file and
// by-rule views (with it off, both are listed one after the other).
(function () {
  "use strict";
  const byId = (id) => document.getElementById(id);
  const shown = byId("shown-count");
  const controls = {
    severity: byId("filter-severity"),
    rule: byId("filter-rule"),
    file: byId("filter-file"),
    search: byId("filter-search"),
  };
  if (!shown || Object.values(controls).some((c) => !c)) {
    return;
  }
  document.documentElement.classList.add("js");
  byId("filters").hidden = false;

  const views = Array.from(document.querySelectorAll(".view"));
  const tabs = Array.from(document.querySelectorAll("[data-show-view]"));
  const groups = Array.from(document.querySelectorAll(".view tbody.group"));
  // Lower-cased once: the search runs on every keystroke.
  const rows = [];
  for (const view of views) {
    for (const el of view.querySelectorAll("tr.finding")) {
      rows.push({ el, view, text: el.textContent.toLowerCase() });
    }
  }
  const noMatch = byId("no-match");

  function activeView() {
    return views.find((v) => v.classList.contains("active")) || views[0];
  }

  function apply() {
    const severity = controls.severity.value;
    const rule = controls.rule.value;
    const file = controls.file.value;
    const words = controls.search.value.toLowerCase().split(/\s+/).filter(Boolean);
    const current = activeView();
    let count = 0;
    for (const row of rows) {
      const d = row.el.dataset;
      const match =
        (!severity || d.severity === severity) &&
        (!rule || d.rule === rule) &&
        (!file || d.file === file) &&
        words.every((w) => row.text.includes(w));
      row.el.hidden = !match;
      if (match && row.view === current) {
        count += 1;
      }
    }
    const filtered = Boolean(severity || rule || file || words.length);
    for (const group of groups) {
      const left = group.querySelectorAll("tr.finding:not([hidden])").length;
      group.hidden = left === 0;
      const label = group.querySelector(".group-count");
      if (label) {
        label.dataset.all = label.dataset.all || label.textContent;
        label.textContent = filtered ? `${left} of ${label.dataset.all}` : label.dataset.all;
      }
    }
    shown.textContent = String(count);
    if (noMatch) {
      noMatch.hidden = count !== 0 || rows.length === 0;
    }
  }

  function show(id) {
    for (const view of views) {
      view.classList.toggle("active", view.id === id);
    }
    for (const tab of tabs) {
      tab.setAttribute("aria-selected", String(tab.dataset.showView === id));
    }
    apply();
  }

  function reset() {
    for (const c of Object.values(controls)) {
      c.value = "";
    }
    apply();
  }

  // A link to a rule's group (from the compliance view) opens its view
  // with the filters cleared, so the target is there to scroll to.
  function follow() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? byId(id) : null;
    const view = target ? target.closest(".view") : null;
    if (view) {
      reset();
      show(view.id);
      target.scrollIntoView();
    }
  }

  for (const c of [controls.severity, controls.rule, controls.file]) {
    c.addEventListener("change", apply);
  }
  controls.search.addEventListener("input", apply);
  byId("filter-reset").addEventListener("click", reset);
  for (const tab of tabs) {
    tab.addEventListener("click", () => show(tab.dataset.showView));
  }
  window.addEventListener("hashchange", follow);
  document.addEventListener("keydown", (e) => {
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
    if (e.key === "/" && !typing) {
      e.preventDefault();
      controls.search.focus();
    }
  });
  apply();
  follow();
})();

// lintnews editor's desk. Article text is only ever inserted as text nodes, never parsed as markup, so
// markup or script in an article shows as text; the server's Content-Security-Policy forbids inline
// script as a second guard.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const els = {
    form: $("check-form"), text: $("article"), format: $("format"), date: $("reference-date"),
    upload: $("upload"), check: $("check"), applySafe: $("apply-safe"), copy: $("copy"),
    download: $("download"), status: $("status"), view: $("view"), detail: $("detail"),
    groups: $("groups"), counts: $("counts"), readability: $("readability"),
  };
  const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
  const SUFFIX_FORMATS = { txt: "text", text: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html" };
  const state = { report: null, checkedText: null, selected: -1, units: null, busy: false, timer: 0 };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function setStatus(message, isError) {
    els.status.textContent = message;
    els.status.classList.toggle("error", Boolean(isError));
  }

  // Finding offsets count code points; JavaScript strings index UTF-16 units.
  function codePointUnits(text) {
    const units = [0];
    let unit = 0;
    for (const ch of text) {
      unit += ch.length;
      units.push(unit);
    }
    return units;
  }

  function unitAt(offset) {
    const units = state.units;
    return units[Math.min(Math.max(offset, 0), units.length - 1)];
  }

  function findingId(f) {
    return `${f.rule}@${f.start}-${f.end}`;
  }

  function payload(extra) {
    const body = { text: els.text.value, format: els.format.value, ...extra };
    if (els.date.value) body.reference_date = els.date.value;
    return body;
  }

  async function call(url, options) {
    let response;
    try {
      response = await fetch(url, options);
    } catch (err) {
      throw new Error("The lintnews server cannot be reached. Is 'lintnews serve' still running?");
    }
    let data = null;
    try {
      data = await response.json();
    } catch (err) {
      throw new Error(`The server answered ${response.status} without a readable body.`);
    }
    if (!response.ok) {
      const message = data && data.error ? data.error.message : `HTTP ${response.status}`;
      throw new Error(message);
    }
    return data;
  }

  function postJSON(url, body) {
    return call(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  }

  function stale() {
    if (state.report && els.text.value === state.checkedText) return false;
    setStatus("The text changed since it was checked: press Check first, then apply fixes.", true);
    return true;
  }

  async function run(label, task) {
    if (state.busy) return;
    state.busy = true;
    els.check.disabled = true;
    setStatus(label);
    try {
      await task();
    } catch (err) {
      setStatus(err.message, true);
    } finally {
      state.busy = false;
      els.check.disabled = false;
    }
  }

  function check() {
    return run("Checking…", async () => {
      const text = els.text.value;
      const report = await postJSON("/api/check", payload({}));
      show(report, text);
    });
  }

  function applyFix(findingIndex, fixIndex) {
    const f = state.report.findings[findingIndex];
    const id = findingId(f) + (fixIndex ? `#${fixIndex}` : "");
    if (stale()) return undefined;
    return run("Applying the fix…", async () => {
      const result = await postJSON("/api/fix", payload({ text: state.checkedText, findings: [id] }));
      updateText(result, `Applied: ${f.fixes[fixIndex].title || "fix"}.`);
    });
  }

  function applySafe() {
    if (stale()) return undefined;
    return run("Applying every safe fix…", async () => {
      const result = await postJSON("/api/fix", payload({ text: state.checkedText, applicability: "safe" }));
      const n = result.applied.length;
      updateText(result, n ? `Applied ${n} safe fix${n === 1 ? "" : "es"}.` : "There was no safe fix to apply.");
    });
  }

  function updateText(result, message) {
    els.text.value = result.text;
    show(result.check, result.text, message);
  }

  async function upload(file) {
    const suffix = (file.name.split(".").pop() || "").toLowerCase();
    const format = SUFFIX_FORMATS[suffix] || "text";
    els.format.value = format;
    const params = new URLSearchParams({ filename: file.name, format });
    if (els.date.value) params.set("reference_date", els.date.value);
    await run(`Reading ${file.name}…`, async () => {
      const report = await call(`/api/check?${params}`, {
        method: "POST", headers: { "content-type": "application/octet-stream" }, body: file,
      });
      els.text.value = report.source;
      show(report, report.source);
    });
  }

  // ---- rendering ------------------------------------------------------------------------------
  function show(report, text, message) {
    state.report = report;
    state.checkedText = text;
    state.units = codePointUnits(text);
    state.selected = -1;
    els.view.classList.remove("stale");
    renderView();
    renderGroups();
    renderReadability(report.readability);
    renderDetail();
    const s = report.summary;
    const total = report.findings.length;
    const counts = `${s.error} error${s.error === 1 ? "" : "s"}, ${s.warning} warning${s.warning === 1 ? "" : "s"}, ${s.info} info`;
    els.counts.textContent = `(${total})`;
    const safe = report.findings.some((f) => f.fixes.some((x) => x.applicability === "safe"));
    els.applySafe.disabled = !safe;
    els.copy.disabled = els.download.disabled = !text;
    const notices = (report.notices || []).join(" ");
    setStatus(`${message ? message + " " : ""}${total ? `Found ${counts}.` : "No findings."} ${notices}`.trim());
  }

  function renderView() {
    const text = state.checkedText;
    const findings = state.report.findings;
    const spans = findings.map((f, i) => ({ i, start: unitAt(f.start), end: unitAt(f.end), sev: f.severity }));
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    const inserts = new Map();
    for (const s of spans) {
      if (s.start === s.end) {
        if (!inserts.has(s.start)) inserts.set(s.start, []);
        inserts.get(s.start).push(s);
      }
    }
    const firstMark = new Set();
    for (let k = 0; k < points.length; k++) {
      const from = points[k];
      for (const s of inserts.get(from) || []) fragment.append(markFor([s], "", firstMark));
      if (k === points.length - 1) break;
      const to = points[k + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter((s) => s.start < s.end && s.start <= from && s.end >= to);
      fragment.append(covering.length ? markFor(covering, piece, firstMark) : document.createTextNode(piece));
    }
    els.view.replaceChildren(fragment);
    if (!text) els.view.append(el("p", { class: "empty" }, "The article is empty."));
  }

  function markFor(covering, piece, firstMark) {
    covering.sort((a, b) => SEVERITY_ORDER[a.sev] - SEVERITY_ORDER[b.sev] || b.start - a.start);
    const top = covering[0];
    const f = state.report.findings[top.i];
    const more = covering.length > 1 ? ` (and ${covering.length - 1} more)` : "";
    const mark = el("mark", {
      class: `sev-${f.severity}${piece ? "" : " insert"}`, tabindex: "0", role: "button",
      "data-finding": String(top.i), "aria-label": `${f.severity}: ${f.message}${more}`,
    }, piece);
    if (!firstMark.has(top.i)) { firstMark.add(top.i); mark.id = `mark-${top.i}`; }
    return mark;
  }

  function groupsOf(findings) {
    const groups = new Map();
    findings.forEach((f, i) => {
      if (!groups.has(f.rule)) groups.set(f.rule, []);
      groups.get(f.rule).push(i);
    });
    const sevOf = (ids) => Math.min(...ids.map((i) => SEVERITY_ORDER[findings[i].severity]));
    return [...groups.entries()].sort((a, b) => sevOf(a[1]) - sevOf(b[1]) || b[1].length - a[1].length ||
      a[0].localeCompare(b[0]));
  }

  function renderGroups() {
    const findings = state.report.findings;
    if (!findings.length) {
      els.groups.replaceChildren(el("p", { class: "empty" }, "No findings. Ready to publish."));
      return;
    }
    const sections = groupsOf(findings).map(([rule, ids]) => {
      const sev = findings[ids[0]].severity;
      const items = ids.map((i) => {
        const f = findings[i];
        return el("li", {}, el("button", {
          type: "button", "data-finding": String(i), "aria-current": "false",
          onclick: () => select(i, true),
        }, el("span", { class: "where" }, `${f.line}:${f.column}`), excerpt(f.text)));
      });
      return el("section", { class: "group" },
        el("h3", {}, el("span", {}, rule), el("span", {
          class: `badge sev-${sev}`, "aria-label": `${ids.length} finding${ids.length === 1 ? "" : "s"}`,
        }, String(ids.length))),
        el("ul", {}, ...items));
    });
    els.groups.replaceChildren(...sections);
  }

  function excerpt(text) {
    const flat = (text || "").replace(/\s+/g, " ").trim();
    if (!flat) return "(insertion point)";
    return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
  }

  const READABILITY_LABELS = {
    words: "Words", sentences: "Sentences", words_per_sentence: "Words per sentence",
    longest_sentence_words: "Longest sentence (words)", flesch_reading_ease: "Reading ease (Flesch)",
    flesch_kincaid_grade: "Grade level (Flesch-Kincaid)", gunning_fog: "Gunning fog index",
    coleman_liau_index: "Coleman-Liau index", automated_readability_index: "Automated readability index",
  };

  function renderReadability(r) {
    const rows = [];
    const add = (label, value) => rows.push(el("dt", {}, label), el("dd", {}, value === null ? "–" : String(value)));
    const entries = Object.entries(r || {}).filter(([, v]) => v === null || ["number", "string"].includes(typeof v));
    const known = Object.keys(READABILITY_LABELS);
    entries.sort((a, b) => (known.indexOf(a[0]) + 1 || 99) - (known.indexOf(b[0]) + 1 || 99));
    for (const [key, value] of entries) add(READABILITY_LABELS[key] || key.replace(/_/g, " "), value);
    if (state.report) {
      const ref = state.report.reference_date;
      add("Dates read against", ref ? `${ref}${state.report.reference_source ? ` (${state.report.reference_source})` : ""}`
        : "no date found: set the publication date");
    }
    els.readability.replaceChildren(...rows);
  }

  function renderDetail() {
    const i = state.selected;
    if (i < 0) {
      els.detail.replaceChildren(el("p", { class: "empty" }, "Select a highlight or a finding in the list."));
      return;
    }
    const f = state.report.findings[i];
    const fixes = f.fixes.map((fix, k) => el("li", {},
      el("span", {}, fix.title || "Fix", " ", el("span", { class: `tag ${fix.applicability}` }, fix.applicability)),
      el("button", { type: "button", class: k === 0 ? "primary" : "", onclick: () => applyFix(i, k) },
        "Apply")));
    els.detail.replaceChildren(
      el("p", {}, el("span", { class: `sev-label sev-${f.severity}` }, f.severity), " ",
        el("strong", {}, f.rule)),
      el("p", { class: "message" }, f.message),
      el("dl", { class: "facts" },
        el("dt", {}, "Category"), el("dd", {}, f.category),
        el("dt", {}, "Where"), el("dd", {}, `line ${f.line}, column ${f.column}`),
        el("dt", {}, "Text"), el("dd", {}, el("span", { class: "flagged" }, f.text || "(insertion point)"))),
      fixes.length ? el("ul", { class: "fixes", "aria-label": "Fixes" }, ...fixes)
        : el("p", { class: "empty" }, "No automatic fix: edit the text above."));
  }

  function select(i, fromList) {
    state.selected = i;
    for (const node of els.view.querySelectorAll("mark.selected")) node.classList.remove("selected");
    for (const node of els.view.querySelectorAll(`mark[data-finding="${i}"]`)) node.classList.add("selected");
    for (const node of els.groups.querySelectorAll("button[data-finding]")) {
      node.setAttribute("aria-current", node.dataset.finding === String(i) ? "true" : "false");
    }
    renderDetail();
    const mark = document.getElementById(`mark-${i}`);
    if (mark && fromList) mark.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  // ---- events ---------------------------------------------------------------------------------
  els.form.addEventListener("submit", (event) => { event.preventDefault(); check(); });
  els.text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); check(); }
  });
  els.text.addEventListener("input", () => {
    if (state.report && els.text.value !== state.checkedText) {
      els.view.classList.add("stale");
      els.applySafe.disabled = true;
      setStatus("The text changed since it was checked; press Check to check it again.");
    }
  });
  els.applySafe.addEventListener("click", applySafe);
  els.upload.addEventListener("change", () => { if (els.upload.files[0]) upload(els.upload.files[0]); });
  els.view.addEventListener("click", (event) => {
    const mark = event.target.closest("mark[data-finding]");
    if (mark) select(Number(mark.dataset.finding), false);
  });
  els.view.addEventListener("keydown", (event) => {
    const mark = event.target.closest("mark[data-finding]");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(Number(mark.dataset.finding), false);
    }
  });
  els.copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(els.text.value);
      setStatus("The article is on the clipboard.");
    } catch (err) {
      els.text.select();
      setStatus("Copying was refused by the browser: the text is selected, press Ctrl+C.", true);
    }
  });
  els.download.addEventListener("click", () => {
    const ext = { text: "txt", markdown: "md", html: "html" }[els.format.value];
    const blob = new Blob([els.text.value], { type: "text/plain;charset=utf-8" });
    const link = el("a", { href: URL.createObjectURL(blob), download: `article.${ext}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
})();

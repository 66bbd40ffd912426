// The self-check page: a form made from the policy's gegevens (GET /v1/policies/{id}/gegevens), evaluated after
// every answer by the decision service (POST /v1/policies/{id}/evaluate), so the page shows exactly what the API
// and `zorginkoop evaluate` decide: it computes no outcome itself. No framework: the DOM API and fetch.
"use strict";

(function () {
  const api = (document.querySelector('meta[name="zorginkoop-api"]')?.content || "").replace(/\/$/, "");
  const $ = (id) => document.getElementById(id);

  const state = {
    policies: [],
    policy: null,        // the entry of GET /v1/policies being checked
    schema: null,        // GET …/gegevens: { subject, records }
    schemaText: "",
    root: null,          // the widget of the subject record
    widgets: [],         // every widget, in document order
    lastJson: null,      // the text of the last evaluation, as the API gave it
    requested: 0,
    timer: 0,
    downloadUrl: null,
  };

  const outcomeWords = { satisfied: "voldaan", notSatisfied: "niet voldaan", unknown: "onbekend", notApplicable: "niet van toepassing" };

  // ───────────────────────────── helpers ─────────────────────────────

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child);
    }
    return node;
  }

  function idOf(path) {
    return "f-" + path.replace(/\[(\d+)\]/g, "-$1").replace(/[^A-Za-z0-9_-]/g, "-");
  }

  function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  async function getJson(url) {
    const response = await fetch(api + url, { headers: { Accept: "application/json" } });
    const text = await response.text();
    if (!response.ok) throw problemError(response, text);
    return JSON.parse(text);
  }

  function problemError(response, text) {
    let message = `De server antwoordde ${response.status}.`;
    try {
      const problem = JSON.parse(text);
      message = [problem.title, problem.detail].filter(Boolean).join(": ");
      const errors = problem.errors || problem.diagnostics;
      if (Array.isArray(errors) && errors.length) {
        message += " " + errors.map((e) => [e.field || e.path, e.message].filter(Boolean).join(": ")).join("; ");
      }
      if (problem.code) message += ` (${problem.code})`;
    } catch (_) { /* not a problem document: keep the status */ }
    const error = new Error(message);
    error.status = response.status;
    return error;
  }

  // Loading a policy or its questions is under way: #uitslag says so (data-laden), so a reader (or a test) knows an
  // evaluation is still to come even before it is asked.
  async function loading(work) {
    const results = $("uitslag");
    results.dataset.laden = String(Number(results.dataset.laden || 0) + 1);
    try {
      return await work();
    } finally {
      results.dataset.laden = String(Number(results.dataset.laden) - 1);
    }
  }

  function show(node, message) {
    node.textContent = message || "";
    node.hidden = !message;
  }

  // ───────────────────────────── widgets ─────────────────────────────
  // A widget is one question: { path, element, read() → value or undefined, fill(value), answered() }.
  // undefined means "not answered": the fact is left out, and the engine treats it as onbekend.

  // The policy's Dutch description, and the fact's name beside it (as the outcome and the JSON name it).
  function caption(tag, attributes, field) {
    return field.description
      ? el(tag, attributes, field.description, " ", el("span", { class: "veldnaam", text: field.name }))
      : el(tag, attributes, el("span", { class: "veldnaam", text: field.name }));
  }

  function label(field, forId) {
    return caption("label", { for: forId }, field);
  }

  function legend(field) {
    return caption("legend", {}, field);
  }

  function widgetFor(field, path) {
    const widget = makeWidget(field, path);
    widget.optional = !!field.optional;
    if (widget.optional) {
      const hint = el("p", { class: "hulp", text: "Mag leeg blijven: leeg is ook een antwoord." });
      const labelled = widget.element.querySelector(":scope > label, :scope > legend");
      labelled ? labelled.after(hint) : widget.element.prepend(hint);
    }
    return widget;
  }

  function makeWidget(field, path) {
    const type = field.type;
    switch (type.kind) {
      case "boolean": return booleanWidget(field, path);
      case "choice": return choiceWidget(field, path);
      case "record": return recordWidget(field, path, type.record);
      case "list":
        if (type.element.kind === "choice") return choiceListWidget(field, path);
        return listWidget(field, path);
      default: return inputWidget(field, path);
    }
  }

  function booleanWidget(field, path) {
    const id = idOf(path);
    const options = [["ja", "true", "Ja"], ["nee", "false", "Nee"], ["leeg", "", "Niet ingevuld"]];
    const radios = [];
    const set = el("fieldset", { class: "veld keuzes", "data-path": path, id: id }, legend(field));
    for (const [suffix, value, text] of options) {
      const radio = el("input", { type: "radio", name: id, id: `${id}-${suffix}`, value: value, checked: value === "" });
      radios.push(radio);
      set.append(el("span", { class: "optie" }, radio, el("label", { for: radio.id, text: text })));
    }
    return {
      path, element: set,
      read() { const on = radios.find((r) => r.checked); return !on || on.value === "" ? undefined : on.value === "true"; },
      fill(value) { for (const r of radios) r.checked = r.value === (value === true ? "true" : value === false ? "false" : ""); },
      answered() { return this.read() !== undefined; },
    };
  }

  function choiceWidget(field, path) {
    const id = idOf(path);
    const select = el("select", { id: id }, el("option", { value: "", text: "— niet ingevuld —" }));
    for (const choice of field.type.choices) select.append(el("option", { value: choice, text: choice }));
    return {
      path, element: el("div", { class: "veld", "data-path": path }, label(field, id), select),
      read() { return select.value === "" ? undefined : select.value; },
      fill(value) { select.value = value == null ? "" : String(value); },
      answered() { return select.value !== ""; },
    };
  }

  const inputTypes = {
    date: { type: "date" },
    dateTime: { type: "datetime-local" },
    integer: { type: "number", step: "1", inputmode: "numeric" },
    decimal: { type: "number", step: "any", inputmode: "decimal" },
    money: { type: "number", step: "0.01", inputmode: "decimal", hint: "Bedrag in euro's." },
    percentage: { type: "number", step: "any", inputmode: "decimal", hint: "Percentage, bijvoorbeeld 85 voor 85%." },
    duration: { type: "text", hint: "Een duur, bijvoorbeeld \"30 minuten\" of \"2 weken\"." },
    text: { type: "text" },
  };

  function inputWidget(field, path) {
    const id = idOf(path);
    const kind = field.type.kind;
    const spec = inputTypes[kind] || { type: "text" };
    const input = el("input", { id: id, type: spec.type, step: spec.step, inputmode: spec.inputmode, autocomplete: "off" });
    const hint = spec.hint ? el("p", { class: "hulp", id: id + "-hulp", text: spec.hint }) : null;
    if (hint) input.setAttribute("aria-describedby", hint.id);
    const numeric = spec.type === "number";
    return {
      path, element: el("div", { class: "veld", "data-path": path }, label(field, id), input, hint),
      read() {
        const text = input.value.trim();
        if (text === "") return undefined;
        if (numeric) { const number = Number(text); return Number.isFinite(number) ? number : text; }
        return text;
      },
      fill(value) { input.value = value == null ? "" : String(value); },
      answered() { return input.value.trim() !== ""; },
    };
  }

  function recordWidget(field, path, recordName) {
    const box = field ? el("fieldset", { class: "veld", "data-path": path, id: idOf(path) }, legend(field)) : el("div", { class: "record" });
    const children = state.schema.records[recordName].fields.map((f) => {
      const child = widgetFor(f, path ? `${path}.${f.name}` : f.name);
      child.name = f.name;
      box.append(child.element);
      return child;
    });
    const widget = {
      path, element: box, children,
      read() {
        let any = false;
        const value = {};
        for (const child of children) {
          const v = child.read();
          if (v !== undefined) { value[child.name] = v; any = true; }
        }
        return any ? value : undefined;
      },
      fill(value) { for (const child of children) child.fill(value ? value[child.name] : undefined); },
      answered() { return children.some((c) => c.answered()); },
    };
    return widget;
  }

  // A list of choices: a box per choice, and "geen" for the empty list (which is an answer, unlike no box at all).
  function choiceListWidget(field, path) {
    const id = idOf(path);
    const set = el("fieldset", { class: "veld keuzes", "data-path": path, id: id }, legend(field));
    const none = el("input", { type: "checkbox", id: `${id}-geen` });
    set.append(el("span", { class: "optie" }, none, el("label", { for: none.id, text: "Geen van deze" })));
    const boxes = field.type.element.choices.map((choice, i) => {
      const box = el("input", { type: "checkbox", id: `${id}-${i}`, value: choice });
      set.append(el("span", { class: "optie" }, box, el("label", { for: box.id, text: choice })));
      box.addEventListener("change", () => { if (box.checked) none.checked = false; });
      return box;
    });
    none.addEventListener("change", () => { if (none.checked) for (const b of boxes) b.checked = false; });
    return {
      path, element: set,
      read() {
        const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
        return chosen.length ? chosen : none.checked ? [] : undefined;
      },
      fill(value) {
        none.checked = Array.isArray(value) && value.length === 0;
        for (const b of boxes) b.checked = Array.isArray(value) && value.includes(b.value);
      },
      answered() { return this.read() !== undefined; },
    };
  }

  // A list of records (or of numbers, dates, texts): items added and removed with buttons; "geen" is the empty list.
  function listWidget(field, path) {
    const id = idOf(path);
    const element = field.type.element;
    const noun = element.kind === "record" ? element.record : "waarde";
    const set = el("fieldset", { class: "veld lijst", "data-path": path, id: id }, legend(field));
    const none = el("input", { type: "checkbox", id: `${id}-geen` });
    set.append(el("div", { class: "veld-vinkje" }, none, el("label", { for: none.id, text: "Geen (de lijst is leeg)" })));
    const itemsBox = el("div", { class: "lijst-items" });
    const add = el("button", { type: "button", class: "tweede", id: `${id}-toevoegen`, text: `${noun} toevoegen` });
    set.append(itemsBox, add);
    const items = [];
    let made = 0; // ids of items stay unique when one in the middle is removed

    function renumber() {
      items.forEach((item, i) => {
        item.legend.textContent = `${noun} ${i + 1}`;
        item.remove.textContent = `Verwijder ${noun} ${i + 1}`;
      });
    }

    function addItem(value) {
      const itemPath = `${path}[${made}]`;
      const itemField = { name: `${field.name}[${made++}]`, description: noun, type: element };
      const box = el("fieldset", { class: "lijst-item" });
      const itemLegend = el("legend", {});
      box.append(itemLegend);
      const inner = element.kind === "record" ? recordWidget(null, itemPath, element.record) : widgetFor(itemField, itemPath);
      box.append(inner.element);
      const remove = el("button", { type: "button", class: "tweede" });
      box.append(remove);
      const item = { widget: inner, element: box, legend: itemLegend, remove };
      remove.addEventListener("click", () => {
        items.splice(items.indexOf(item), 1);
        box.remove();
        renumber();
        add.focus();
        changed();
      });
      items.push(item);
      itemsBox.append(box);
      none.checked = false;
      renumber();
      if (value !== undefined) inner.fill(value);
      return item;
    }

    add.addEventListener("click", () => {
      const item = addItem();
      item.element.querySelector("input, select")?.focus();
      changed();
    });
    none.addEventListener("change", () => {
      if (!none.checked) return;
      for (const item of items.splice(0)) item.element.remove();
    });

    return {
      path, element: set,
      read() {
        if (items.length) return items.map((item) => { const v = item.widget.read(); return v === undefined ? (element.kind === "record" ? {} : null) : v; });
        return none.checked ? [] : undefined;
      },
      fill(value) {
        for (const item of items.splice(0)) item.element.remove();
        none.checked = Array.isArray(value) && value.length === 0;
        if (Array.isArray(value)) for (const v of value) addItem(v);
      },
      answered() { return items.length > 0 || none.checked; },
      listItems: () => items.map((item) => item.widget),
    };
  }

  // ───────────────────────────── what still decides ─────────────────────────────

  function missingFacts(outcome) {
    const missing = new Set();
    const walk = (node) => {
      for (const fact of node.missingFacts || []) missing.add(fact);
      for (const child of node.requirements || []) walk(child);
      for (const child of node.children || []) walk(child);
    };
    for (const set of outcome.requirementSets) walk(set);
    return missing;
  }

  // A question decides something if the engine names it, a part of it, or the record it belongs to as missing.
  function decides(path, missing) {
    const plain = path.replace(/\[\d+\]/g, "");
    for (const fact of missing) {
      const f = fact.replace(/\[\d+\]/g, "");
      if (f === plain || f.startsWith(plain + ".") || plain.startsWith(f + ".")) return true;
    }
    return false;
  }

  function markDeciding(missing) {
    const showAll = $("alle-vragen").checked;
    const deciding = [];
    const visit = (widget, insideList) => {
      if (widget.path) {
        const yes = decides(widget.path, missing);
        widget.element.classList.toggle("beslist", yes && !insideList);
        // An optional fact left empty is an answer (absent), not onbekend, so the engine never names it as missing:
        // it is always asked, or an empty one would decide unseen.
        widget.element.hidden = !(showAll || yes || widget.optional || widget.answered() || insideList || widget.element.contains(document.activeElement));
        if (yes && !insideList && !widget.children) deciding.push(widget);
      }
      for (const child of widget.children || []) visit(child, insideList);
      for (const item of widget.listItems ? widget.listItems() : []) visit(item, true);
    };
    visit(state.root, false);
    const list = $("nog-nodig");
    list.textContent = "";
    const open = deciding.filter((w) => !w.answered());
    if (open.length === 0) {
      list.append("Er zijn geen vragen meer die een eis beslissen.");
      return;
    }
    list.append(open.length === 1 ? "Nog 1 vraag beslist een eis: " : `Nog ${open.length} vragen beslissen een eis: `);
    open.slice(0, 8).forEach((w, i) => {
      if (i) list.append(", ");
      list.append(el("a", { href: "#" + w.element.id, text: w.path }));
    });
    if (open.length > 8) list.append(` en ${open.length - 8} meer`);
    list.append(".");
  }

  // ───────────────────────────── evaluation ─────────────────────────────

  function facts() {
    return state.root ? state.root.read() || {} : {};
  }

  function changed() {
    clearTimeout(state.timer);
    const sequence = ++state.requested;
    $("uitslag").dataset.aangevraagd = String(sequence);
    state.timer = setTimeout(() => evaluate(sequence), 150);
  }

  function query() {
    const parts = [];
    const date = $("peildatum").value;
    if (date) parts.push("on=" + encodeURIComponent(date));
    const set = $("eisen").value;
    if (set) parts.push("set=" + encodeURIComponent(set));
    return parts.length ? "?" + parts.join("&") : "";
  }

  async function evaluate(sequence) {
    const policy = state.policy;
    if (!policy) return;
    const results = $("uitslag");
    results.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(`${api}/v1/policies/${encodeURIComponent(policy.id)}/evaluate${query()}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(facts()),
      });
      const text = await response.text();
      if (sequence !== state.requested) return; // a newer answer is on its way
      if (!response.ok) throw problemError(response, text);
      show($("uitslag-fout"), "");
      state.lastJson = text;
      const outcome = JSON.parse(text);
      render(outcome);
      markDeciding(missingFacts(outcome));
      offerDownload(text);
    } catch (error) {
      if (sequence !== state.requested) return;
      show($("uitslag-fout"), "De uitslag kon niet worden bepaald. " + error.message);
    } finally {
      if (sequence === state.requested) {
        results.dataset.getoond = String(sequence);
        results.removeAttribute("aria-busy");
      }
    }
  }

  function offerDownload(text) {
    if (state.downloadUrl) URL.revokeObjectURL(state.downloadUrl);
    state.downloadUrl = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = $("download-json");
    link.href = state.downloadUrl;
    link.download = `${state.policy.id}-uitslag-${$("peildatum").value || today()}.json`;
    link.removeAttribute("aria-disabled");
  }

  function outcomeBadge(node) {
    return el("span", { class: `uitkomst uitkomst-${node.outcome}`, text: node.outcomeText || outcomeWords[node.outcome] || node.outcome });
  }

  function documentLink(location, anchor) {
    if (!location) return null;
    const place = `${location.file}:${location.line}`;
    const date = $("peildatum").value;
    const href = `${api}/v1/policies/${encodeURIComponent(state.policy.id)}/document${date ? "?on=" + encodeURIComponent(date) : ""}#${encodeURIComponent(anchor)}`;
    return el("p", { class: "bron" }, "Bron: ", el("a", { href, "data-plaats": place, text: place }));
  }

  function factLinks(facts) {
    const line = el("p", { class: "details ontbreekt" }, "Beslist door (nog niet ingevuld): ");
    facts.forEach((fact, i) => {
      if (i) line.append(", ");
      const target = document.getElementById(idOf(fact)) || document.getElementById(idOf(fact.split(".")[0]));
      line.append(target ? el("a", { href: "#" + target.id, text: fact }) : el("code", { text: fact }));
    });
    return line;
  }

  function requirementItem(node) {
    const item = el("li", { class: "eis", "data-path": node.path, "data-outcome": node.outcome },
      outcomeBadge(node), " ", el("code", { class: "veldnaam", text: node.path }),
      el("p", { class: "zin", text: node.sentence }));
    if (node.exception) item.append(el("p", { class: "details", text: "Uitzondering: " + (node.exception.sentence || node.exception.name || JSON.stringify(node.exception)) }));
    if (node.discretionReason) item.append(el("p", { class: "details", text: "Ter beoordeling: " + node.discretionReason }));
    if (node.evidence && node.evidence.length) {
      const list = el("ul", { class: "details bewijs", "aria-label": "Beslissende waarden" });
      for (const e of node.evidence) list.append(el("li", { text: e }));
      item.append(list);
    }
    if (node.missingFacts && node.missingFacts.length) item.append(factLinks(node.missingFacts));
    item.append(documentLink(node.location, node.path));
    if (node.children && node.children.length) {
      const children = el("ol", { class: "eisen" });
      for (const child of node.children) children.append(requirementItem(child));
      item.append(children);
    }
    return item;
  }

  function render(outcome) {
    const results = $("uitslag");
    results.textContent = "";
    const setTitle = $("eisen").selectedOptions[0]?.textContent || "Alle eisen";
    results.append(el("p", { class: "hulp context", text: `${state.policy.title || state.policy.id} (${outcome.policy}), peildatum ${outcome.evaluationDate}, ${setTitle}.` }));
    const summary = el("ul", {});
    for (const set of outcome.requirementSets) {
      summary.append(el("li", {}, outcomeBadge(set), " ", set.title || set.name, " ", el("span", { class: "veldnaam", text: set.name })));
      const article = el("article", { class: "eisenset", "data-set": set.name, "data-outcome": set.outcome, "aria-labelledby": "set-" + set.name });
      article.append(el("header", {}, el("h3", { id: "set-" + set.name }, set.title || set.name, " ", el("span", { class: "veldnaam", text: set.name })), outcomeBadge(set)));
      if (set.applicabilityEvidence && set.applicabilityEvidence.length && set.outcome === "notApplicable") {
        article.append(el("p", { class: "details", text: "Niet van toepassing: " + set.applicabilityEvidence.join("; ") }));
      }
      if (set.included && set.included.length) {
        article.append(el("p", { class: "details", text: "Omvat: " + set.included.map((i) => i.name || i).join(", ") }));
      }
      if (set.missingFacts && set.missingFacts.length) article.append(factLinks(set.missingFacts));
      if (set.discretionReason) article.append(el("p", { class: "details", text: "Ter beoordeling: " + set.discretionReason }));
      article.append(documentLink(set.location, set.name));
      const list = el("ol", { class: "eisen" });
      for (const requirement of set.requirements || []) list.append(requirementItem(requirement));
      article.append(list);
      results.append(article);
    }
    const counts = {};
    for (const set of outcome.requirementSets) counts[set.outcome] = (counts[set.outcome] || 0) + 1;
    const said = Object.keys(outcomeWords).filter((k) => counts[k]).map((k) => `${counts[k]} ${outcomeWords[k]}`).join(", ");
    const live = $("samenvatting");
    live.textContent = "";
    live.append(el("p", { text: `Uitslag bijgewerkt: ${said}.` }), summary);
  }

  // ───────────────────────────── planning ─────────────────────────────

  async function loadAgenda() {
    const box = $("agenda");
    const policy = state.policy;
    box.textContent = "";
    const ics = $("download-ics");
    if (!policy || !policy.timelines || policy.timelines.length === 0) {
      box.append(el("p", { text: "Dit beleid heeft geen planning." }));
      ics.setAttribute("aria-disabled", "true");
      ics.removeAttribute("href");
      $("partij").disabled = true;
      return;
    }
    $("partij").disabled = false;
    const party = $("partij").value;
    const parts = [];
    if ($("peildatum").value) parts.push("on=" + encodeURIComponent($("peildatum").value));
    if (party) parts.push("party=" + encodeURIComponent(party));
    const url = `/v1/policies/${encodeURIComponent(policy.id)}/timeline?${parts.join("&")}`;
    ics.href = `${api}${url}&format=ics`;
    ics.download = `${policy.id}-planning.ics`;
    ics.removeAttribute("aria-disabled");
    try {
      const timeline = await getJson(url);
      let rows = 0;
      for (const line of timeline.timelines) {
        if (!line.items.length) continue;
        const table = el("table", {}, el("caption", { text: line.title || line.name }),
          el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Wanneer" }), el("th", { scope: "col", text: "Wat" }), el("th", { scope: "col", text: "Waar" }), el("th", { scope: "col", text: "Stand" }))));
        const body = el("tbody");
        for (const item of line.items) {
          rows++;
          body.append(el("tr", {},
            el("td", { text: item.schedule || item.summary || "zonder datum" }),
            el("td", { text: item.action || item.id }),
            el("td", { text: item.channel || "" }),
            el("td", { text: item.statusText || item.status || "" })));
        }
        table.append(body);
        box.append(table);
      }
      if (rows === 0) box.append(el("p", { text: party ? `De planning heeft geen stappen voor ${party}.` : "De planning heeft geen stappen." }));
    } catch (error) {
      box.append(el("p", { class: "melding", text: "De planning kon niet worden geladen. " + error.message }));
    }
  }

  // ───────────────────────────── choosing a policy ─────────────────────────────

  function fillSets(policy) {
    const select = $("eisen");
    const previous = select.value;
    select.textContent = "";
    select.append(el("option", { value: "", text: "Alle eisen" }));
    for (const set of policy.requirementSets || []) {
      select.append(el("option", { value: set.name, text: (set.title || set.name) + (set.contract ? " (overeenkomst)" : "") }));
    }
    if ([...select.options].some((o) => o.value === previous)) select.value = previous;
  }

  function fillParties(policy) {
    const select = $("partij");
    const previous = select.value;
    select.textContent = "";
    select.append(el("option", { value: "", text: "Alle partijen" }));
    for (const party of policy.parties || []) select.append(el("option", { value: party, text: party }));
    if ([...select.options].some((o) => o.value === previous)) select.value = previous;
    else if ((policy.parties || []).includes("Zorgaanbieder")) select.value = "Zorgaanbieder";
  }

  async function loadForm() {
    const policy = state.policy;
    const form = $("vragen");
    const before = state.root ? facts() : undefined;
    const date = $("peildatum").value;
    let schema;
    try {
      schema = await getJson(`/v1/policies/${encodeURIComponent(policy.id)}/gegevens${date ? "?on=" + encodeURIComponent(date) : ""}`);
    } catch (error) {
      form.textContent = "";
      state.root = null;
      show($("laden-melding"), "De gegevens van dit beleid konden niet worden geladen. " + error.message);
      return false;
    }
    show($("laden-melding"), "");
    const text = JSON.stringify(schema);
    if (text === state.schemaText && state.root) return true; // the same questions: keep the answers as they are
    state.schema = schema;
    state.schemaText = text;
    form.textContent = "";
    state.root = recordWidget(null, "", schema.subject);
    form.append(state.root.element);
    if (before) state.root.fill(before);
    return true;
  }

  async function choosePolicy() {
    state.policy = state.policies.find((p) => p.id === $("beleid").value) || null;
    if (!state.policy) return;
    fillSets(state.policy);
    fillParties(state.policy);
    state.schemaText = "";
    state.root = null;
    if (await loadForm()) changed();
    loadAgenda();
  }

  async function start() {
    $("peildatum").value = today();
    $("download-json").setAttribute("aria-disabled", "true");
    $("download-json").addEventListener("click", (event) => { if (!state.lastJson) event.preventDefault(); });
    $("afdrukken").addEventListener("click", () => window.print());
    $("alle-vragen").addEventListener("change", () => { if (state.lastJson) markDeciding(missingFacts(JSON.parse(state.lastJson))); });
    $("formulier").addEventListener("change", changed);
    $("formulier").addEventListener("input", (event) => { if (event.target.matches('input[type="text"], input[type="number"]')) changed(); });
    $("formulier").addEventListener("submit", (event) => { event.preventDefault(); changed(); }); // Enter, or the button: now
    $("beleid").addEventListener("change", () => loading(choosePolicy));
    $("eisen").addEventListener("change", changed);
    $("partij").addEventListener("change", loadAgenda);
    $("peildatum").addEventListener("change", () => loading(async () => { if (state.policy && await loadForm()) changed(); loadAgenda(); }));

    await loading(loadPolicies);
  }

  async function loadPolicies() {
    try {
      const list = await getJson("/v1/policies");
      state.policies = list.policies.filter((p) => p.serving);
    } catch (error) {
      show($("laden-melding"), "De beleidsregels konden niet worden geladen. " + error.message);
      return;
    }
    const select = $("beleid");
    for (const policy of state.policies) select.append(el("option", { value: policy.id, text: policy.title ? `${policy.title} (${policy.policy})` : policy.policy }));
    const wanted = new URLSearchParams(location.search).get("beleid");
    if (wanted && state.policies.some((p) => p.id === wanted)) select.value = wanted;
    await choosePolicy();
  }

  start();
})();

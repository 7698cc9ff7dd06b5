// The checklist progress tracker: a checkbox per skills-checklist item, kept in this browser's
// localStorage (no account, no server, no request). overrides/hooks/skills.py renders the
// checkboxes and the counters, and inlines this file into every page with the checklist's
// shape in SKILLS: {areas: {slug: [item ids]}, apart: [slugs counted apart], total: 52}.
// Material's document$ re-runs render() after each instant navigation.
(() => {
  const SKILLS = window.__skills;
  const KEY = "tf-study-guide.progress";
  const FORMAT = "tf-study-guide-progress";
  const known = new Set(Object.values(SKILLS.areas).flat());
  const $$ = (selector) => document.querySelectorAll(selector);

  const read = () => {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) || "{}");
      return new Set((saved.done || []).filter((id) => known.has(id)));
    } catch {
      return new Set();
    }
  };
  const write = (done) => {
    try {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, done: [...done] }));
      return true;
    } catch {
      say("This browser does not let the site save your ticks (storage is off or full).");
      return false;
    }
  };
  const count = (done, slug) => SKILLS.areas[slug].filter((id) => done.has(id)).length;

  function render() {
    const done = read();
    for (const box of $$("input[data-skill]")) {
      box.checked = done.has(box.dataset.skill);
      box.hidden = false;
    }
    for (const tool of $$("[data-skill-tools]")) tool.hidden = false;
    // Per area: the checklist's own counters, and the home page's area cards (data-area).
    for (const place of $$("[data-skill-area], [data-area]")) {
      const slug = place.dataset.skillArea || place.dataset.area;
      if (!(slug in SKILLS.areas)) continue;
      let counter = place.dataset.skillArea ? place : place.querySelector(".skill-progress");
      if (!counter) {
        // A home page card: the count goes under the card's line of facts.
        counter = document.createElement("p");
        counter.className = "skill-progress";
        const facts = place.querySelector(".card-facts");
        if (facts) facts.after(counter);
        else place.append(counter);
      }
      counter.textContent = `${count(done, slug)} of ${SKILLS.areas[slug].length} done`;
    }
    const inHandbook = Object.keys(SKILLS.areas).filter((slug) => !SKILLS.apart.includes(slug));
    const handbookDone = inHandbook.reduce((sum, slug) => sum + count(done, slug), 0);
    let total = `${handbookDone} of ${SKILLS.total} checklist items done`;
    const apart = SKILLS.apart.flatMap((slug) => SKILLS.areas[slug]);
    if (apart.length) total += `; ${apart.filter((id) => done.has(id)).length} of ${apart.length} beyond the checklist`;
    for (const place of $$("[data-skill-total]")) place.textContent = total + ".";
  }

  function say(message) {
    for (const status of $$("[data-skill-status]")) status.textContent = message;
  }

  // A file exported by exportProgress(), or a reason it is not one.
  function parse(text) {
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      return "it is not a JSON file";
    }
    if (!data || data.format !== FORMAT) return "it is not a progress file exported from this site";
    if (data.version !== 1) return `it is version ${data.version} of the format; this site reads version 1`;
    if (!Array.isArray(data.done)) return "its list of done items is missing";
    const unknown = data.done.find((id) => typeof id !== "string" || !known.has(id));
    if (unknown !== undefined) return `it names item ${JSON.stringify(unknown)}, which is not on the checklist`;
    return new Set(data.done);
  }

  function exportProgress() {
    const done = [...read()];
    const file = { format: FORMAT, version: 1, exported: new Date().toISOString(), done };
    const link = document.createElement("a");
    link.href = "data:application/json;charset=utf-8," + encodeURIComponent(JSON.stringify(file, null, 1));
    link.download = "tf-study-guide-progress.json";
    document.body.append(link);
    link.click();
    link.remove();
    say(`Exported ${done.length} done items to tf-study-guide-progress.json.`);
  }

  async function importProgress(input) {
    const [file] = input.files;
    input.value = "";
    if (!file) return;
    const result = parse(await file.text());
    if (typeof result === "string") {
      say(`Not imported: ${file.name} is not usable (${result}). Nothing was changed.`);
      return;
    }
    if (!write(result)) return;
    render();
    say(`Imported ${file.name}: ${result.size} items marked done (this replaced the progress saved here).`);
  }

  document.addEventListener("change", (event) => {
    const target = event.target;
    if (target.matches("input[data-skill]")) {
      const done = read();
      if (target.checked) done.add(target.dataset.skill);
      else done.delete(target.dataset.skill);
      write(done);
      render();
    } else if (target.matches("input[data-skill-file]")) {
      importProgress(target);
    }
  });
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-skill-action]");
    if (!button) return;
    const action = button.dataset.skillAction;
    if (action === "export") exportProgress();
    if (action === "import") button.parentElement.querySelector("input[data-skill-file]").click();
    if (action === "clear" && confirm("Clear the progress saved in this browser? Export it first to keep a copy.")) {
      localStorage.removeItem(KEY);
      render();
      say("Cleared: no item is marked done in this browser.");
    }
  });
  window.addEventListener("storage", (event) => event.key === KEY && render()); // another tab
  // document$ emits on load and after each instant navigation; DOMContentLoaded covers a page
  // without instant navigation (the offline edition). render() twice is harmless.
  if (window.document$) window.document$.subscribe(render);
  document.addEventListener("DOMContentLoaded", render);
})();

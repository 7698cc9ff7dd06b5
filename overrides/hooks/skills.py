"""MkDocs hook: render the skills checklist from docs/skills.yml.

The checklist lives once, as data. This hook turns it into
  * the checklist page (the ``<!-- skills-checklist -->`` marker in docs/skills.md), and
  * a "Skills on this page" box under the title of every page that teaches an item, and
  * the progress tracker: a checkbox per item on both (hidden until its script runs), counters
    per area and in total, export/import on the checklist page. Its script and style
    (progress/tracker.js and .css beside this file) are inlined into every page with the
    checklist's shape, so it costs no request and works from file:// (the offline edition).
    An area marked ``handbook: false`` in skills.yml is counted apart from the handbook's 52.
tests/site/test_skills.py checks the data itself (every link, anchor and snippet is real);
tests/browser/test_progress.py checks the tracker in a real browser.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

import yaml

MARKER = "<!-- skills-checklist -->"
SKILLS_FILE = "skills.yml"
TOTAL_ITEMS = 52
APART_NOTE = (
    "*Not in the handbook's checklist and not counted in its 52 items: what a Keras 3 learner "
    "needs beyond it.*"
)
TRACKER = Path(__file__).parent / "progress"


def load_skills(docs_dir: str | Path) -> list[dict]:
    """Return the areas of docs/skills.yml, each with its list of items."""
    with open(Path(docs_dir) / SKILLS_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)["areas"]


def iter_items(areas: list[dict]):
    for area in areas:
        for item in area["items"]:
            yield area, item


def in_handbook(area: dict) -> bool:
    """False for an area beyond the handbook's checklist (``handbook: false``): counted apart."""
    return area.get("handbook", True) is not False


def checkbox(item_id) -> str:
    """The tracker's checkbox for one item; hidden until tracker.js shows it."""
    return (
        f'<input type="checkbox" class="skill-check" data-skill="{item_id}" '
        f'aria-label="Mark item {item_id} done" hidden>'
    )


TOOLS = """<div class="skill-tools" data-skill-tools hidden markdown>
Tick the items you can do without looking. Your ticks stay in this browser only: nothing is
sent anywhere. Export them to a file to carry them to another browser or keep a copy.

<p class="skill-progress" data-skill-total></p>
<button type="button" class="md-button" data-skill-action="export">Export progress</button>
<button type="button" class="md-button" data-skill-action="import">Import progress</button>
<input type="file" accept=".json,application/json" data-skill-file hidden>
<button type="button" class="md-button" data-skill-action="clear">Clear progress</button>
<p role="status" data-skill-status></p>
</div>
"""


def tracker_data(areas: list[dict]) -> dict:
    """What tracker.js needs: each area's item ids, the areas counted apart, the handbook's total."""
    return {
        "areas": {area["slug"]: [str(item["id"]) for item in area["items"]] for area in areas},
        "apart": [area["slug"] for area in areas if not in_handbook(area)],
        "total": TOTAL_ITEMS,
    }


def tracker_html(areas: list[dict]) -> tuple[str, str]:
    """The ``<style>`` for the page's head and the ``<script>`` for the end of its body."""
    style = (TRACKER / "tracker.css").read_text(encoding="utf-8")
    script = (TRACKER / "tracker.js").read_text(encoding="utf-8")
    data = json.dumps(tracker_data(areas), separators=(",", ":"))
    return f"<style>{style}</style>", f"<script>window.__skills={data};\n{script}</script>"


def _relative(target: str, from_page: str) -> str:
    """Link from one docs-relative .md file to another (with optional #anchor)."""
    path, _, anchor = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def render_checklist(areas: list[dict], page_path: str) -> str:
    # Items of an area marked `handbook: false` are not among the handbook's 52: counted apart.
    covered = sum(
        1
        for area, item in iter_items(areas)
        if area.get("handbook", True) is not False and item.get("taught_in")
    )
    lines = [
        f"**{covered} of {TOTAL_ITEMS} items covered** by a page section with tested code.",
        "",
        TOOLS,
    ]
    for number, area in enumerate(areas, start=1):
        if area.get("handbook", True) is False:
            lines += [f"## {area['title']} {{ #{area['slug']} }}", "", APART_NOTE, ""]
        else:
            lines += [f"## ({number}) {area['title']} {{ #{area['slug']} }}", ""]
        lines += [f'<p class="skill-progress" data-skill-area="{area["slug"]}"></p>', ""]
        for item in area["items"]:
            lines += [
                f"{checkbox(item['id'])}**{item['id']}.** {item['text']}",
                f"{{ #item-{item['id']} .skill }}",
                "",
            ]
            places = item.get("taught_in") or []
            if not places:
                lines += ["- :material-progress-clock: *Not covered yet.*", ""]
                continue
            for place in places:
                link = _relative(place["page"], page_path)
                label = place.get("title", place["page"])
                snippet = place["snippet"]
                source = f"[`{snippet}`]({{repo}}/blob/main/{snippet})"
                lines.append(f"- [{label}]({link}) · code: {source}")
            lines.append("")
    return "\n".join(lines)


BOX_TITLE = "Skills checklist items on this page"
APART_BOX_TITLE = "Skills beyond the checklist on this page (not among the handbook's 52)"


def render_box(
    items: list[dict], page_path: str, checklist_path: str = "skills.md", title: str = BOX_TITLE
) -> str:
    link = _relative(checklist_path, page_path)
    lines = [f'!!! abstract "{title}"', ""]
    for item in items:
        lines.append(f"    - {checkbox(item['id'])}[{item['id']}. {item['text']}]({link}#item-{item['id']})")
    return "\n".join(lines) + "\n"


def _insert_after_title(markdown: str, block: str) -> str:
    """Put ``block`` right under the page's first level-1 heading (or on top)."""
    lines = markdown.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: index + 1] + ["", block] + lines[index + 1 :])
    return block + "\n" + markdown


_areas: list[dict] = []
_tracker: tuple[str, str] = ("", "")


def on_config(config):
    # Once per build: parsing skills.yml for each of ~66 pages took half of the build's time.
    global _areas, _tracker
    _areas = load_skills(config["docs_dir"])
    _tracker = tracker_html(_areas)
    return config


def on_files(files, config):  # noqa: ARG001 (MkDocs hook signature)
    """Keep this folder's non-Python files (the tracker's sources, inlined) out of the site."""
    for file in [f for f in files if f.src_uri.startswith("hooks/") and f.abs_src_path]:
        if Path(file.abs_src_path).resolve().is_relative_to(Path(__file__).parent):
            files.remove(file)
    return files


def on_post_page(output, page, config):  # noqa: ARG001 (MkDocs hook signature)
    """Inline the tracker into every page: the home page's cards and any page reached by instant
    navigation need it, and an inline script costs no request."""
    style, script = _tracker
    output = output.replace("</head>", style + "</head>", 1)
    head, _, tail = output.rpartition("</body>")
    return head + script + "</body>" + tail if _ else output


def on_page_markdown(markdown, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    areas = _areas
    path = page.file.src_uri
    if MARKER in markdown:
        body = render_checklist(areas, path).replace("{repo}", config["repo_url"].rstrip("/"))
        return markdown.replace(MARKER, body)
    here = [
        (area, item)
        for area, item in iter_items(areas)
        if any(place["page"].partition("#")[0] == path for place in item.get("taught_in") or [])
    ]
    handbook = [item for area, item in here if in_handbook(area)]
    apart = [item for area, item in here if not in_handbook(area)]
    boxes = [render_box(handbook, path)] if handbook else []
    boxes += [render_box(apart, path, title=APART_BOX_TITLE)] if apart else []
    if boxes:
        return _insert_after_title(markdown, "\n".join(boxes))
    return markdown

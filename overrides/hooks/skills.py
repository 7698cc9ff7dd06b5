"""MkDocs hook: render the skills checklist from docs/skills.yml.

The checklist lives once, as data. This hook turns it into
  * the checklist page (the ``<!-- skills-checklist -->`` marker in docs/skills.md), and
  * a "Skills on this page" box under the title of every page that teaches an item.
tests/site/test_skills.py checks the data itself (every link, anchor and snippet is real).
"""

from __future__ import annotations

import posixpath
from pathlib import Path

import yaml

MARKER = "<!-- skills-checklist -->"
SKILLS_FILE = "skills.yml"
TOTAL_ITEMS = 52


def load_skills(docs_dir: str | Path) -> list[dict]:
    """Return the areas of docs/skills.yml, each with its list of items."""
    with open(Path(docs_dir) / SKILLS_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)["areas"]


def iter_items(areas: list[dict]):
    for area in areas:
        for item in area["items"]:
            yield area, item


def _relative(target: str, from_page: str) -> str:
    """Link from one docs-relative .md file to another (with optional #anchor)."""
    path, _, anchor = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def render_checklist(areas: list[dict], page_path: str) -> str:
    covered = sum(1 for _, item in iter_items(areas) if item.get("taught_in"))
    lines = [
        f"**{covered} of {TOTAL_ITEMS} items covered** by a page section with tested code.",
        "",
    ]
    for number, area in enumerate(areas, start=1):
        lines += [f"## ({number}) {area['title']} {{ #{area['slug']} }}", ""]
        for item in area["items"]:
            lines += [f"**{item['id']}.** {item['text']}", f"{{ #item-{item['id']} .skill }}", ""]
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


def render_box(items: list[dict], page_path: str, checklist_path: str = "skills.md") -> str:
    link = _relative(checklist_path, page_path)
    lines = ['!!! abstract "Skills checklist items on this page"', ""]
    for item in items:
        lines.append(f"    - [{item['id']}. {item['text']}]({link}#item-{item['id']})")
    return "\n".join(lines) + "\n"


def _insert_after_title(markdown: str, block: str) -> str:
    """Put ``block`` right under the page's first level-1 heading (or on top)."""
    lines = markdown.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: index + 1] + ["", block] + lines[index + 1 :])
    return block + "\n" + markdown


_areas: list[dict] = []


def on_config(config):
    # Once per build: parsing skills.yml for each of ~66 pages took half of the build's time.
    global _areas
    _areas = load_skills(config["docs_dir"])
    return config


def on_page_markdown(markdown, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    areas = _areas
    path = page.file.src_uri
    if MARKER in markdown:
        body = render_checklist(areas, path).replace("{repo}", config["repo_url"].rstrip("/"))
        return markdown.replace(MARKER, body)
    here = [
        item
        for _, item in iter_items(areas)
        if any(place["page"].partition("#")[0] == path for place in item.get("taught_in") or [])
    ]
    if here:
        return _insert_after_title(markdown, render_box(here, path))
    return markdown

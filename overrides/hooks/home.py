"""MkDocs hook: the home page's cards and page list, counted from the navigation and skills.yml.

docs/index.md says, in its front matter, what each card covers (``cards:``, one entry per
navigation section, named by its folder). This hook renders, in place of ``<!-- area-cards -->``,
Material's grid of cards: for each section that is in the navigation, its title (linking to the
section's index), what it covers, how many pages it has and which checklist items it teaches
(docs/skills.yml) or practises, and a link to its first page. In place of ``<!-- page-list -->``
it lists every page of every section. So the numbers stay right when pages are added.

A card whose section is not in the navigation is left out (a section can be written before its
pages land); a section with pages but no card fails the strict build (a warning). Each card is
``<div class="card" data-area="<folder>">``: a stable hook for scripts (the progress tracker).
tests/site/test_home.py checks the result.
"""

from __future__ import annotations

import html
import logging
import posixpath
from pathlib import Path

import yaml

log = logging.getLogger("mkdocs.hooks.home")
CARDS = "<!-- area-cards -->"
PAGE_LIST = "<!-- page-list -->"
NOT_CARDED = {"exam"}  # sections the home page lists but gives no card (background, not lessons)

_sections: dict[str, dict] = {}  # folder -> {"title", "index", "pages": [(title, src_uri)]}
_items: dict[str, list] = {}  # skills.yml area slug -> item ids
_beyond: set[str] = set()  # skills.yml areas beyond the handbook (handbook: false)


def item_range(ids: list[int]) -> str:
    """Checklist item numbers as short ranges.

    >>> item_range([1, 2, 3, 4, 5, 6, 7]), item_range([8, 9, 10, 27, 28]), item_range([5])
    ('1-7', '8-10, 27-28', '5')
    >>> item_range(["B1", "B2", "B3"])
    'B1-B3'
    """
    if not all(isinstance(number, int) for number in ids):  # B1, B2, ...: first to last
        return str(ids[0]) if len(ids) == 1 else f"{ids[0]}-{ids[-1]}"
    parts: list[str] = []
    ids = sorted(ids)
    start = prev = ids[0]
    for number in [*ids[1:], None]:
        if number is not None and number == prev + 1:
            prev = number
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if number is not None:
            start = prev = number
    return ", ".join(parts)


def count(number: int, noun: str) -> str:
    """A number and its noun.

    >>> count(1, "page"), count(7, "page"), count(5, "problem")
    ('1 page', '7 pages', '5 problems')
    """
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _link(src_uri: str, from_page: str) -> str:
    return posixpath.relpath(src_uri, posixpath.dirname(from_page) or ".")


def facts(card: dict, section: dict, items: dict[str, list[int]]) -> str:
    """The card's line of numbers: pages, and the checklist items taught or practised.

    >>> section = {"title": "Basics", "index": "basics/index.md", "pages": [("A", "basics/a.md")] * 7}
    >>> facts({"section": "basics"}, section, {"basics": [1, 2, 3, 4, 5, 6, 7]})
    '7 pages · checklist items 1-7 (7 items)'
    >>> facts({"section": "x", "unit": "problem", "practises": ["a", "b"]}, section, {"0": [1], "a": [8, 9], "b": [10]})
    '7 problems · practises areas 2-3 (checklist items 8-10)'
    >>> facts({"section": "beyond", "items": "past the checklist"}, section, {})
    '7 pages · past the checklist'
    """
    parts = [count(len(section["pages"]), card.get("unit", "page"))]
    if "practises" in card:
        areas = [list(items).index(slug) + 1 for slug in card["practises"]]
        ids = [number for slug in card["practises"] for number in items[slug]]
        parts.append(f"practises areas {item_range(areas)} (checklist items {item_range(ids)})")
    elif card["section"] in items and card["section"] not in _beyond:
        ids = items[card["section"]]
        parts.append(f"checklist items {item_range(ids)} ({count(len(ids), 'item')})")
    elif card["section"] in items:  # skills.yml: handbook: false
        ids = items[card["section"]]
        parts.append(f"skills {item_range(ids)}, beyond the handbook's checklist")
    elif card.get("items"):
        parts.append(card["items"])
    return " · ".join(parts)


def render_cards(cards: list[dict], sections: dict, items: dict, page_path: str) -> str:
    """Material's grid cards (md_in_html) for the cards whose section is in the navigation."""
    out = ['<div class="grid" markdown>', ""]
    for card in cards:
        section = sections.get(card["section"])
        if section is None:
            continue
        # A section whose pages have not landed yet starts at its index page.
        first_title, first_src = (section["pages"] or [(section["title"], section["index"])])[0]
        out += [
            f'<div class="card" data-area="{html.escape(card["section"])}" '
            f'data-pages="{len(section["pages"])}" markdown>',
            "",
            f"**[{card.get('title', section['title'])}]({_link(section['index'], page_path)})**",
            "{ .card-title }",
            "",
            card["covers"].strip(),
            "",
            f"{facts(card, section, items)}",
            "{ .card-facts }",
            "",
            f"[{card.get('start', 'Start')}: {first_title}]({_link(first_src, page_path)})",
            "{ .card-start }",
            "",
            "</div>",
            "",
        ]
    return "\n".join([*out, "</div>"])


def render_page_list(sections: dict, page_path: str) -> str:
    """Every section of the navigation (but the home section) and its pages, as a table."""
    lines = ["| section | pages |", "|---|---|"]
    for section in sections.values():
        pages = ", ".join(f"[{title}]({_link(src, page_path)})" for title, src in section["pages"])
        lines.append(f"| [{section['title']}]({_link(section['index'], page_path)}) | {pages} |")
    return "\n".join(lines)


def sections_of(nav) -> dict[str, dict]:
    """Folder -> section title, index page and pages (in order), for each section with an index."""
    found: dict[str, dict] = {}
    for item in nav.items:
        children = getattr(item, "children", None) or []
        files = [child for child in children if getattr(child, "file", None) is not None]
        index = next((page for page in files if page.file.src_uri.endswith("/index.md")), None)
        if index is None:
            continue
        folder = index.file.src_uri.rsplit("/", 1)[0]
        found[folder] = {
            "title": item.title,
            "index": index.file.src_uri,
            "pages": [(page.title, page.file.src_uri) for page in files if page is not index],
        }
    return found


def on_config(config):
    skills = yaml.safe_load((Path(config["docs_dir"]) / "skills.yml").read_text(encoding="utf-8"))
    _items.clear()
    _items.update({area["slug"]: [item["id"] for item in area["items"]] for area in skills["areas"]})
    _beyond.clear()
    _beyond.update(area["slug"] for area in skills["areas"] if area.get("handbook") is False)
    return config


def on_nav(nav, config, files):  # noqa: ARG001 (MkDocs hook signature)
    _sections.clear()
    _sections.update(sections_of(nav))
    return nav


def on_page_markdown(markdown, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    if CARDS not in markdown and PAGE_LIST not in markdown:
        return markdown
    path = page.file.src_uri
    if CARDS in markdown:
        cards = page.meta.get("cards") or []
        carded = {card["section"] for card in cards}
        for folder in _sections:
            if folder not in carded and folder not in NOT_CARDED:
                log.warning(
                    f"{path}: the navigation section {folder}/ has no card in the front matter (cards:)"
                )
        markdown = markdown.replace(CARDS, render_cards(cards, _sections, _items, path))
    return markdown.replace(PAGE_LIST, render_page_list(_sections, path))

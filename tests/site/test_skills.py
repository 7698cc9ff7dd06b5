"""The skills checklist data (docs/skills.yml) is complete and every link in it is real."""

from __future__ import annotations

import re
from html import unescape

import pytest

from overrides.hooks.skills import APART_BOX_TITLE, BOX_TITLE, TOTAL_ITEMS, iter_items, load_skills
from tests.harness.markdown import DOCS, ROOT, code_blocks, includes

AREAS = load_skills(DOCS)
PLACES = [(item, place) for _, item in iter_items(AREAS) for place in item.get("taught_in") or []]
# Areas marked `handbook: false` hold items beyond the handbook's 52, counted apart.
HANDBOOK = [area for area in AREAS if area.get("handbook", True) is not False]
APART = [area for area in AREAS if area.get("handbook", True) is False]


def test_checklist_has_all_items_in_handbook_order():
    assert [item["id"] for area in HANDBOOK for item in area["items"]] == list(range(1, TOTAL_ITEMS + 1))
    assert [area["slug"] for area in HANDBOOK] == [
        "basics",
        "neural-networks",
        "images",
        "nlp",
        "time-series",
    ]
    assert all(item["text"].strip() for _, item in iter_items(AREAS))


def test_items_beyond_the_handbook_are_flagged_and_come_after_it():
    assert [area["slug"] for area in APART] == ["beyond"]
    assert AREAS[-len(APART) :] == APART  # after the handbook's areas: its numbering stays (1) to (5)
    assert all(area["handbook"] is False for area in APART)  # the flag is a boolean, not a string
    ids = [item["id"] for area in APART for item in area["items"]]
    assert ids == [f"B{number}" for number in range(1, len(ids) + 1)]  # never a handbook number


def _included_files(page: str) -> set[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return {path for block in code_blocks(text) for path, _ in includes(block) or []}


@pytest.mark.parametrize(("item", "place"), PLACES, ids=[f"item-{i['id']}:{p['page']}" for i, p in PLACES])
def test_item_links_a_page_section_with_a_tested_snippet(item, place):
    page, _, anchor = place["page"].partition("#")
    assert (DOCS / page).is_file(), f"item {item['id']}: no page docs/{page}"
    assert anchor, f"item {item['id']}: link a section of {page} (page.md#anchor), not the whole page"
    snippet = place["snippet"]
    assert snippet.startswith("snippets/") and (ROOT / snippet).is_file(), (
        f"item {item['id']}: no file {snippet}"
    )
    assert snippet in _included_files(page), f"item {item['id']}: docs/{page} does not include {snippet}"


def test_checklist_page_links_every_covered_item(built_site):
    html = (built_site / "skills" / "index.html").read_text(encoding="utf-8")
    covered = sum(1 for area in HANDBOOK for item in area["items"] if item.get("taught_in"))
    text = re.sub(r"<[^>]+>", "", html)
    assert f"{covered} of {TOTAL_ITEMS} items covered" in text
    for number in range(1, TOTAL_ITEMS + 1):
        assert f'id="item-{number}"' in html
    for area in APART:  # listed apart, unnumbered, and said not to count
        assert f'id="{area["slug"]}"' in html and f"(6) {area['title']}" not in text
        assert "not counted in its 52 items" in text
        for item in area["items"]:
            assert f'id="item-{item["id"]}"' in html
    # Anchors of the links are checked by the strict build (validation.anchors).


def test_pages_show_their_skills_box(built_site):
    for item, place in PLACES:
        page = place["page"].partition("#")[0].removesuffix(".md")
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        handbook = any(item in area["items"] for area in HANDBOOK)
        assert (BOX_TITLE if handbook else APART_BOX_TITLE) in unescape(html)
        assert f"skills/#item-{item['id']}" in html

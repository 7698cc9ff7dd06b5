"""The skills checklist data (docs/skills.yml) is complete and every link in it is real."""

from __future__ import annotations

import re

import pytest

from overrides.hooks.skills import TOTAL_ITEMS, iter_items, load_skills
from tests.harness.markdown import DOCS, ROOT, code_blocks, includes

AREAS = load_skills(DOCS)
PLACES = [(item, place) for _, item in iter_items(AREAS) for place in item.get("taught_in") or []]


def test_checklist_has_all_items_in_handbook_order():
    assert [item["id"] for _, item in iter_items(AREAS)] == list(range(1, TOTAL_ITEMS + 1))
    assert [area["slug"] for area in AREAS] == ["basics", "neural-networks", "images", "nlp", "time-series"]
    assert all(item["text"].strip() for _, item in iter_items(AREAS))


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
    covered = sum(1 for _, item in iter_items(AREAS) if item.get("taught_in"))
    assert f"{covered} of {TOTAL_ITEMS} items covered" in re.sub(r"<[^>]+>", "", html)
    for number in range(1, TOTAL_ITEMS + 1):
        assert f'id="item-{number}"' in html
    # Anchors of the links are checked by the strict build (validation.anchors).


def test_pages_show_their_skills_box(built_site):
    for item, place in PLACES:
        page = place["page"].partition("#")[0].removesuffix(".md")
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        assert "Skills checklist items on this page" in html
        assert f"skills/#item-{item['id']}" in html

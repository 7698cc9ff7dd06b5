"""The home page shows the way: a card per area (and for the solutions and practice exam) whose
numbers match the navigation and docs/skills.yml, a two-week path, the exam-closed notice, and a
list of every page (overrides/hooks/home.py renders the cards and the list)."""

from __future__ import annotations

import re

import yaml

from scripts.lib import browser as harness
from scripts.lib.site import ROOT

CONFIG = harness.site_config()
PAGES = harness.nav_pages(CONFIG)
SKILLS = yaml.safe_load((ROOT / "docs" / "skills.yml").read_text(encoding="utf-8"))["areas"]
CARD = re.compile(
    r'<div class="card" data-area="(?P<area>[^"]+)" data-pages="(?P<pages>\d+)">(?P<body>.*?)</div>', re.S
)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).replace("&middot;", "·").strip()


def _home(built_site) -> str:
    return (built_site / "index.html").read_text(encoding="utf-8")


def _sections() -> dict[str, list[harness.NavPage]]:
    """Folder -> the pages of its navigation section, index first."""
    sections: dict[str, list[harness.NavPage]] = {}
    for page in PAGES:
        if "/" in page.src:
            sections.setdefault(page.src.split("/", 1)[0], []).append(page)
    return sections


def test_a_card_per_area_with_its_pages_items_and_first_page(built_site):
    cards = {m["area"]: m for m in CARD.finditer(_home(built_site))}
    sections = _sections()
    expected = [area["slug"] for area in SKILLS if area["slug"] in sections] + ["solutions", "practice-exam"]
    assert sorted(cards) == sorted(expected), "one card per area, the solutions and the practice exam"
    items = {
        area["slug"]: [item["id"] for item in area["items"]] for area in SKILLS if area.get("handbook", True)
    }
    for area, card in cards.items():
        index, *pages = sections[area]
        assert index.src == f"{area}/index.md"
        text = _text(card["body"])
        assert int(card["pages"]) == len(pages)
        noun = {"solutions": "notebooks", "practice-exam": "problems"}.get(area, "pages")
        assert f"{len(pages)} {noun}" in text, text
        if area in items:
            ids = items[area]
            assert f"checklist items {min(ids)}-{max(ids)} ({len(ids)} items)" in text, text
        hrefs = re.findall(r'href="([^"]+)"', card["body"])
        first = (pages or [index])[0]
        assert hrefs[0] == index.path and hrefs[-1] == first.path, (area, hrefs)
        assert first.title in text
    # The checklist's five areas come first, in its order.
    assert list(cards)[:5] == [area["slug"] for area in SKILLS][:5]


def test_two_week_path_exam_notice_and_every_page_listed(built_site):
    html = _home(built_site)
    text = _text(html)
    assert "Where to start: two weeks" in text
    assert "closed" in text and "1 May 2024" in text
    listed = html[html.index('id="pages"') :]
    for page in PAGES:
        if page.kind in ("topic", "notebook"):
            assert f'href="{page.path}"' in listed, f"{page.src} is missing from the list of every page"
    assert 'href="basics/tensors/"' in listed

"""The progress tracker on the home page's area cards (overrides/hooks/home.py, ``data-area``):
each checklist area's card, and the card of the items beyond the checklist, show their count."""

from __future__ import annotations

import pytest

from tests.browser.test_progress import AREAS, SKILLS, box, problems

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_home_page_cards_show_each_areas_progress(reader):
    tab = reader()
    tab.open(SKILLS)
    for item in (1, 2, 40):
        box(tab.page, item).check()
    # To the home page by its tab: an instant navigation, after which the cards are counted.
    tab.page.evaluate("() => { window.__sameDocument = true }")
    tab.follow(tab.page.locator("a.md-tabs__link", has_text="Home"), "/", "TensorFlow Study Guide")
    assert tab.page.evaluate("() => window.__sameDocument === true"), "the click reloaded the page"
    card = tab.page.locator
    assert card("[data-area='basics'] .skill-progress").inner_text() == "2 of 7 done"
    assert card("[data-area='nlp'] .skill-progress").inner_text() == "1 of 9 done"
    assert card("[data-area='neural-networks'] .skill-progress").inner_text() == "0 of 19 done"
    # Cards of sections that are not a checklist area (worked solutions, practice exam) get none.
    assert card("[data-area='solutions']").count() == 1
    assert card("[data-area='solutions'] .skill-progress").count() == 0
    assert not problems(tab.visit), problems(tab.visit)


def test_the_beyond_card_counts_its_items(reader):
    apart = [area for area in AREAS if area.get("handbook", True) is False]
    first, slug, size = apart[0]["items"][0]["id"], apart[0]["slug"], len(apart[0]["items"])
    tab = reader()
    tab.open(SKILLS)
    box(tab.page, first).check()
    tab.open("")
    assert tab.page.locator(f"[data-area='{slug}'] .skill-progress").inner_text() == f"1 of {size} done"

"""Search finds a term from a topic page, and the result opens that page (instant navigation)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# A term that only the model page's code defines; other pages may mention it too, so the test
# looks for the model page among the results rather than at the first place.
TERM, PAGE = "make_line_data", "basics/hello-tensorflow/"


def test_search_finds_a_topic_page_and_opens_it(reader, site):
    tab = reader(search=True)
    tab.open("")
    tab.page.evaluate("() => { window.__sameDocument = true }")
    box = tab.page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(TERM, delay=15)  # keystrokes: search listens to the keyboard
    # A result that links into the page and shows the term in its excerpt.
    results = tab.page.locator(f".md-search-result a[href*='{PAGE}']", has_text=TERM)
    results.first.wait_for(state="visible", timeout=15_000)

    tab.follow(results.first, f"/{PAGE}", "Hello, TensorFlow")
    # search.highlight marks the term on the page that opens.
    assert tab.page.locator("article mark", has_text=TERM).count() >= 1
    # The click was an instant navigation (no full reload): the script variable survived.
    assert tab.page.evaluate("() => window.__sameDocument === true")
    assert not tab.visit.problems(), tab.visit.problems()


def test_instant_navigation_follows_internal_links(reader):
    tab = reader(search=True)
    tab.open("")
    tab.page.evaluate("() => { window.__sameDocument = true }")
    # Each step waits for the new page's heading, not only its address: instant navigation
    # changes the address before the content, and the home page links to hello-tensorflow too.
    tab.follow(tab.page.locator("a.md-tabs__link", has_text="Basics"), "/basics/", "Basics")
    tab.follow(
        tab.page.locator("article a[href*='hello-tensorflow']").first,
        "/basics/hello-tensorflow/",
        "Hello, TensorFlow",
    )
    assert tab.page.evaluate("() => window.__sameDocument === true"), "the click reloaded the whole page"
    assert not tab.visit.problems(), tab.visit.problems()

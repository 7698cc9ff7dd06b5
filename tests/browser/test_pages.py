"""Every page of the navigation loads cleanly in a real browser, and its links resolve."""

from __future__ import annotations

import pytest

from scripts.lib import browser as harness

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PAGES = harness.nav_pages(harness.site_config())


def test_the_navigation_has_every_kind_of_page():
    kinds = {page.kind for page in PAGES}
    assert {"home", "area", "topic", "notebook"} <= kinds, kinds


@pytest.mark.parametrize("nav_page", PAGES, ids=[p.src for p in PAGES])
def test_page_loads_cleanly_and_its_links_resolve(tab, site, nav_page):
    visit = tab.open(nav_page.path)
    assert tab.page.title(), "page has no title"
    problems = visit.problems() + harness.broken_links(tab.page, site) + harness.images_without_alt(tab.page)
    assert not problems, f"{nav_page.src}:\n  " + "\n  ".join(problems)


def test_a_missing_page_gets_the_sites_404_page(tab):
    visit = tab.open("no-such-page/")
    assert any("(404)" in failure for failure in visit.failed), visit.failed
    assert "404" in tab.page.locator("article").inner_text()

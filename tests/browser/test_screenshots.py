"""Screenshots of the first screen of the home page, a topic page and a worked solution, on a
desktop and a phone, for a person to look at; and what can be measured of them: nothing scrolls
sideways, and the home page's cards sit side by side on a desktop and one under another on a phone.

The PNGs go to ``$SCREENSHOTS_DIR`` when it is set (``review/screenshots/`` is ignored by git),
otherwise to pytest's temporary folder; the test prints where.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scripts.lib import browser as harness

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PAGES = {"home": "", "topic": "basics/hello-tensorflow/", "solution": "solutions/category5/"}
SIZES = {"desktop": harness.DESKTOP, "phone": harness.MOBILE}
CARDS_JS = """() => [...document.querySelectorAll('.grid > .card[data-area]')].map(card => {
  const box = card.getBoundingClientRect();
  return {area: card.dataset.area, top: Math.round(box.top + window.scrollY), width: box.width};
})"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    target = os.environ.get("SCREENSHOTS_DIR")
    return Path(target) if target else tmp_path_factory.mktemp("screenshots")


@pytest.mark.parametrize("size", sorted(SIZES))
def test_screenshots_of_home_topic_and_solution(reader, folder, size):
    tab = reader(viewport=SIZES[size])
    saved = []
    for kind, path in PAGES.items():
        tab.open(path)
        assert tab.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"), (
            f"{kind} scrolls sideways on a {size}"
        )
        if kind == "home":
            cards = tab.page.evaluate(CARDS_JS)
            assert len(cards) >= 7, cards
            rows = len({card["top"] for card in cards})
            if size == "desktop":
                assert rows < len(cards), f"no two cards side by side on a desktop: {cards}"
            else:
                assert rows == len(cards), f"cards side by side on a phone: {cards}"
        # The first screen, as a reader meets the page (scripts/site_report.py saves whole pages).
        saved.append(folder / f"{kind}-{size}.png")
        tab.page.screenshot(path=str(saved[-1]), animations="disabled")
        assert not tab.visit.problems(), tab.visit.problems()
    print("screenshots:", ", ".join(str(path) for path in saved))
    assert all(path.stat().st_size > 10_000 for path in saved)

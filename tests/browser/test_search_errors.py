"""A reader pastes an error message into the site's search and finds the page that explains it.

For each message of error_messages.yml (real messages that pages quote; tests/site/
test_error_messages.py checks that they are real and on their pages), the test pastes the part a
reader would copy into Material's search box, with the site's real search worker and index, and
expects the explaining page among the first three results (pages, as Material groups them).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from scripts.lib import browser as harness

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

MESSAGES = yaml.safe_load((Path(__file__).with_name("error_messages.yml")).read_text(encoding="utf-8"))[
    "messages"
]
TOP = 3
NOTHING = "qqzzxxkkjj"  # matches no page: empties the results between two queries

# The pages of the first results, in order: each result item is one page (its sections nested).
RESULT_PAGES_JS = """top => [...document.querySelectorAll('.md-search-result__list > li.md-search-result__item')]
  .slice(0, top).map(item => new URL(item.querySelector('a').href).pathname)"""
META = ".md-search-result__meta"


def _search(page, query: str) -> None:
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material reads the box on keyup


def test_search_finds_the_page_that_explains_each_error(reader, site):
    tab = reader(search=True)
    tab.open("")
    page = tab.page
    page.locator("input.md-search__input").click()
    missed = []
    for entry in MESSAGES:
        _search(page, NOTHING)
        page.locator(META, has_text="No matching").wait_for(timeout=20_000)  # the worker is ready
        _search(page, entry["query"])
        page.locator(".md-search-result__list > li").first.wait_for(timeout=10_000)
        found = page.evaluate(RESULT_PAGES_JS, TOP)
        wanted = [site.base + harness.page_path(page) for page in [entry["page"], *entry.get("also", [])]]
        paths = [urlsplit(url).path for url in wanted]
        if not set(paths) & set(found):
            missed.append(f"{entry['query']!r}: wanted {' or '.join(paths)}, got {found}")
    assert not missed, f"{len(missed)} of {len(MESSAGES)} messages not found:\n" + "\n".join(missed)
    assert not tab.visit.problems(), tab.visit.problems()

"""Fixtures for the browser tests: the built site served on 127.0.0.1, one Chromium per session.

Without a browser these tests are skipped with the reason, except in CI (``CI=true``), where a
missing browser fails them: CI must run them.
"""

from __future__ import annotations

import os

import pytest

from tests.harness import browser as harness


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"CI must run the browser tests, but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def config() -> dict:
    return harness.site_config()


@pytest.fixture(scope="session")
def browser_installed():
    """Skip (or in CI fail) before the site is built when there is no browser."""
    reason = harness.missing_browser()
    if reason:
        _unavailable(reason)


@pytest.fixture(scope="session")
def site(browser_installed, built_site, config):
    """The built site, served under site_url's path prefix."""
    with harness.SiteServer(built_site, harness.site_prefix(config)) as server:
        yield server


@pytest.fixture(scope="session")
def chromium(site):
    """One headless Chromium for the session (per pytest-xdist worker)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = harness.launch(playwright, site)
        yield browser
        browser.close()


@pytest.fixture
def axe_ready():
    reason = harness.missing_axe()
    if reason:
        _unavailable(reason)


@pytest.fixture
def reader(chromium, site):
    """``reader(**context_args)`` -> a fresh harness.Reader (empty cache), closed after the test."""
    readers = []

    def make(**context_args):
        readers.append(harness.Reader(chromium, site, **context_args))
        return readers[-1]

    yield make
    for one in readers:
        one.close()

"""Fixtures for the browser tests: the built site served on 127.0.0.1, one Chromium per session.

Without a browser these tests are skipped with the reason, except in CI (``CI=true``), where a
missing browser fails them: CI must run them.
"""

from __future__ import annotations

import os

import pytest

from scripts.lib import browser as harness


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


class _Driver:
    """Playwright and one Chromium, shared by consecutive browser tests and stopped after them.

    Playwright's sync driver keeps an asyncio loop marked as running in this thread while it is
    started, which would break any later test that uses asyncio; so it is stopped as soon as the
    next test is not a browser test (pytest_runtest_teardown below), and restarted when needed.
    """

    def __init__(self):
        self.driver = None
        self.browsers: dict[int, object] = {}
        self.tabs: dict[int, harness.Reader] = {}

    def start(self):
        if self.driver is None:
            from playwright.sync_api import sync_playwright

            self.driver = sync_playwright().start()
        return self.driver

    def browser(self, server: harness.SiteServer):
        if server.port not in self.browsers:
            self.browsers[server.port] = harness.launch(self.start(), server)
        return self.browsers[server.port]

    def tab(self, server: harness.SiteServer) -> harness.Reader:
        if server.port not in self.tabs:
            self.tabs[server.port] = harness.Reader(self.browser(server), server, search=False)
        return self.tabs[server.port]

    def stop(self):
        for browser in self.browsers.values():
            browser.close()
        self.browsers.clear()
        self.tabs.clear()
        if self.driver is not None:
            self.driver.stop()
            self.driver = None


_DRIVER = _Driver()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield  # after the test's own fixtures are torn down
    if nextitem is None or nextitem.get_closest_marker("browser") is None:
        _DRIVER.stop()


@pytest.fixture
def playwright(browser_installed):
    """Playwright's driver (started on first use; see _Driver)."""
    return _DRIVER.start()


@pytest.fixture
def chromium(browser_installed, site):
    """The headless Chromium that reaches ``site`` (one per run of consecutive browser tests)."""
    return _DRIVER.browser(site)


@pytest.fixture
def tab(browser_installed, site) -> harness.Reader:
    """One reader clicking through the site, shared by consecutive tests: a warm cache.

    Its search worker is idle, as in ``reader`` below: it opens every page of the site, and
    search is tested on its own (test_search.py).
    """
    return _DRIVER.tab(site)


@pytest.fixture
def axe_ready():
    reason = harness.missing_axe()
    if reason:
        _unavailable(reason)


@pytest.fixture
def reader(chromium, site):
    """``reader(**context_args)`` -> a fresh harness.Reader (empty cache), closed after the test.

    Its search worker is idle unless the test asks for ``search=True``: the tests that search,
    weigh pages or copy code do (``harness.Reader`` says what idle means).
    """
    readers = []

    def make(search=False, **context_args):
        readers.append(harness.Reader(chromium, site, search=search, **context_args))
        return readers[-1]

    yield make
    for one in readers:
        one.close()

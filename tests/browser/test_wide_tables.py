"""A table wider than the page scrolls sideways inside Material's wrapper, and the keyboard can
reach the wrapper to scroll it (overrides/main.html; axe-core: scrollable-region-focusable)."""

from __future__ import annotations

import pytest

from scripts.lib import browser as harness

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

WRAPS_JS = """() => [...document.querySelectorAll('.md-typeset__scrollwrap')]
  .map(wrap => ({wide: wrap.scrollWidth > wrap.clientWidth, tabIndex: wrap.tabIndex}))"""


def test_a_wide_table_can_take_the_keyboard_focus(reader, axe_ready):
    tab = reader(viewport=harness.MOBILE)
    tab.open("basics/versions/")  # its tables of versions are wider than a phone
    wraps = tab.page.evaluate(WRAPS_JS)
    assert any(wrap["wide"] for wrap in wraps), wraps
    assert all(wrap["tabIndex"] == 0 for wrap in wraps if wrap["wide"]), wraps
    assert all(wrap["tabIndex"] == -1 for wrap in wraps if not wrap["wide"]), (
        "a tab stop that scrolls nothing"
    )
    assert not harness.serious(harness.axe_violations(tab.page, ["scrollable-region-focusable"]))

"""axe-core finds no serious or critical accessibility problem on any kind of page, light or dark."""

from __future__ import annotations

import pytest

from scripts.lib import browser as harness

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

KINDS = harness.first_of_each_kind(harness.nav_pages(harness.site_config()))


def _describe(violations):
    return "\n".join(
        f"  {v['impact']}: {v['id']} ({v['help']}) at {', '.join(v['nodes'])}" for v in violations
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", sorted(KINDS), ids=sorted(KINDS))
def test_no_serious_accessibility_violations(reader, axe_ready, kind, scheme):
    nav_page = KINDS[kind]
    tab = reader(color_scheme=scheme)
    tab.open(nav_page.path)
    expected = "slate" if scheme == "dark" else "default"
    assert tab.page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == expected
    # Dark mode changes colours only: check contrast there, everything in light mode.
    rules = ["color-contrast", "link-in-text-block"] if scheme == "dark" else None
    found = harness.serious(harness.axe_violations(tab.page, rules))
    assert not found, f"{nav_page.src} ({scheme}):\n{_describe(found)}"

"""The light/dark switch works and survives a reload; content tabs switch."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SCHEME_JS = "() => document.body.getAttribute('data-md-color-scheme')"
BACKGROUND_JS = "() => getComputedStyle(document.body).backgroundColor"


def _toggle(page):
    """Click the palette switch that is showing (one label per palette, only one visible)."""
    page.locator("form[data-md-component=palette] label.md-header__button:visible").click()


@pytest.mark.parametrize(
    "path", ["basics/hello-tensorflow/", "solutions/category1/"], ids=["topic", "notebook"]
)
def test_dark_mode_switches_and_persists_across_a_reload(reader, path):
    tab = reader(color_scheme="light")  # the reader's system prefers light
    tab.open(path)
    page = tab.page
    assert page.evaluate(SCHEME_JS) == "default"  # "system preference" starts out light here
    light_background = page.evaluate(BACKGROUND_JS)

    _toggle(page)  # system preference -> light
    assert page.evaluate(SCHEME_JS) == "default"
    _toggle(page)  # light -> dark
    assert page.evaluate(SCHEME_JS) == "slate"
    dark_background = page.evaluate(BACKGROUND_JS)
    assert dark_background != light_background

    page.reload(wait_until="load")
    assert page.evaluate(SCHEME_JS) == "slate"
    assert page.evaluate(BACKGROUND_JS) == dark_background
    if path.startswith("solutions/"):
        # The notebook's cells follow the site's scheme, not a fixed light theme.
        cell = page.locator(".jp-Cell .highlight-ipynb").first
        assert cell.evaluate("e => getComputedStyle(e).backgroundColor") != "rgb(255, 255, 255)"
    assert not tab.visit.problems(), tab.visit.problems()


def test_content_tabs_switch(reader):
    tab = reader()
    tab.open("basics/hello-tensorflow/")
    page = tab.page
    colab = page.get_by_text("Colab already has TensorFlow")
    own = page.get_by_text("Make a virtual environment")
    assert colab.is_visible() and not own.is_visible()

    page.locator(".tabbed-labels label", has_text="Your own machine").first.click()
    assert own.is_visible() and not colab.is_visible()
    page.locator(".tabbed-labels label", has_text="Colab").first.click()
    assert colab.is_visible() and not own.is_visible()

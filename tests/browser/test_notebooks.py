"""Every notebook page offers "Open in Colab" and "Download notebook", and both point at the notebook."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from scripts.lib import browser as harness
from scripts.lib.site import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

CONFIG = harness.site_config()
NOTEBOOKS = [page for page in harness.nav_pages(CONFIG) if page.kind == "notebook"]
OWNER_REPO = CONFIG["repo_url"].rstrip("/").removeprefix("https://github.com/")


def test_there_is_a_notebook_page():
    assert NOTEBOOKS


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[page.src for page in NOTEBOOKS])
def test_colab_and_download_links_point_at_the_notebook(reader, notebook, tmp_path):
    tab = reader(accept_downloads=True)
    tab.open(notebook.path)
    source = ROOT / "docs" / notebook.src
    assert source.is_file()

    colab = tab.page.get_by_role("link", name="Open in Colab")
    assert colab.is_visible()
    href = colab.get_attribute("href")
    assert href == f"https://colab.research.google.com/github/{OWNER_REPO}/blob/main/docs/{notebook.src}"
    # The path after blob/main/ is the notebook's path in this repository.
    assert (ROOT / href.split("/blob/main/", 1)[1]).resolve() == source.resolve()
    assert colab.get_attribute("target") == "_blank" and "noopener" in colab.get_attribute("rel")

    download = tab.page.get_by_role("link", name="Download notebook")
    assert download.is_visible()
    with tab.page.expect_download() as started:
        download.click()
    saved = Path(tmp_path / started.value.suggested_filename)
    started.value.save_as(saved)
    assert saved.name == source.name
    assert saved.read_bytes() == source.read_bytes()
    nbformat.validate(nbformat.read(saved, as_version=4))
    assert not tab.visit.problems(), tab.visit.problems()


@pytest.mark.parametrize("notebook", NOTEBOOKS[:1], ids=[page.src for page in NOTEBOOKS[:1]])
def test_notebook_cells_use_the_width_of_a_phone(reader, notebook):
    tab = reader(viewport=harness.MOBILE)
    tab.open(notebook.path)
    article = tab.page.locator("article").bounding_box()["width"]
    cell = tab.page.locator(".jp-CodeCell .highlight-ipynb").first.bounding_box()["width"]
    assert cell >= 0.8 * article, f"code cells are {cell:.0f} px wide in a {article:.0f} px article"
    assert tab.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"), "page scrolls sideways"


def test_instant_navigation_into_a_notebook_brings_its_styles_and_copy_buttons(reader):
    notebook = NOTEBOOKS[0]
    tab = reader(permissions=["clipboard-read", "clipboard-write"])
    tab.open(notebook.path.rsplit("/", 2)[0] + "/")  # the section's index page links to it
    page = tab.page
    page.evaluate("() => { window.__sameDocument = true }")
    tab.wait_for_instant_navigation()  # else the click may be a full page load
    page.locator(f"article a[href*='{notebook.path.rsplit('/', 2)[-2]}']").first.click()
    page.wait_for_url(f"**/{notebook.path}")
    page.locator(".jupyter-wrapper").wait_for()
    assert page.evaluate("() => window.__sameDocument === true"), "the click reloaded the whole page"
    # The shared notebook stylesheet came with the page (JupyterLab pads the notebook by 10 px).
    page.wait_for_function("() => getComputedStyle(document.querySelector('.jp-Notebook')).paddingLeft === '10px'")

    cells = nbformat.read(ROOT / "docs" / notebook.src, as_version=4).cells
    first_code = next(cell.source for cell in cells if cell.cell_type == "code")
    page.locator(".jp-CodeCell clipboard-copy").first.click()
    assert page.evaluate("() => navigator.clipboard.readText()") == first_code

    page.locator("a.md-tabs__link").first.click()  # away again: the notebook styles leave with it
    page.locator(".jupyter-wrapper").wait_for(state="detached")
    assert page.locator("link[href*='stylesheets/notebook.']").count() == 0
    assert not tab.visit.problems(), tab.visit.problems()

"""Every notebook page, and every topic page with code, offers "Open in Colab" and "Download
notebook", and both point at the notebook; a page with recorded outputs shows them."""

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


# A topic page's notebook sits beside it: docs/<area>/<page>.ipynb. Two topic pages stand for all:
# the first of the navigation, and one whose outputs are recorded.
TOPICS = [
    page
    for page in harness.nav_pages(CONFIG)
    if page.kind == "topic" and (ROOT / "docs" / page.src).with_suffix(".ipynb").is_file()
]
RECORDED = "basics/hello-tensorflow.md"
WITH_LINKS = [*NOTEBOOKS, TOPICS[0], *(page for page in TOPICS if page.src == RECORDED)]


def _notebook_of(page) -> str:
    return page.src if page.src.endswith(".ipynb") else page.src[: -len(".md")] + ".ipynb"


def test_there_is_a_notebook_page_and_topic_pages_have_notebooks():
    assert NOTEBOOKS and len(TOPICS) >= 40 and RECORDED in {page.src for page in TOPICS}


@pytest.mark.parametrize("notebook", WITH_LINKS, ids=[page.src for page in WITH_LINKS])
def test_colab_and_download_links_point_at_the_notebook(reader, notebook, tmp_path):
    tab = reader(accept_downloads=True)
    tab.open(notebook.path)
    source = ROOT / "docs" / _notebook_of(notebook)
    assert source.is_file()

    colab = tab.page.get_by_role("link", name="Open in Colab")
    assert colab.is_visible()
    href = colab.get_attribute("href")
    assert (
        href
        == f"https://colab.research.google.com/github/{OWNER_REPO}/blob/main/docs/{_notebook_of(notebook)}"
    )
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


def test_a_recorded_page_shows_its_outputs_under_the_code(reader):
    tab = reader()
    tab.open(RECORDED[: -len(".md")] + "/")
    output = tab.page.locator(
        ".md-content .highlight", has=tab.page.locator(".filename", has_text="Output")
    ).first
    assert output.is_visible()
    assert "TensorFlow" in output.inner_text()
    note = tab.page.locator(".recording-note")
    assert note.is_visible() and note.inner_text().startswith("Outputs recorded on ")
    assert not tab.visit.problems(), tab.visit.problems()


@pytest.mark.parametrize("notebook", NOTEBOOKS[:1], ids=[page.src for page in NOTEBOOKS[:1]])
def test_notebook_cells_use_the_width_of_a_phone(reader, notebook):
    tab = reader(viewport=harness.MOBILE)
    tab.open(notebook.path)
    article = tab.page.locator("article").bounding_box()["width"]
    cell = tab.page.locator(".jp-CodeCell .highlight-ipynb").first.bounding_box()["width"]
    assert cell >= 0.8 * article, f"code cells are {cell:.0f} px wide in a {article:.0f} px article"
    assert tab.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"), (
        "page scrolls sideways"
    )


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
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.jp-Notebook')).paddingLeft === '10px'"
    )

    cells = nbformat.read(ROOT / "docs" / notebook.src, as_version=4).cells
    first_code = next(cell.source for cell in cells if cell.cell_type == "code")
    page.locator(".jp-CodeCell clipboard-copy").first.click()
    assert page.evaluate("() => navigator.clipboard.readText()") == first_code

    page.locator("a.md-tabs__link").first.click()  # away again: the notebook styles leave with it
    page.locator(".jupyter-wrapper").wait_for(state="detached")
    assert page.locator("link[href*='stylesheets/notebook.']").count() == 0
    assert not tab.visit.problems(), tab.visit.problems()

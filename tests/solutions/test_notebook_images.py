"""Images in worked-solution notebooks show on the site, and each solution shows its training curve."""

from __future__ import annotations

import re

import nbformat
import pytest

from scripts import build_notebooks
from scripts.lib.site import ROOT

PAIRS = list(build_notebooks.pairs())
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def _markdown_images(notebook):
    nb = nbformat.read(notebook, as_version=4)
    return [
        match.groups()
        for cell in nb.cells
        if cell.cell_type == "markdown"
        for match in IMAGE.finditer(cell.source)
    ]


@pytest.mark.parametrize(("source", "notebook"), PAIRS, ids=[s.stem for s, _ in PAIRS])
def test_notebook_images_exist_next_to_the_notebook_and_have_alt_text(source, notebook):
    for alt, src in _markdown_images(notebook):
        assert len(alt.split()) >= 5, f"{notebook.name}: image {src} needs alt text that says what it shows"
        if "://" not in src:
            path = notebook.parent / src
            assert path.is_file(), (
                f"{notebook.name}: image {src} is not in docs/ (links are relative to the .ipynb)"
            )
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{src} is not a PNG"


@pytest.mark.parametrize(("source", "notebook"), PAIRS, ids=[s.stem for s, _ in PAIRS])
def test_notebook_page_images_resolve_in_the_built_site(built_site, source, notebook):
    page = built_site / "solutions" / notebook.stem / "index.html"
    sources = re.findall(r'<img\b[^>]*?\bsrc="([^"]+)"', page.read_text(encoding="utf-8"))
    for src in sources:
        if "://" in src or src.startswith("data:"):
            continue
        target = (page.parent / src).resolve()
        assert target.is_file(), f"{page.relative_to(built_site)}: <img src={src!r}> does not resolve"


def test_category1_shows_the_loss_curve_its_script_saves():
    images = [src for _, src in _markdown_images(ROOT / "docs/solutions/category1.ipynb")]
    assert "img/category1-loss.png" in images
    assert 'plt.savefig("category1-loss.png"' in (ROOT / "snippets/solutions/category1.py").read_text()

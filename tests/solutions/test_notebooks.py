"""Worked-solution notebooks are generated from their scripts and link to Colab."""

from __future__ import annotations

import json
import re

import nbformat
import pytest

from scripts import build_notebooks
from scripts.lib.site import ROOT

PAIRS = list(build_notebooks.pairs())


def test_every_solution_has_a_notebook():
    assert PAIRS, "no solution scripts found under snippets/solutions/"


@pytest.mark.parametrize(("source", "notebook"), PAIRS, ids=[s.stem for s, _ in PAIRS])
def test_notebook_is_up_to_date(source, notebook):
    assert notebook.exists(), f"{notebook.relative_to(ROOT)} is missing; run: make notebooks"
    assert notebook.read_text(encoding="utf-8") == build_notebooks.render(source, notebook), (
        f"{notebook.relative_to(ROOT)} is out of date with {source.relative_to(ROOT)}; run: make notebooks"
    )
    nb = nbformat.read(notebook, as_version=4)
    nbformat.validate(nb)
    # Outputs only from a recording (scripts/record_outputs.py), never typed in by hand.
    assert all(
        "recording" in cell.metadata for cell in nb.cells if cell.cell_type == "code" and cell.get("outputs")
    )


def test_check_mode_reports_a_stale_notebook(tmp_path, monkeypatch, capsys):
    source = tmp_path / "snippets" / "demo.py"
    source.parent.mkdir()
    source.write_text("# %%\nprint('hi')\n", encoding="utf-8")
    target = tmp_path / "docs" / "demo.ipynb"
    monkeypatch.setattr(
        build_notebooks, "targets", lambda: [(target, lambda: (build_notebooks.render(source), 0))]
    )
    monkeypatch.setattr(build_notebooks, "stale_page_notebooks", list)
    monkeypatch.setattr(build_notebooks, "ROOT", tmp_path)
    assert build_notebooks.main(["--check"]) == 1
    assert "out of date: docs/demo.ipynb" in capsys.readouterr().err
    assert build_notebooks.main([]) == 0
    assert build_notebooks.main(["--check"]) == 0


@pytest.mark.parametrize(("source", "notebook"), PAIRS, ids=[s.stem for s, _ in PAIRS])
def test_notebook_page_links_to_colab_and_download(built_site, source, notebook):
    page = built_site / "solutions" / notebook.stem / "index.html"
    html = page.read_text(encoding="utf-8")
    repo = re.search(r"repo_url:\s*https://github\.com/(\S+)", (ROOT / "mkdocs.yml").read_text()).group(1)
    colab = f"https://colab.research.google.com/github/{repo}/blob/main/docs/solutions/{notebook.name}"
    assert f'href="{colab}"' in html and "Open in Colab" in html
    download = re.search(r'<a class="page-link" href="([^"]+)" download>', html).group(1)
    copied = page.parent / download
    assert copied.is_file(), f"download link {download} does not resolve"
    assert json.loads(copied.read_text(encoding="utf-8")) == json.loads(notebook.read_text(encoding="utf-8"))

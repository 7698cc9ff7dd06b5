"""Generate the site's notebooks: one per page with code, and one per worked solution.

* ``docs/<area>/<page>.md`` becomes ``docs/<area>/<page>.ipynb``: the page's prose as Markdown
  cells and its Python blocks, in page order, as code cells (scripts/lib/pages.py says which).
* ``snippets/solutions/<name>.py`` (jupytext percent format) becomes ``docs/solutions/<name>.ipynb``.

Recorded outputs (scripts/record_outputs.py) survive regeneration while the code that made them,
and all code before it, is unchanged; otherwise they are dropped, and the command says how many.
The tests fail when a committed notebook differs from what this command writes.

    python scripts/build_notebooks.py           write the notebooks that changed
    python scripts/build_notebooks.py --check   exit 1 if any notebook is stale or missing
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.lib import pages as page_model  # noqa: E402
from scripts.lib import recording  # noqa: E402

SOURCES = ROOT / "snippets" / "solutions"
NOTEBOOKS = ROOT / "docs" / "solutions"
DOCS = ROOT / "docs"


def _site_url() -> str:
    from scripts.lib.browser import site_config

    return site_config(ROOT / "mkdocs.yml")["site_url"]


def _finish(notebook, stem: str, previous_path: Path | None) -> tuple[str, int]:
    """Stable ids and metadata, recorded outputs carried over; returns (JSON text, outputs dropped)."""
    import nbformat

    notebook.metadata.pop("jupytext", None)
    notebook.metadata["colab"] = {"provenance": []}
    notebook.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    notebook.metadata["language_info"] = {"name": "python"}
    for index, cell in enumerate(notebook.cells):
        cell.id = f"{stem}-{index}"  # stable ids: regenerating changes nothing
        cell.metadata = {}
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    dropped = carry_outputs(notebook, previous_path)
    meta = notebook.metadata.get("recording")
    if meta and any("recording" in cell.metadata for cell in notebook.cells if cell.cell_type == "code"):
        # What the page says under its title, for a reader of the downloaded notebook too.
        note = nbformat.v4.new_markdown_cell(f"*{recording.provenance_line(meta)}*")
        note.id = f"{stem}-recording"
        first_prose = next((i for i, cell in enumerate(notebook.cells) if cell.cell_type == "markdown"), -1)
        notebook.cells.insert(first_prose + 1, note)
    notebook.nbformat, notebook.nbformat_minor = 4, 5
    nbformat.validate(notebook)
    return nbformat.writes(notebook) + "\n", dropped


def carry_outputs(notebook, previous_path: Path | None) -> int:
    """Copy recorded outputs from the committed notebook where their chain hash still matches.

    Returns how many recorded cells were dropped because their code (or earlier code) changed.
    """
    import nbformat

    if previous_path is None or not previous_path.is_file():
        return 0
    try:
        previous = nbformat.read(previous_path, as_version=4)
    except Exception:  # a damaged notebook is regenerated from scratch
        return 0
    if "recording" in previous.metadata:  # kept even when every output went: --check counts the loss
        notebook.metadata["recording"] = previous.metadata["recording"]
    recorded = recording.recorded_cells(previous)
    if not recorded:
        return 0
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    for cell, chain in zip(code_cells, page_model.chain_hashes([c.source for c in code_cells]), strict=True):
        old = recorded.pop(chain, None)
        if old is not None:
            cell.outputs = [recording.without_escape_codes(output) for output in old.outputs]
            cell.execution_count = old.execution_count
            cell.metadata["recording"] = old.metadata["recording"]
    return len(recorded)


def render(source: Path, previous: Path | None = None) -> str:
    """The notebook JSON text for one jupytext percent script (a worked solution)."""
    import jupytext

    notebook = jupytext.read(source, fmt="py:percent")
    return _finish(notebook, source.stem, previous)[0]


def render_page(page: page_model.Page, site_url: str | None = None) -> tuple[str, int]:
    """The notebook JSON text for a page with code, and how many recorded outputs were dropped."""
    import nbformat

    site_url = site_url or _site_url()
    cells = []
    for kind, text in page_model.notebook_cells(page, site_url):
        make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
        cells.append(make(text))
    notebook = nbformat.v4.new_notebook(cells=cells)
    stem = page.src_uri[: -len(".md")].replace("/", "-")
    return _finish(notebook, stem, page.notebook_path)


def pairs(sources: Path = SOURCES, notebooks: Path = NOTEBOOKS):
    for source in sorted(sources.glob("*.py")):
        yield source, notebooks / f"{source.stem}.ipynb"


def targets(docs: Path = DOCS):
    """Every notebook this command writes, as (notebook path, function returning (text, dropped))."""
    site_url = _site_url()
    for page in page_model.pages_with_code(docs):
        yield page.notebook_path, (lambda page=page: render_page(page, site_url))
    for source, notebook in pairs():
        yield notebook, (lambda source=source, notebook=notebook: (render(source, notebook), 0))


def stale_page_notebooks(docs: Path = DOCS) -> list[Path]:
    """Notebooks next to pages that no longer have code (or no longer exist)."""
    wanted = {page.notebook_path for page in page_model.pages_with_code(docs)}
    return sorted(path for path in docs.rglob("*.ipynb") if path.parent != NOTEBOOKS and path not in wanted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if a notebook is stale")
    args = parser.parse_args(argv)

    stale = []
    for notebook, make in targets():
        text, dropped = make()
        if notebook.exists() and notebook.read_text(encoding="utf-8") == text:
            continue
        stale.append(notebook)
        if not args.check:
            notebook.parent.mkdir(parents=True, exist_ok=True)
            notebook.write_text(text, encoding="utf-8")
            note = (
                f" ({dropped} recorded outputs dropped: their code changed; run make outputs)"
                if dropped
                else ""
            )
            print(f"wrote {notebook.relative_to(ROOT)}{note}")
    for orphan in stale_page_notebooks():
        stale.append(orphan)
        if not args.check:
            orphan.unlink()
            print(f"removed {orphan.relative_to(ROOT)} (its page has no code now)")
    if args.check and stale:
        names = ", ".join(str(path.relative_to(ROOT)) for path in stale)
        print(f"error: out of date: {names}; run: make notebooks", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate the worked-solution notebooks from their jupytext sources.

Each ``snippets/solutions/<name>.py`` (jupytext percent format, the source of truth) becomes
``docs/solutions/<name>.ipynb`` without outputs, which the site renders with mkdocs-jupyter.
tests/solutions/test_notebooks.py fails when a committed notebook is out of date.

    python scripts/build_notebooks.py           write the notebooks
    python scripts/build_notebooks.py --check   exit 1 if any notebook is stale or missing
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "snippets" / "solutions"
NOTEBOOKS = ROOT / "docs" / "solutions"


def render(source: Path) -> str:
    """The notebook JSON text for one jupytext percent script, without outputs."""
    import jupytext
    import nbformat

    notebook = jupytext.read(source, fmt="py:percent")
    notebook.metadata.pop("jupytext", None)
    notebook.metadata["colab"] = {"provenance": []}
    notebook.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    notebook.metadata["language_info"] = {"name": "python"}
    for index, cell in enumerate(notebook.cells):
        cell.id = f"{source.stem}-{index}"  # stable ids: regenerating changes nothing
        cell.metadata = {}
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    notebook.nbformat, notebook.nbformat_minor = 4, 5
    nbformat.validate(notebook)
    return nbformat.writes(notebook) + "\n"


def pairs(sources: Path = SOURCES, notebooks: Path = NOTEBOOKS):
    for source in sorted(sources.glob("*.py")):
        yield source, notebooks / f"{source.stem}.ipynb"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if a notebook is stale")
    args = parser.parse_args(argv)

    stale = []
    for source, notebook in pairs():
        text = render(source)
        if notebook.exists() and notebook.read_text(encoding="utf-8") == text:
            continue
        stale.append(notebook)
        if not args.check:
            notebook.parent.mkdir(parents=True, exist_ok=True)
            notebook.write_text(text, encoding="utf-8")
            print(f"wrote {notebook.relative_to(ROOT)}")
    if args.check and stale:
        names = ", ".join(str(path.relative_to(ROOT)) for path in stale)
        print(f"error: out of date: {names}; run: make notebooks", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Scaffold a topic page: the page, its snippet folder with one snippet, and a nav entry.

    python scripts/new_page.py AREA SLUG "Title"
    python scripts/new_page.py nlp word-embeddings "Word embeddings"

creates docs/AREA/SLUG.md, snippets/AREA/SLUG/first_example.py and the page notebook
docs/AREA/SLUG.ipynb (scripts/build_notebooks.py's rendering of the page), and adds the page to the
AREA section of the nav in mkdocs.yml, so that ``make test-page PAGE=AREA/SLUG`` passes at once. It
prints the commands to run next. It never overwrites a file: an existing page is an error.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AREA_TITLES = {
    "basics": "Basics",
    "neural-networks": "Neural networks",
    "images": "Images",
    "nlp": "Text (NLP)",
    "time-series": "Time series",
    "solutions": "Worked solutions",
    "practice-exam": "Practice exam",
    "exam": "The exam",
    "beyond": "Beyond the checklist",
}
AREAS = tuple(AREA_TITLES)
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

PAGE = """# {title}

By the end of this page you will be able to ... (one sentence: what the reader can do).

## First example {{ #first-example }}

```python
--8<-- "snippets/{area}/{slug}/first_example.py:first-example"
```

## Try it yourself

1. An exercise that builds on the page.

    ??? success "Solution"

        Put the solution in its own snippet file and include it here.
"""

SNIPPET = '''"""{title}: the first example. Rename this file after what it shows."""

# --8<-- [start:first-example]
import tensorflow as tf

print("TensorFlow", tf.__version__)
# --8<-- [end:first-example]
'''


# Run in the project (its own scripts/), so that the notebook is the one `make notebooks` writes.
WRITE_NOTEBOOK = """\
import sys
from pathlib import Path
sys.path.insert(0, ".")
from scripts import build_notebooks
from scripts.lib import pages
page = pages.parse(Path(sys.argv[1]).resolve(), docs=Path("docs").resolve())
text, _ = build_notebooks.render_page(page)
page.notebook_path.write_text(text, encoding="utf-8")
"""


class UsageError(Exception):
    pass


def write_notebook(root: Path, page: Path) -> Path:
    """Write the page notebook next to ``page`` as ``make notebooks`` would; returns its path."""
    result = subprocess.run(
        [sys.executable, "-c", WRITE_NOTEBOOK, str(page.relative_to(root))],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no error output"])[-1]
        raise UsageError(f"could not write the page notebook ({last}); run: make notebooks")
    return page.with_suffix(".ipynb")


def next_steps(area: str, slug: str) -> str:
    """What the contributor runs next, command by command."""
    page = f"{area}/{slug}"
    return "\n".join(
        [
            "next:",
            f"  make test-page PAGE={page}   passes now; run it after each change",
            f"  (write docs/{page}.md and rename snippets/{page}/first_example.py after what it shows)",
            "  make notebooks   after changing the page: its notebook must follow it (make test-page says so)",
            "  make lint && make test   before you open the pull request",
        ]
    )


def add_to_nav(mkdocs_yml: Path, area: str, slug: str, title: str) -> None:
    """Append ``title: area/slug.md`` to the nav section whose index is ``area/index.md``.

    A new area gets a new top-level section at the end of the nav.
    """
    lines = mkdocs_yml.read_text(encoding="utf-8").splitlines()
    try:
        start = lines.index("nav:")
    except ValueError:
        raise UsageError(f"{mkdocs_yml.name} has no top-level nav: section") from None
    entry_path = f"{area}/{slug}.md"
    index_line = next((i for i in range(start, len(lines)) if lines[i].strip() == f"- {area}/index.md"), None)
    quoted = title.replace('"', '\\"')
    if index_line is None:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" ")), len(lines)
        )
        section = AREA_TITLES[area]
        lines[end:end] = [f"  - {section}:", f'      - "{quoted}": {entry_path}']
    else:
        indent = lines[index_line][: len(lines[index_line]) - len(lines[index_line].lstrip())]
        end = index_line + 1
        while end < len(lines) and lines[end].startswith(indent) and lines[end].strip():
            end += 1
        lines.insert(end, f'{indent}- "{quoted}": {entry_path}')
    mkdocs_yml.write_text("\n".join(lines) + "\n", encoding="utf-8")


def scaffold(root: Path, area: str, slug: str, title: str) -> list[Path]:
    if area not in AREAS:
        raise UsageError(f"unknown area {area!r}; use one of: {', '.join(AREAS)}")
    if not SLUG.match(slug):
        raise UsageError(
            f"bad page name {slug!r}: use lower-case words joined by hyphens, like word-embeddings"
        )
    if not title.strip() or "\n" in title:
        raise UsageError("the title must be one non-empty line")
    page = root / "docs" / area / f"{slug}.md"
    snippet = root / "snippets" / area / slug / "first_example.py"
    for path in (page, page.with_suffix(".ipynb"), snippet.parent):
        if path.exists():
            raise UsageError(f"{path.relative_to(root)} already exists; not overwriting it")
    add_to_nav(root / "mkdocs.yml", area, slug, title.strip())
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(PAGE.format(title=title.strip(), area=area, slug=slug), encoding="utf-8")
    snippet.parent.mkdir(parents=True)
    snippet.write_text(SNIPPET.format(title=title.strip()), encoding="utf-8")
    notebook = write_notebook(root, page)
    return [page, snippet, notebook]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Scaffold a topic page, its snippet folder and its nav entry.",
        epilog='example: python scripts/new_page.py nlp word-embeddings "Word embeddings"',
    )
    parser.add_argument("area", help=f"one of: {', '.join(AREAS)}")
    parser.add_argument("slug", help="the page's file name without .md: lower-case words joined by hyphens")
    parser.add_argument("title", help="the page title, as it shows in the navigation")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        created = scaffold(args.root, args.area, args.slug, args.title)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for path in created:
        print(f"created {path.relative_to(args.root)}")
    print("added to the nav in mkdocs.yml")
    print(next_steps(args.area, args.slug))
    return 0


if __name__ == "__main__":
    sys.exit(main())

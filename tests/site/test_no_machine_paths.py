"""No path of our machines or workspace reaches a reader: README, pages, notebooks, built site, tools.

A reader's machine has no `../shared` folder and no `/work/`; the home folder of whoever built the
site means nothing to them. Paths a reader should use are written as placeholders (`DIR`, `~/...`)
or relative to the project.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# An absolute path starts a word (not inside a URL such as https://example.org/work/).
MACHINE_PATH = re.compile(r"\.\./shared\b|(?<![\w.-])(?:/work/|/root/|/home/[a-z_][a-z0-9_.-]*/|/tmp/)")

# Exact phrases that name such a path on purpose, with the reason. Keep this list short.
ALLOWED = {
    # The course's own code extracted the zip under /tmp/; the page explains what replaces it.
    "code that joined paths under `/tmp/horse-or-human/`": "course-era path, quoted",
    "code that joined paths under <code>/tmp/horse-or-human/</code>": "the same, as built HTML",
}

SOURCES = ["README.md", "mkdocs.yml", "docs", "snippets", "scripts", "overrides"]
# Tools whose job is to remove such paths from what they publish: they must name the patterns.
SCRUBBERS = {"scripts/matrix_results.py"}
TEXT = {".md", ".py", ".ipynb", ".yml", ".yaml", ".html", ".json", ".txt", ".xml", ".csv"}


def _findings(path: Path, base: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    for phrase in ALLOWED:
        text = text.replace(phrase, "")
    found = []
    for match in MACHINE_PATH.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        start = max(0, match.start() - 40)
        found.append(f"{path.relative_to(base)}:{line}: ...{text[start : match.end() + 30]!r}")
    return found


def _files(base: Path, parts) -> list[Path]:
    files = []
    for part in parts:
        path = base / part
        candidates = [path] if path.is_file() else path.rglob("*")
        files += [f for f in candidates if f.is_file() and f.suffix in TEXT and "__pycache__" not in f.parts]
    return sorted(files)


def test_sources_and_notebooks_name_no_machine_path():
    files = [f for f in _files(ROOT, SOURCES) if f.relative_to(ROOT).as_posix() not in SCRUBBERS]
    assert any(f.suffix == ".ipynb" for f in files) and (ROOT / "README.md") in files
    problems = [problem for f in files for problem in _findings(f, ROOT)]
    assert not problems, "machine or workspace paths:\n" + "\n".join(problems)


def test_built_site_names_no_machine_path(built_site):
    # Theme assets (JS, CSS) are Material's; everything else in the site is ours.
    files = [f for f in _files(built_site, ["."]) if "assets" not in f.relative_to(built_site).parts[:1]]
    assert any(f.name == "index.html" for f in files) and any(f.name == "search_index.json" for f in files)
    problems = [problem for f in files for problem in _findings(f, built_site)]
    assert not problems, "machine or workspace paths in the built site:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "text",
    [
        "--data-dir ../shared/datasets",
        "see /work/shared/datasets/Sunspots.csv",
        "saved to /root/.keras/datasets",
        "open /home/alice/notes.ipynb",
        "KERAS_HOME=/tmp/keras-home python x.py",
        "file:///work/shared/datasets/Sunspots.csv",
    ],
)
def test_the_check_catches_each_kind_of_path(tmp_path, text):
    page = tmp_path / "page.md"
    page.write_text(f"Run this:\n\n    {text}\n")
    assert len(_findings(page, tmp_path)) == 1


def test_placeholders_and_reader_paths_pass(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "python scripts/verify_solutions.py --data-dir ~/tf-data category5\n"
        "--data-dir DIR, KERAS_HOME=keras-home, https://example.org/work/x, data/Sunspots.csv\n"
    )
    assert _findings(page, tmp_path) == []

"""scripts/new_page.py scaffolds a page that builds, refuses to overwrite, rejects bad names."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scripts.lib.site import ROOT, build, copy_project
from tests.harness.snippets import run_snippet

SCRIPT = ROOT / "scripts" / "new_page.py"


def _run(project, *args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args, "--root", str(project)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_scaffolded_page_builds_and_its_snippet_runs(tmp_path):
    project = copy_project(tmp_path / "project")
    result = _run(project, "basics", "scaffold-check", "Scaffold check")
    assert result.returncode == 0, result.stderr
    assert "created docs/basics/scaffold-check.md" in result.stdout
    nav = (project / "mkdocs.yml").read_text()
    assert '      - "Scaffold check": basics/scaffold-check.md' in nav
    assert (
        nav.index("basics/hello-tensorflow.md")
        < nav.index("basics/scaffold-check.md")
        < nav.index("Neural networks:")
    )
    built = build(project, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "site" / "basics" / "scaffold-check" / "index.html").is_file()
    run_snippet(project / "snippets" / "basics" / "scaffold-check" / "first_example.py")


def test_new_area_gets_its_own_nav_section(tmp_path):
    project = copy_project(tmp_path / "project")
    mkdocs_yml = project / "mkdocs.yml"
    mkdocs_yml.write_text(mkdocs_yml.read_text().replace("  - Text (NLP):\n      - nlp/index.md\n", ""))
    (project / "docs/nlp/index.md").unlink()
    for page in (project / "docs").rglob("*.md"):  # pages that linked the removed area index
        page.write_text(page.read_text().replace("nlp/index.md", "nlp/scaffolded-page.md"))
    assert (
        _run(project, "nlp", "scaffolded-page", "Scaffolded page").returncode == 0
    )  # a slug no real page uses
    nav = (project / "mkdocs.yml").read_text()
    assert '  - Text (NLP):\n      - "Scaffolded page": nlp/scaffolded-page.md' in nav
    assert build(project, tmp_path / "site").returncode == 0


def test_refuses_to_overwrite(tmp_path):
    project = copy_project(tmp_path / "project")
    before = (project / "docs/basics/hello-tensorflow.md").read_text()
    nav_before = (project / "mkdocs.yml").read_text()
    result = _run(project, "basics", "hello-tensorflow", "Again")
    assert result.returncode == 2
    assert (
        result.stderr.strip() == "error: docs/basics/hello-tensorflow.md already exists; not overwriting it"
    )
    assert (project / "docs/basics/hello-tensorflow.md").read_text() == before
    assert (project / "mkdocs.yml").read_text() == nav_before


@pytest.mark.parametrize(
    ("area", "slug", "message"),
    [
        ("cooking", "pasta", "error: unknown area 'cooking'"),
        ("nlp", "Word_Embeddings", "error: bad page name 'Word_Embeddings'"),
        ("nlp", "../escape", "error: bad page name '../escape'"),
        ("nlp", "ok-name", "error: the title must be one non-empty line"),
    ],
)
def test_rejects_bad_names_with_one_line(tmp_path, area, slug, message):
    project = copy_project(tmp_path / "project")
    title = " " if slug == "ok-name" else "Title"
    result = _run(project, area, slug, title)
    assert result.returncode == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_help():
    result = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "AREA" in result.stdout.upper()

"""scripts/new_page.py scaffolds a page that builds and passes make test-page's tests at once,
prints the commands to run next, refuses to overwrite, rejects bad names."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from scripts.lib.site import PROJECT_PARTS, ROOT, build, copy_project

SCRIPT = ROOT / "scripts" / "new_page.py"


def _run(project, *args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args, "--root", str(project)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _test_page(project, page, tests=("tests/test_snippets.py", "tests/site")):
    """What `make test-page PAGE=page` runs (Makefile: PAGE_TESTS and its -k), in ``project``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("COV_", "PYTEST_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:cov"]
        + ["-k", f"{page}/ or {page}.md or {page}]", *tests],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_scaffolded_page_builds_and_passes_its_page_tests_at_once(tmp_path):
    project = copy_project(tmp_path / "project", (*PROJECT_PARTS, "tests", "pyproject.toml"))
    result = _run(project, "basics", "scaffold-check", "Scaffold check")
    assert result.returncode == 0, result.stderr
    assert "created docs/basics/scaffold-check.md" in result.stdout
    assert "created docs/basics/scaffold-check.ipynb" in result.stdout
    # The next commands, exactly: the page's tests, then the notebook after a change, then the suite.
    assert "  make test-page PAGE=basics/scaffold-check " in result.stdout
    assert "  make notebooks " in result.stdout
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
    tested = _test_page(project, "basics/scaffold-check")
    assert tested.returncode == 0, tested.stdout[-3000:]
    # The page notebook (it runs the snippet), its up-to-date check and the page checks ran.
    assert " passed" in tested.stdout and " failed" not in tested.stdout


def test_a_missing_page_notebook_fails_with_its_fix_not_a_crash(tmp_path):
    project = copy_project(tmp_path / "project", (*PROJECT_PARTS, "tests", "pyproject.toml"))
    assert _run(project, "basics", "scaffold-check", "Scaffold check").returncode == 0
    (project / "docs/basics/scaffold-check.ipynb").unlink()
    tested = _test_page(project, "basics/scaffold-check", ["tests/site/test_page_notebooks.py"])
    assert tested.returncode == 1
    assert "docs/basics/scaffold-check.ipynb is missing; run: make notebooks" in tested.stdout
    assert "AttributeError" not in tested.stdout and "FileNotFoundError" not in tested.stdout


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
    assert not (project / "docs/basics/hello-tensorflow.ipynb").read_text().count("Again")
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

"""`make test-page PAGE=<area>/<page>` selects one page's tests and refuses a page that is not there."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# As the Makefile names it (make matches -o by name: an absolute path would not stop an install).
STAMP = ".venv/.installed-from-lock"


def _make(*args, dry=False):
    argv = ["make", "-s", "-o", STAMP, *(["-n"] if dry else []), "test-page", *args]
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=60)


def _selected(page: str, extra: Path) -> list[str]:
    """The test ids `make test-page PAGE=<page>`'s -k expression selects from the page tests and ``extra``."""
    expression = re.search(r'-k "([^"]+)"', _make(f"PAGE={page}", dry=True).stdout).group(1)
    collect = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-k", expression,
         "tests/test_snippets.py", "tests/site", str(extra)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    return [line for line in collect.stdout.splitlines() if "::" in line]


def test_selects_the_pages_snippets_checks_and_own_tests():
    dry = _make("PAGE=nlp/loading-text", dry=True).stdout
    # One pytest process: the page's own tests are picked by their file's name.
    expression = "nlp/loading-text/ or nlp/loading-text.md or nlp/loading-text] or test_loading_text.py"
    assert dry.count(" -m pytest ") == 1
    assert f'-k "{expression}"' in dry
    assert "tests/test_snippets.py tests/site tests/nlp/test_loading_text.py" in " ".join(dry.split())
    no_own = _make("PAGE=nlp/prepare-text", dry=True).stdout
    assert "tests/nlp/test_" not in no_own and "prepare-text] or" not in no_own  # has none


def test_the_pages_own_tests_are_all_selected():
    own = ROOT / "tests" / "nlp" / "test_loading_text.py"
    ids = _selected("nlp/loading-text", own)
    own_ids = [i for i in ids if i.startswith("tests/nlp/test_loading_text.py::")]
    every_own = re.findall(r"^def (test_\w+)", own.read_text(encoding="utf-8"), re.MULTILINE)
    assert every_own and {i.split("::")[1].split("[")[0] for i in own_ids} == set(every_own)
    assert all("nlp/loading-text" in i or i in own_ids for i in ids), ids


def test_the_selection_holds_the_pages_tests_and_no_other(tmp_path):
    # Page ids come in three shapes: snippet files, page files, and bare page names (notebooks).
    shapes = tmp_path / "test_shapes.py"
    shapes.write_text(
        "import pytest\n"
        "@pytest.mark.parametrize('p', ['nlp/binary-classification', 'nlp/binary-classification-two', 'nlp/x'])\n"
        "def test_bare(p): pass\n"
    )
    ids = _selected("nlp/binary-classification", shapes)
    assert ids and all("nlp/binary-classification" in i for i in ids), ids
    bare = [i.split("::", 1)[1] for i in ids if "test_bare" in i]
    assert bare == ["test_bare[nlp/binary-classification]"]
    snippets = sorted(p.name for p in (ROOT / "snippets" / "nlp" / "binary-classification").glob("*.py"))
    # A snippet file runs on its own, or through the page notebook that runs it whole.
    from scripts.lib.pages import files_run_by_pages

    run_by_pages = files_run_by_pages()
    for name in snippets:
        page = run_by_pages.get(f"snippets/nlp/binary-classification/{name}")
        own = f"nlp/binary-classification/{name}::run"
        through_page = f"test_page_runs_top_to_bottom_as_a_notebook[{(page or '')[: -len('.md')]}]"
        assert any((through_page if page else own) in i for i in ids), name
    assert any("test_page_build.py" in i for i in ids) and any("test_page_code.py" in i for i in ids)


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("", "error: name a page as PAGE=<area>/<page>"),
        ("binary-classification", "error: name a page as PAGE=<area>/<page>"),
        ("nlp/no-such-page", "error: no page docs/nlp/no-such-page.md"),
    ],
)
def test_a_bad_page_is_one_error_line(page, message):
    run = _make(f"PAGE={page}")
    assert run.returncode != 0
    assert run.stderr.startswith(message) and "Traceback" not in run.stderr

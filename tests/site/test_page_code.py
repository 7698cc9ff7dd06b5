"""Every code block a reader can copy from a page is tested.

* a ```python block may only include snippet sections (``--8<-- "snippets/...:section"``),
  and those files are run by tests/test_snippets.py;
* a ```pycon block is run as a doctest, the page's blocks in order, in one namespace.
"""

from __future__ import annotations

import doctest
import io

import pytest

from tests.harness.markdown import DOCS, PYTHON, ROOT, code_blocks, includes, pages
from tests.harness.snippets import DOCTEST_FLAGS

PAGES = pages()


def _id(page):
    return page.relative_to(DOCS).as_posix()


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_python_blocks_only_include_snippets(page):
    for block in code_blocks(page.read_text(encoding="utf-8")):
        if block.lang not in PYTHON:
            continue
        found = includes(block)
        assert found, (
            f"{_id(page)}:{block.lineno}: a ```python block with code typed into the page. Move the "
            "code into a snippet file under snippets/ and include a named section, or make it a "
            "```pycon doctest."
        )
        for path, _ in found:
            assert path.startswith("snippets/") and path.endswith(".py"), (
                f"{_id(page)}:{block.lineno}: {path}"
            )
            assert (ROOT / path).is_file(), f"{_id(page)}:{block.lineno}: no such snippet file {path}"


PYCON_PAGES = [
    page for page in PAGES if any(b.lang == "pycon" for b in code_blocks(page.read_text(encoding="utf-8")))
]


@pytest.mark.parametrize("page", PYCON_PAGES, ids=_id)
def test_pycon_blocks_pass_as_doctests(page):
    namespace: dict = {"__name__": "__page__"}
    parser, report = doctest.DocTestParser(), io.StringIO()
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    for block in code_blocks(page.read_text(encoding="utf-8")):
        if block.lang == "pycon":
            test = parser.get_doctest(
                block.code, namespace, f"{_id(page)}:{block.lineno}", str(page), block.lineno
            )
            runner.run(test, out=report.write, clear_globs=False)
            namespace = test.globs  # the next block sees what this one defined
    assert runner.failures == 0, report.getvalue()
    assert runner.tries > 0

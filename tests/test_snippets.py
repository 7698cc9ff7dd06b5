"""Run every snippet file end to end, then the doctests in its docstrings.

Most snippet files are shown whole, in file order, by one page: that page's notebook test runs
every statement of them (tests/site/test_page_notebooks.py, with the files' own names and line
numbers, so coverage counts them), and their doctests run here against the namespace the page
left behind. Every other file gets a ``run`` test that executes it as ``__main__``, unmodified, and
its doctests run against that namespace. A file and its doctests go to the same xdist worker
(``xdist_group``), in that order, so each file or page runs once.
"""

from __future__ import annotations

import pytest

from scripts.lib import pages as page_model
from tests.harness import offline, tfds_data
from tests.harness.pages import PageFailed, file_namespace
from tests.harness.snippets import ROOT, docstrings_with_examples, run_doctest, run_snippet, snippet_files

_namespaces: dict[str, dict] = {}
RUN_BY_PAGES = page_model.files_run_by_pages()
_PAGES = {page.src_uri: page for page in page_model.pages_with_code()}


def _cases():
    for path in snippet_files():
        name = path.relative_to(ROOT / "snippets").as_posix()
        page = RUN_BY_PAGES.get(path.relative_to(ROOT).as_posix())
        if page is None:
            group = pytest.mark.xdist_group(name)
            yield pytest.param(path, None, None, id=f"{name}::run", marks=group)
        else:
            group = pytest.mark.xdist_group(f"page:{page[: -len('.md')]}")
        for docstring in docstrings_with_examples(path):
            yield pytest.param(path, docstring, page, id=f"{name}::{docstring.name}", marks=group)


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()
    tfds_data.prepare()  # a tiny prepared fashion_mnist for tfds.load


@pytest.mark.parametrize(("path", "docstring", "page"), list(_cases()))
def test_snippet(path, docstring, page):
    key = str(path)
    if page is not None:
        try:
            namespace = file_namespace(_PAGES[page], path.relative_to(ROOT).as_posix())
        except PageFailed as error:
            pytest.fail(f"the page that runs this file failed:\n{error}", pytrace=False)
    else:
        if docstring is None or key not in _namespaces:
            _namespaces[key] = run_snippet(path)
        namespace = _namespaces[key]
    if docstring is not None:
        failures, report = run_doctest(docstring, namespace, str(path.relative_to(ROOT)))
        assert failures == 0, report

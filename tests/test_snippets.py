"""Run every snippet file end to end, then the doctests in its docstrings.

Each file under snippets/ gives one ``run`` test and one ``doctest`` test per docstring that
holds examples. The doctests run against the namespace the ``run`` left behind, so a file is
executed once. Both go to the same xdist worker (``xdist_group``), in that order.
"""

from __future__ import annotations

import pytest

from tests.harness import offline, tfds_data
from tests.harness.snippets import ROOT, docstrings_with_examples, run_doctest, run_snippet, snippet_files

_namespaces: dict[str, dict] = {}


def _cases():
    for path in snippet_files():
        name = path.relative_to(ROOT / "snippets").as_posix()
        group = pytest.mark.xdist_group(name)
        yield pytest.param(path, None, id=f"{name}::run", marks=group)
        for docstring in docstrings_with_examples(path):
            yield pytest.param(path, docstring, id=f"{name}::{docstring.name}", marks=group)


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()
    tfds_data.prepare()  # a tiny prepared fashion_mnist for tfds.load


@pytest.mark.parametrize(("path", "docstring"), list(_cases()))
def test_snippet(path, docstring):
    key = str(path)
    if docstring is None or key not in _namespaces:
        _namespaces[key] = run_snippet(path)
    if docstring is not None:
        failures, report = run_doctest(docstring, _namespaces[key], str(path.relative_to(ROOT)))
        assert failures == 0, report

"""pytest plugin for the version matrix (make test-matrix): leave out tests that build the site.

The matrix environments hold TensorFlow, Keras and what the snippet, page-notebook and solution
tests need, not MkDocs: a test that asks for the ``built_site`` fixture belongs to the default
environment only, where ``make test`` runs it.
"""

from __future__ import annotations


def pytest_collection_modifyitems(config, items):
    keep = [item for item in items if "built_site" not in getattr(item, "fixturenames", ())]
    if len(keep) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep

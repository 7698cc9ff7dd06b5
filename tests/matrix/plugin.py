"""pytest plugin for the version matrix (make test-matrix): leave out tests that build the site.

The matrix environments hold TensorFlow, Keras and what the snippet, page-notebook and solution
tests need, not MkDocs: a test that asks for the ``built_site`` fixture, or a test module that
imports MkDocs or the site's hooks (``overrides``), belongs to the default environment only, where
``make test`` runs it.
"""

from __future__ import annotations

import re

SITE_CODE = re.compile(r"^\s*(?:from|import)\s+(?:mkdocs|overrides)\b", re.MULTILINE)


def pytest_ignore_collect(collection_path, config):  # noqa: ARG001 (pytest hook signature)
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return bool(SITE_CODE.search(collection_path.read_text(encoding="utf-8"))) or None
    return None


def pytest_collection_modifyitems(config, items):
    keep = [item for item in items if "built_site" not in getattr(item, "fixturenames", ())]
    if len(keep) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep

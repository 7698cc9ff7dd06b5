"""Shared test set-up. Runs before any test module imports TensorFlow.

* KERAS_HOME points at a per-worker cache holding the tiny datasets (tests/harness/datasets.py);
* connections that leave the machine fail, naming the URL, and fail the test that tried;
* ``Model.fit`` is clamped to a couple of epochs;
* each test runs in its own temporary working directory.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.harness import offline  # noqa: E402

KERAS_HOME = offline.prepare_environment()
offline.block_network()


@pytest.fixture(scope="session", autouse=True)
def _clean_keras_home():
    yield
    shutil.rmtree(KERAS_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _offline_test(tmp_path, monkeypatch):
    """Own working directory per test; fail a test that tried to reach the network."""
    monkeypatch.chdir(tmp_path)
    before = len(offline.blocked_attempts)
    yield
    attempts = offline.blocked_attempts[before:]
    if attempts:
        pytest.fail(f"test tried to reach the network: {attempts[0]}", pytrace=False)


@pytest.fixture
def keras_home() -> Path:
    """The temporary Keras cache that holds the tiny datasets."""
    return KERAS_HOME


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session (per worker) with ``mkdocs build --strict``."""
    from scripts.lib.site import build

    site = tmp_path_factory.mktemp("site")
    result = build(ROOT, site)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr[-4000:]}"
    return site


def pytest_report_header(config):
    return [
        f"offline Keras cache: {KERAS_HOME} (network blocked, fit clamped to {offline.MAX_EPOCHS} epochs)",
        f"python: {sys.executable}",
        f"workers may set OMP threads: {os.environ.get('OMP_NUM_THREADS', 'default')}",
    ]

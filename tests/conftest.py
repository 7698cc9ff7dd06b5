"""Shared test set-up. Runs before any test module imports TensorFlow.

* KERAS_HOME points at a per-worker cache holding the tiny datasets (tests/harness/datasets.py),
  removed when the process exits;
* connections that leave the machine fail, naming the URL, and fail the test that tried;
* ``Model.fit`` is clamped to a couple of epochs;
* each test runs in its own temporary working directory.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.harness import offline  # noqa: E402

KERAS_HOME = offline.prepare_environment()
offline.block_network()


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
    """The real site, built once per test session with ``mkdocs build --strict``.

    pytest-xdist workers share one build: the first to ask builds it in the session's common
    temporary folder while holding a lock, the others wait and read the same files (no test writes
    into the built site). A failed build fails every test that asked for it, on every worker.
    """
    import fcntl

    from scripts.lib.site import build

    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the folder all workers' temporary folders are in
    site, failure = root / "built-site", root / "built-site.failed"
    with (root / "built-site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not site.is_dir() and not failure.is_file():
            result = build(ROOT, root / "built-site.partial")
            if result.returncode == 0:
                (root / "built-site.partial").rename(site)  # whole builds only
            else:
                failure.write_text(result.stderr[-4000:], encoding="utf-8")
    assert not failure.is_file(), f"mkdocs build --strict failed:\n{failure.read_text(encoding='utf-8')}"
    return site


def pytest_collection_finish(session):
    """Freeze what importing and collecting made (TensorFlow's modules, the parsed pages): garbage
    collections skip it from now on (see tests/harness/offline.py: reset_keras)."""
    gc.freeze()


def pytest_report_header(config):
    return [
        f"offline Keras cache: {KERAS_HOME} (network blocked, fit clamped to {offline.MAX_EPOCHS} epochs)",
        f"python: {sys.executable}",
        f"workers may set OMP threads: {os.environ.get('OMP_NUM_THREADS', 'default')}",
    ]

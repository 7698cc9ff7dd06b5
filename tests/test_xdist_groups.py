"""The suite's speed rests on pytest-xdist's groups: a page runs once, on one worker.

A page's notebook test, its quoted-output test and the doctests of the snippet files it runs share
one run of the page (tests/harness/pages.py) only when they land on the same worker, which
``xdist_group`` marks and ``--dist loadgroup`` (make test) promise. pytest 9.2 broke that with
pytest-xdist 3.8 (every group was ignored, and a page ran on both workers); this test catches such a
combination in the lock.
"""

from __future__ import annotations

import re
import subprocess
import sys

TESTS = """
import os, pytest

@pytest.mark.parametrize("n", range(4))
@pytest.mark.xdist_group("first")
def test_first(n):
    print("RAN first", os.environ["PYTEST_XDIST_WORKER"])

@pytest.mark.parametrize("n", range(4))
@pytest.mark.xdist_group("second")
def test_second(n):
    print("RAN second", os.environ["PYTEST_XDIST_WORKER"])
"""


def test_tests_of_one_group_run_on_one_worker(tmp_path):
    (tmp_path / "test_groups.py").write_text(TESTS, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nmarkers = xdist_group(name): one worker\n", encoding="utf-8"
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-p", "no:cacheprovider",
         "-v", "-rA", "test_groups.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    # xdist marks a grouped test's id with its group; without it, the group is ignored.
    assert re.search(r"test_first\[0\]@first", run.stdout), run.stdout
    workers = {group: set(re.findall(rf"RAN {group} (gw\d)", run.stdout)) for group in ("first", "second")}
    assert all(len(found) == 1 for found in workers.values()), workers

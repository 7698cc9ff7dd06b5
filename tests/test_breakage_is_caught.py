"""A broken doctest, a failing page example or code typed into a page makes `make test` fail.

The test copies the project, breaks it on purpose, runs the suite's own tests on the copy
in a fresh pytest process, and checks that exactly those tests fail.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from scripts.lib.site import ROOT, copy_project


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_broken_doctests_and_untested_code_fail_the_suite(tmp_path):
    project = copy_project(
        tmp_path / "project",
        parts=("mkdocs.yml", "docs", "snippets", "overrides", "scripts", "pyproject.toml"),
    )
    shutil.copytree(ROOT / "tests", project / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    # 1. a helper's doctest no longer matches what the function returns
    _replace(
        project / "snippets/basics/hello-tensorflow/fit_a_line.py",
        "array([-3., -1.,  1.,  3.], dtype=float32)",
        "array([-3., -1.,  1.,  4.], dtype=float32)",
    )
    # 2. a page's pycon example shows a wrong result
    page = project / "docs/basics/hello-tensorflow.md"
    _replace(page, ">>> xs.shape\n(6,)", ">>> xs.shape\n(7,)")
    # 3. code typed straight into a page instead of included from a snippet
    _replace(page, "## Try it yourself", "```python\nprint('untested')\n```\n\n## Try it yourself")

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-q",
            "--no-header",
            "-p",
            "no:randomly",
            "tests/test_snippets.py",
            "tests/site/test_page_code.py",
            "-k",
            "fit_a_line or hello-tensorflow",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = result.stdout
    assert result.returncode == 1, out[-3000:]
    assert (
        "FAILED tests/test_snippets.py::test_snippet[basics/hello-tensorflow/fit_a_line.py::make_line_data]"
        in out
    )
    assert (
        "FAILED tests/site/test_page_code.py::test_pycon_blocks_pass_as_doctests[basics/hello-tensorflow.md]"
        in out
    )
    assert (
        "FAILED tests/site/test_page_code.py::test_python_blocks_only_include_snippets[basics/hello-tensorflow.md]"
        in out
    )
    assert "3 failed" in out

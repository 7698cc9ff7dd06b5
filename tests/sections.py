"""Run named sections of a snippet file.

Page tests use these to check a claim on a page against what the code really does: run only the
sections a page shows (in order, in one namespace, as a reader would in Colab) and capture what
they print. Quoted output (```text blocks) is checked for every page by tests/site/test_quoted_output.py.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_sections(path: Path, *names: str, namespace: dict | None = None) -> tuple[dict, str]:
    """Execute the named sections of ``path`` in order in one namespace; return it and the printout.

    Each section runs compiled with the file's own name and line numbers, as a page's blocks do
    (tests/harness/pages.py): tracebacks point into the snippet and its lines count for coverage.
    """
    from tests.harness import linecov
    from tests.harness.pages import compile_section

    namespace = {"__name__": "__main__"} if namespace is None else namespace
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), linecov.recording(namespace):
        for name in names:
            exec(compile_section(Path(path), name), namespace)  # noqa: S102
    return namespace, printed.getvalue()

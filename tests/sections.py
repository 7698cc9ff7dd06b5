"""Run named sections of a snippet file.

Page tests use these to check a claim on a page against what the code really does: run only the
sections a page shows (in order, in one namespace, as a reader would in Colab) and capture what
they print. Quoted output (```text blocks) is checked for every page by tests/site/test_quoted_output.py.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def section_source(path: Path, name: str) -> str:
    """The code between ``# --8<-- [start:name]`` and ``# --8<-- [end:name]`` in ``path``.

    >>> "tf.keras.layers.Embedding" in section_source(ROOT / "snippets/nlp/recurrent-layers/masking.py", "mask")
    True
    """
    text = Path(path).read_text(encoding="utf-8")
    match = re.search(
        rf"^[ \t]*# --8<-- \[start:{re.escape(name)}\]\n(.*?)^[ \t]*# --8<-- \[end:{re.escape(name)}\]",
        text,
        re.S | re.M,
    )
    assert match, f"no section {name!r} in {path}"
    lines = match[1].splitlines()
    indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return "\n".join(line[indent:] for line in lines) + "\n"


def run_sections(path: Path, *names: str, namespace: dict | None = None) -> tuple[dict, str]:
    """Execute the named sections of ``path`` in order in one namespace; return it and the printout.

    Each section runs compiled with the file's own name and line numbers, as a page's blocks do
    (tests/harness/pages.py): tracebacks point into the snippet and its lines count for coverage.
    """
    from scripts.lib import pages as page_model
    from tests.harness import linecov

    namespace = {"__name__": "__main__"} if namespace is None else namespace
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), linecov.recording(namespace):
        for name in names:
            first_line, code = page_model.section_source(Path(path), name)
            exec(linecov.compile_recorded("\n" * (first_line - 1) + code, str(path)), namespace)  # noqa: S102
    return namespace, printed.getvalue()

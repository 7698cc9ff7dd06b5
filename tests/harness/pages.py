"""Run a page's Python blocks as a reader does in a notebook: in page order, in one namespace.

Each included section runs compiled with its snippet file's own name and line numbers, so a
traceback points into the snippet, and with a call before each statement that records its line for
coverage (tests/harness/linecov.py: coverage.py's tracing would slow TensorFlow down). A page runs once per test
process: its notebook test and the doctests of the snippet files it runs whole share the result.
"""

from __future__ import annotations

import contextlib
import io
import traceback
from pathlib import Path
from types import CodeType

from scripts.lib import pages as page_model
from scripts.lib.site import ROOT
from tests.harness import linecov, offline

_namespaces: dict[str, dict] = {}
_failures: dict[str, str] = {}
# (page, snippet path) -> the namespace right after that snippet's last shown section ran: its
# doctests see its own definitions, even when a later file on the page reuses a name.
_snapshots: dict[tuple[str, str], dict] = {}
_figures: dict[tuple[str, str], list] = {}  # (page, snippet path) -> figures its sections showed
_printed: dict[str, str] = {}  # what each page's blocks printed (tests/site/test_quoted_output.py)


class PageFailed(Exception):
    """A block of the page raised; the message names the page, the cell and the error."""


def _figure_lines(figure) -> list[dict]:
    """The lines of each axis of a figure: {label: y values}."""
    import numpy as np

    return [
        {line.get_label(): np.asarray(line.get_ydata()) for line in axis.get_lines()} for axis in figure.axes
    ]


def compile_section(path: Path, section: str | None) -> CodeType:
    """A section of a snippet file (None: all of it), compiled with the file's own name and line
    numbers and with line recording (tests/harness/linecov.py)."""
    first_line, code = page_model.section_source(path, section)
    return linecov.compile_recorded("\n" * (first_line - 1) + code, str(path))


def _run_block(block: page_model.Block, namespace: dict, snapshots: dict | None = None, shown=None) -> None:
    for path, section in block.includes:
        code = compile_section(ROOT / path, section)
        if shown is not None:
            shown.path = path
        exec(code, namespace)  # noqa: S102
        if snapshots is not None:
            snapshots[path] = dict(namespace)


def run_cells(
    name: str,
    blocks: list[page_model.Block],
    snapshots: dict | None = None,
    namespace: dict | None = None,
    figures: dict | None = None,
) -> dict:
    """Run ``blocks`` in order in one namespace (a fresh one unless given); raise PageFailed naming
    the cell that broke. ``figures`` collects, per snippet file, the figures its sections showed."""
    import matplotlib.pyplot as plt

    namespace = {"__name__": "__main__"} if namespace is None else namespace
    show = plt.show

    def shown(*args, **kwargs):  # noqa: ARG001 (plt.show's signature)
        """Keep what each snippet file shows (for figure tests), then close it as a notebook does."""
        if figures is not None:
            figures.setdefault(shown.path, []).append(_figure_lines(plt.gcf()))
        plt.close("all")

    shown.path = None
    plt.show = shown
    try:
        with linecov.recording(namespace):
            for number, block in enumerate(blocks, start=1):
                try:
                    _run_block(block, namespace, snapshots, shown)
                except Exception as error:  # noqa: BLE001 (reported with the cell)
                    first_line = next((line for line in block.code.splitlines() if line.strip()), "")
                    detail = "".join(traceback.format_exception_only(error)).strip()
                    raise PageFailed(
                        f"{name}: code cell {number} ({first_line!r}) failed: {detail}\n\n"
                        f"{traceback.format_exc(limit=-3)}"
                    ) from None
    finally:
        plt.show = show
        plt.close("all")
        offline.reset_keras()
    return namespace


def page_namespace(page: page_model.Page) -> dict:
    """The namespace the page's blocks leave behind, running them the first time it is asked for."""
    key = page.src_uri
    if key in _failures:
        raise PageFailed(_failures[key])
    if key not in _namespaces:
        try:
            snapshots: dict[str, dict] = {}
            figures: dict[str, list] = {}
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                _namespaces[key] = run_cells(key[: -len(".md")], page.run_blocks, snapshots, figures=figures)
            _printed[key] = printed.getvalue()
            _figures.update({(key, path): shown for path, shown in figures.items()})
            _snapshots.update({(key, path): namespace for path, namespace in snapshots.items()})
        except PageFailed as error:
            _failures[key] = str(error)
            raise
    return _namespaces[key]


def page_printed(page: page_model.Page) -> str:
    """What the page's blocks printed when they ran (after page_namespace)."""
    page_namespace(page)
    return _printed[page.src_uri]


def file_figures(page: page_model.Page, path: str) -> list[list[dict]]:
    """The figures the page's sections of ``path`` showed: per figure, per axis, {label: y values}."""
    page_namespace(page)
    return _figures.get((page.src_uri, path), [])


def file_namespace(page: page_model.Page, path: str) -> dict:
    """The namespace as it stood right after the page ran the last shown section of ``path``."""
    page_namespace(page)
    return _snapshots[(page.src_uri, path)]

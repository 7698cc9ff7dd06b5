"""Run a page's Python blocks as a reader does in a notebook: in page order, in one namespace.

Each included section runs compiled with its snippet file's own name and line numbers, so a
traceback points into the snippet and coverage counts the lines. A page runs once per test
process: its notebook test and the doctests of the snippet files it runs whole share the result.
"""

from __future__ import annotations

import traceback

from scripts.lib import pages as page_model
from scripts.lib.site import ROOT

_namespaces: dict[str, dict] = {}
_failures: dict[str, str] = {}
# (page, snippet path) -> the namespace right after that snippet's last shown section ran: its
# doctests see its own definitions, even when a later file on the page reuses a name.
_snapshots: dict[tuple[str, str], dict] = {}


class PageFailed(Exception):
    """A block of the page raised; the message names the page, the cell and the error."""


def _run_block(block: page_model.Block, namespace: dict, snapshots: dict | None = None) -> None:
    for path, section in block.includes:
        first_line, code = page_model.section_source(ROOT / path, section)
        exec(compile("\n" * (first_line - 1) + code, str(ROOT / path), "exec"), namespace)  # noqa: S102
        if snapshots is not None:
            snapshots[path] = dict(namespace)


def run_cells(name: str, blocks: list[page_model.Block], snapshots: dict | None = None) -> dict:
    """Run ``blocks`` in order in one fresh namespace; raise PageFailed naming the cell that broke."""
    import keras
    import matplotlib.pyplot as plt

    namespace: dict = {"__name__": "__main__"}
    try:
        for number, block in enumerate(blocks, start=1):
            try:
                _run_block(block, namespace, snapshots)
            except Exception as error:  # noqa: BLE001 (reported with the cell)
                first_line = next((line for line in block.code.splitlines() if line.strip()), "")
                detail = "".join(traceback.format_exception_only(error)).strip()
                raise PageFailed(
                    f"{name}: code cell {number} ({first_line!r}) failed: {detail}\n\n"
                    f"{traceback.format_exc(limit=-3)}"
                ) from None
    finally:
        plt.close("all")
        keras.utils.clear_session(free_memory=True)
    return namespace


def page_namespace(page: page_model.Page) -> dict:
    """The namespace the page's blocks leave behind, running them the first time it is asked for."""
    key = page.src_uri
    if key in _failures:
        raise PageFailed(_failures[key])
    if key not in _namespaces:
        try:
            snapshots: dict[str, dict] = {}
            _namespaces[key] = run_cells(key[: -len(".md")], page.run_blocks, snapshots)
            _snapshots.update({(key, path): namespace for path, namespace in snapshots.items()})
        except PageFailed as error:
            _failures[key] = str(error)
            raise
    return _namespaces[key]


def file_namespace(page: page_model.Page, path: str) -> dict:
    """The namespace as it stood right after the page ran the last shown section of ``path``."""
    page_namespace(page)
    return _snapshots[(page.src_uri, path)]

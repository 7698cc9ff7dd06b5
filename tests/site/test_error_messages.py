"""The error messages that search must find (tests/browser/error_messages.yml) are real and on
their pages: each one is shown by the page that explains it, and comes from a real run (a
recorded notebook, a quoted output that test_quoted_output.py checks, or code run here)."""

from __future__ import annotations

import html
import os
import re
import tempfile
import warnings

import nbformat
import pytest
import yaml

from scripts.lib import browser as harness
from scripts.lib.site import ROOT
from tests.site.test_quoted_output import normalise

MESSAGES = yaml.safe_load((ROOT / "tests" / "browser" / "error_messages.yml").read_text(encoding="utf-8"))[
    "messages"
]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
TEXT_BLOCK = re.compile(r"^( *)(`{3,})text[^\n]*\n(.*?)^\1\2", re.M | re.S)


def _flat(text: str) -> str:
    """Text as a reader reads it: no backticks (Markdown cannot always keep them), one space."""
    return re.sub(r"\s+", " ", normalise(ANSI.sub("", text)).replace("`", "")).strip()


def _page_text(built_site, page: str) -> str:
    content = (built_site / harness.page_path(page) / "index.html").read_text(encoding="utf-8")
    content = content[content.index("<article") : content.index("</article>")]
    return _flat(html.unescape(re.sub(r"<[^>]+>", "", content)))


def test_at_least_twenty_messages_each_with_its_page_and_origin():
    assert len(MESSAGES) >= 20
    pages = {page.src for page in harness.nav_pages(harness.site_config())}
    queries = [entry["query"] for entry in MESSAGES]
    assert len(set(queries)) == len(queries), "each query once"
    for entry in MESSAGES:
        assert {entry["page"], *entry.get("also", [])} <= pages, entry
        assert _flat(entry["query"]) in _flat(entry["message"]), (
            f"the query is not part of the message: {entry}"
        )
        origins = [key for key in ("recorded", "quoted", "code") if key in entry]
        assert len(origins) == 1, f"one origin (recorded, quoted or code): {entry}"


@pytest.mark.parametrize("entry", MESSAGES, ids=[entry["query"][:40] for entry in MESSAGES])
def test_the_page_shows_the_message(built_site, entry):
    for page in [entry["page"], *entry.get("also", [])]:
        assert _flat(entry["message"]) in _page_text(built_site, page), (
            f"{page} does not show {entry['message']!r}"
        )


RECORDED = [entry for entry in MESSAGES if "recorded" in entry]
QUOTED = [entry for entry in MESSAGES if "quoted" in entry]
CODE = [entry for entry in MESSAGES if "code" in entry]


@pytest.mark.parametrize("entry", RECORDED, ids=[entry["query"][:40] for entry in RECORDED])
def test_a_recorded_message_is_in_the_notebooks_outputs(entry):
    notebook = nbformat.read(ROOT / entry["recorded"], as_version=4)
    printed = "\n".join(
        "".join(output.get("text", "")) for cell in notebook.cells for output in cell.get("outputs", [])
    )
    assert notebook.metadata.get("recording"), f"{entry['recorded']} has no recording"
    assert _flat(entry["message"]) in _flat(printed)


@pytest.mark.parametrize("entry", QUOTED, ids=[entry["query"][:40] for entry in QUOTED])
def test_a_quoted_message_is_a_checked_quoted_output(entry):
    """In a ```text block of the page: test_quoted_output.py checks those against real runs."""
    source = (ROOT / "docs" / entry["quoted"]).read_text(encoding="utf-8")
    blocks = [_flat(match[3]) for match in TEXT_BLOCK.finditer(source)]
    assert any(_flat(entry["message"]) in block for block in blocks), (
        f"no ```text block of {entry['quoted']} quotes it"
    )


@pytest.mark.parametrize("entry", CODE, ids=[entry["query"][:40] for entry in CODE])
def test_the_installed_keras_prints_the_message(entry):
    import keras
    import numpy as np

    printed = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            exec(entry["code"], {"keras": keras, "np": np, "os": os, "tempfile": tempfile})  # noqa: S102
        except Exception as error:  # noqa: BLE001 (the error is what the test looks at)
            printed.append(f"{type(error).__name__}: {error}")
    printed += [f"{warning.category.__name__}: {warning.message}" for warning in caught]
    assert any(_flat(entry["message"]) in _flat(text) for text in printed), printed

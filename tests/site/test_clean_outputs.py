"""Recorded outputs read as a reader's clean run would: no terminal codes, no memory addresses, no bar debris.

``model.summary()`` prints through rich, in terminal colours; ``fit`` returns a ``History`` whose
repr is an address that changes every run; a Keras progress bar redraws one line many times. None
of that may reach a built page or the outputs of a committed notebook (what a reader downloads).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import pytest

from scripts.lib import recording

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "docs").rglob("*.ipynb"))

# A raw ESC, or the "[1m" it leaves behind (not code that writes the escape as "\x1b[1m" on purpose).
ESCAPE = re.compile(r"\x1b\[|(?<!x1b)(?<!033)\[(?:\d{1,3};)*\d{1,3}m")
ADDRESS = re.compile(r"<[\w.]+ (?:object )?at 0x[0-9a-fA-F]+>")
BAR = re.compile(r"\d+/\d+ ━+")  # "1/1500 ━━━━": a step count and its bar (not a table's rules)


def problems(text: str) -> list[str]:
    """What is wrong with one output text, one line each.

    >>> problems("<keras.src.callbacks.history.History at 0x7f0e2040e0d0>")
    ['an object repr with a memory address: <keras.src.callbacks.history.History at 0x7f0e2040e0d0>']
    >>> problems('\\x1b[1mModel: "sequential"\\x1b[0m')[0].startswith("a terminal escape code")
    True
    >>> problems("[1mModel: [0m")[0].startswith("a terminal escape code")
    True
    >>> problems('print("\\\\x1b[1mBold\\\\x1b[0m")')  # code that writes the escape on purpose
    []
    >>> problems("1/9 ━━━━ 1s1/9 ━━━━ 2s")
    ['progress-bar debris (one line redrawn many times): 1/9 ━━━━ 1s1/9 ━━━━ 2s']
    >>> problems("1875/1875 ━━━━━━━━━━━━━━━━━━━━ 4s 2ms/step - accuracy: 0.81\\n┏━━━━┳━━━━┓")
    []
    """
    found = []
    escape = ESCAPE.search(text)
    if escape:
        start = max(0, escape.start() - 20)
        found.append(f"a terminal escape code: {text[start : escape.end() + 20]!r}")
    found += [f"an object repr with a memory address: {match.group(0)}" for match in ADDRESS.finditer(text)]
    found += [
        f"progress-bar debris (one line redrawn many times): {line[:80]}"
        for line in text.splitlines()
        if len(BAR.findall(line)) > 1
    ]
    return found


def _texts(outputs) -> list[str]:
    texts = []
    for output in recording.merged_streams([dict(output) for output in outputs]):  # as a page joins them
        if output.get("output_type") == "stream":
            texts.append(recording._joined(output.get("text", "")))
        elif "text/plain" in output.get("data", {}):
            texts.append(recording._joined(output["data"]["text/plain"]))
    return texts


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT / "docs").as_posix())
def test_notebook_outputs_are_clean(path):
    notebook = nbformat.read(path, as_version=4)
    found = [
        f"cell {number}: {problem}"
        for number, cell in enumerate((c for c in notebook.cells if c.cell_type == "code"), start=1)
        for text in _texts(cell.get("outputs", []))
        for problem in problems(text)
    ]
    assert not found, "\n".join(found)


def _text(page_html: str) -> str:
    """What a reader sees of a built page: tags removed, entities decoded, line breaks kept.

    >>> _text('<span>1/9</span><span> ok</span> &lt;b&gt;')
    '1/9 ok <b>'
    """
    return html.unescape(re.sub(r"<[^>]*>", "", page_html))


def test_built_pages_are_clean(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50
    found = [
        f"{page.relative_to(built_site)}: {problem}"
        for page in pages
        for problem in problems(_text(page.read_text(encoding="utf-8")))
    ]
    assert not found, "\n".join(found[:20])

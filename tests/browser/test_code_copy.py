"""The copy button of a code block gives exactly the snippet's code, and that code runs.

The model page's Python blocks are includes of named sections of snippet files. For each block,
the button must put on the clipboard the section as it is in the file (no prompts, no line
numbers, no annotations). All the copied blocks, pasted one after the other as a reader pastes
them into the cells of one Colab notebook, must run in a fresh Python process under the offline
harness (each snippet file on its own is run by tests/test_snippets.py).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from scripts.lib.site import ROOT
from tests.harness import markdown

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PAGE_SRC, PAGE = "docs/basics/hello-tensorflow.md", "basics/hello-tensorflow/"
REVEAL_JS = """block => {
  for (let d = block.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
  const tab = block.closest('.tabbed-block');
  if (tab) {
    const index = [...tab.parentElement.children].indexOf(tab);
    tab.closest('.tabbed-set').querySelectorAll(':scope > input')[index].click();
  }
}"""


def section(path: str, name: str | None) -> str:
    """A named section of a snippet file as pymdownx.snippets includes it (dedented, no markers)."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    if name is not None:
        start = lines.index(f"# --8<-- [start:{name}]")
        end = lines.index(f"# --8<-- [end:{name}]")
        lines = lines[start + 1 : end]
    kept = [line for line in lines if not line.lstrip().startswith("# --8<-- [")]
    return textwrap.dedent("\n".join(kept)).strip("\n")


def expected_blocks() -> list[tuple[str, str]]:
    """(snippet file, code) of every Python block of the page, in page order."""
    text = (ROOT / PAGE_SRC).read_text(encoding="utf-8")
    found = []
    for block in markdown.code_blocks(text):
        included = markdown.includes(block) if block.lang in markdown.PYTHON else None
        if included:
            found.append((included[0][0], "\n".join(section(path, name) for path, name in included)))
    return found


def test_copy_buttons_copy_the_snippets_and_the_copied_code_runs(reader):
    expected = expected_blocks()
    assert len(expected) >= 3, "the model page lost its included code blocks"
    tab = reader(permissions=["clipboard-read", "clipboard-write"], search=True)
    tab.open(PAGE)
    blocks = tab.page.locator("article div.language-python.highlight")
    assert blocks.count() == len(expected)

    copies = []
    for index, (path, code) in enumerate(expected):
        block = blocks.nth(index)
        block.evaluate(REVEAL_JS)
        tab.page.evaluate("() => navigator.clipboard.writeText('')")
        block.hover()
        block.locator("button[data-md-type=copy]").click()
        copied = tab.page.evaluate("() => navigator.clipboard.readText()")
        assert copied.rstrip("\n") == code, f"block {index + 1} ({path}) copies something else:\n{copied}"
        copies.append(copied)
    assert not tab.visit.problems(), tab.visit.problems()

    run = subprocess.run(
        [sys.executable, "-m", "tests.harness.run", "-"],
        input="\n".join(copies),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, f"the code copied from {PAGE_SRC} failed:\n{run.stderr[-3000:]}"
    assert "prediction for x = 10" in run.stdout, run.stdout

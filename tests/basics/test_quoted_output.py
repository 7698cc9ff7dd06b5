"""Messages and output quoted on the basics pages are what their snippets really print.

On these pages every ```text block is output copied from a run of the code shown above it.
The test runs the snippets the page includes, captures what they print, and checks that each
quoted block still appears in it, so a page cannot keep showing a message that TensorFlow no
longer raises (or raises differently).
"""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from tests.harness import offline
from tests.harness.markdown import DOCS, ROOT, code_blocks, includes
from tests.harness.snippets import run_snippet

PAGES = ["basics/error-messages.md", "basics/versions.md", "basics/finding-answers.md"]
# Names Keras numbers per process (sequential_1, keras_tensor_3) and memory addresses vary between runs.
VARYING = [
    (re.compile(r"\b(sequential|keras_tensor|dense)_\d+\b"), r"\1"),
    (re.compile(r"0x[0-9a-f]+"), "0x"),
]


def normalise(text: str) -> str:
    """Strip colour codes, run-dependent names and trailing spaces.

    >>> normalise("layer 'sequential_4' at 0x7f3a \\x1b[1mbold\\x1b[0m  \\n")
    "layer 'sequential' at 0x bold"
    """
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    for pattern, replacement in VARYING:
        text = pattern.sub(replacement, text)
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()


def _snippets(page: str) -> list[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    found = []
    for block in code_blocks(text):
        for path, _ in includes(block) or []:
            if path not in found:
                found.append(path)
    return found


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()


# Output that differs between Keras versions is quoted once per version, in blocks titled
# ```text title="Keras 3.3 to 3.10 (...)"``` or ```text title="Keras 3.15 (...)"```: the version
# matrix (make test-matrix) proves each block on the Keras it names.
KERAS_TITLE = re.compile(r'title="Keras (\d+\.\d+)(?: to (\d+\.\d+))?')


def keras_range(fence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The Keras versions a quoted block's title names (None: every version).

    >>> keras_range('```text title="Keras 3.3 to 3.10 (course labs, Colab)"')
    ((3, 3), (3, 10))
    >>> keras_range('```text title="Keras 3.15"'), keras_range("```text")
    (((3, 15), (3, 15)), None)
    """
    match = KERAS_TITLE.search(fence)
    if not match:
        return None
    low = tuple(int(part) for part in match[1].split("."))
    high = tuple(int(part) for part in (match[2] or match[1]).split("."))
    return low, high


def _installed_keras() -> tuple[int, int]:
    import keras

    return tuple(int(part) for part in keras.__version__.split(".")[:2])


@pytest.mark.parametrize("page", PAGES)
def test_quoted_blocks_are_real_output(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    lines = text.splitlines()
    blocks = [
        (block.code, keras_range(lines[block.lineno - 1]))
        for block in code_blocks(text)
        if block.lang == "text"
    ]
    assert blocks, f"{page} quotes no output"
    keras = _installed_keras()
    versioned = [versions for _, versions in blocks if versions]
    if versioned:
        assert any(low <= keras <= high for low, high in versioned), (
            f"{page} quotes no output for the installed Keras {keras}: add a block titled for it"
        )
    printed = io.StringIO()
    for path in _snippets(page):
        with contextlib.redirect_stdout(printed):
            run_snippet(ROOT / path)
    output = normalise(printed.getvalue())
    for block, versions in blocks:
        if versions and not versions[0] <= keras <= versions[1]:
            continue  # quoted for another Keras: proven in that environment of the matrix
        assert normalise(block) in output, f"{page} quotes output its snippets no longer print:\n{block}"

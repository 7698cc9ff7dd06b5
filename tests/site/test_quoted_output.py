"""Output quoted in a page's text is output the page's code really prints, on every page.

A ```text block on a page is a *quoted output* unless its title says what else it is (for example
``title="aclImdb/ folder layout"`` or ``title="Course-era code (TF 2.x)"``). A quoted output must
be found, after normalising run-dependent names and addresses, in:

* the page's **recorded outputs** (the real run on the real data, scripts/record_outputs.py), when
  the page has them; a quote directly under a block whose recorded Output already shows it is a
  duplicate and fails too: the page shows that Output itself;
* otherwise in what the page's blocks print when they run in order under the offline harness
  (tests/harness/pages.py), which suits output that does not depend on the data (shapes, vocabularies
  of toy sentences, error messages, parameter counts); a number that depends on the real data waits
  for the recording instead;
* a block titled for a Keras version (``title="Keras 3.3 to 3.10 (...)"``) is checked against the
  harness run on that Keras: the version matrix (make test-matrix) proves it; other versions skip it;
* a quote inside a later tab ("Course-era (TF 2.x)"), whose code the notebook does not run, is
  checked against what that tab's own blocks print, run on from the page's namespace (a tab
  without code quotes what the page's code prints).
"""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from scripts.lib import pages as page_model
from scripts.lib import recording
from tests.harness import offline, tfds_data
from tests.harness.pages import page_namespace, page_printed, run_cells

TITLE = re.compile(r'title="([^"]*)"')
KERAS_TITLE = re.compile(r"^Keras (\d+\.\d+)(?: to (\d+\.\d+))?")
# Keras numbers layers and tensors per process (conv2d_3, keras_tensor_12): compare without the number.
VARYING = [
    (re.compile(r"\b((?:[a-z][a-z0-9]*_)*[a-z][a-z0-9]*)_\d+\b"), r"\1"),
    (re.compile(r"0x[0-9a-f]+"), "0x"),
]


# TensorFlow's Python logging ("WARNING:tensorflow:5 out of the last 5 calls ... retracing") can land
# between the lines a quote repeats; it is not what the code printed.
TF_LOG = re.compile(r"^(?:WARNING|INFO|ERROR):tensorflow:.*\n?", re.MULTILINE)


def normalise(text: str) -> str:
    """Strip colour codes, TensorFlow log lines, run-dependent names and trailing spaces.

    >>> normalise("layer 'sequential_4' at 0x7f3a \\x1b[1mbold\\x1b[0m  \\n")
    "layer 'sequential' at 0x bold"
    >>> normalise("a\\nWARNING:tensorflow:6 out of the last 6 calls\\nb")
    'a\\nb'
    >>> normalise("max_pooling2d_12 (MaxPooling2D)  0_3.txt")
    'max_pooling2d (MaxPooling2D) 0_3.txt'
    """
    text = TF_LOG.sub("", re.sub(r"\x1b\[[0-9;]*m", "", text))
    for pattern, replacement in VARYING:
        text = pattern.sub(replacement, text)
    # Runs of spaces are one: a table's padding follows the length of the numbered names.
    return "\n".join(re.sub(r"(?<=\S) +", " ", line.rstrip()) for line in text.splitlines()).strip()


def keras_range(title: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The Keras versions a quoted block's title names (None: every version).

    >>> keras_range("Keras 3.3 to 3.10 (course labs, Colab)")
    ((3, 3), (3, 10))
    >>> keras_range("Keras 3.15"), keras_range("Output")
    (((3, 15), (3, 15)), None)
    """
    match = KERAS_TITLE.match(title)
    if not match:
        return None
    low = tuple(int(part) for part in match[1].split("."))
    high = tuple(int(part) for part in (match[2] or match[1]).split("."))
    return low, high


def title_of(page: page_model.Page, block: page_model.Block) -> str:
    match = TITLE.search(page.lines[block.start])
    return match[1] if match else ""


def is_quote(page: page_model.Page, block: page_model.Block) -> bool:
    """A ```text block without a title, or titled "Output" or for a Keras version."""
    title = title_of(page, block)
    return block.lang == "text" and (not title or title == "Output" or keras_range(title) is not None)


def quotes(page: page_model.Page) -> list[page_model.Block]:
    return [block for block in page.blocks if is_quote(page, block)]


def _installed_keras() -> tuple[int, int]:
    import keras

    return tuple(int(part) for part in keras.__version__.split(".")[:2])


def _where(page: page_model.Page, block: page_model.Block) -> str:
    return f"docs/{page.src_uri}:{block.start + 1}"


def _recorded_outputs(page: page_model.Page) -> dict[int, str] | None:
    """Recorded text output by run-block index, or None when the page has no recording."""
    if not page.notebook_path.is_file():
        return None
    notebook = recording.read(page.notebook_path)
    if not notebook.metadata.get("recording"):
        return None
    cells = recording.recorded_cells(notebook)
    chains = page_model.chain_hashes([block.code.rstrip("\n") for block in page.run_blocks])
    return {
        number: recording.output_text(cells[chain].outputs)
        for number, chain in enumerate(chains)
        if chain in cells
    }


def _block_above(page: page_model.Page, quote: page_model.Block) -> page_model.Block | None:
    """The run block the quote sits directly under (only blank lines between), if any."""
    for block in page.run_blocks:
        between = page.lines[block.end + 1 : quote.start]
        if block.end < quote.start and not any(line.strip() for line in between):
            return block
    return None


ALL_PAGES = [page_model.parse(path) for path in page_model.pages()]
QUOTING = [page for page in ALL_PAGES if quotes(page)]
RECORDED = {page.src_uri: _recorded_outputs(page) for page in QUOTING}


def _needs_a_run(page: page_model.Page, block: page_model.Block, recorded: dict | None) -> bool:
    """Whether a run under the harness, not the recording, proves this quote."""
    return (
        recorded is None
        or (block.tab is not None and not _in_run_tab(page, block))
        or keras_range(title_of(page, block)) is not None
    )


def _tab_code(page: page_model.Page, quote: page_model.Block) -> list[page_model.Block]:
    """The Python blocks above the quote in its own tab (not in other tabs of the same title)."""
    if quote.tab is None:
        return []
    marker = max(
        (
            n
            for n, line in enumerate(page.lines[: quote.start])
            if (m := page_model.TAB.match(line)) and m["title"] == quote.tab
        ),
        default=-1,
    )
    return [
        b
        for b in page.blocks
        if b.lang in page_model.PYTHON and b.tab == quote.tab and marker < b.start < quote.start
    ]


def _in_run_tab(page: page_model.Page, block: page_model.Block) -> bool:
    """Whether the quote's tab is one whose Python blocks the notebook runs (or has none)."""
    return all(b.run for b in _tab_code(page, block))


def _id(page):
    return page.src_uri[: -len(".md")]


def recording_problems(page: page_model.Page, recorded: dict[int, str]) -> list[str]:
    """What is wrong with the quotes that the page's recording proves."""
    everything = normalise("\n".join(recorded.values()))
    index = {id(block): number for number, block in enumerate(page.run_blocks)}
    found = []
    for quote in quotes(page):
        if _needs_a_run(page, quote, recorded):
            continue
        text = normalise(quote.code)
        above = _block_above(page, quote)
        if text not in everything:
            found.append(
                f"{_where(page, quote)} quotes output that the page's recorded run did not print; "
                f"copy it from the recorded output (or run make outputs):\n{quote.code}"
            )
        elif above is not None and text in normalise(recorded.get(index[id(above)], "")):
            found.append(
                f"{_where(page, quote)} repeats the recorded Output shown right above it; remove the quote"
            )
    return found


def run_problems(
    page: page_model.Page, recorded: dict[int, str] | None, printed: str, namespace: dict | None = None
) -> list[str]:
    """What is wrong with the quotes that a run of the page proves: ``printed`` is what the page
    printed, ``namespace`` what it left behind (a later tab's code runs on from there)."""
    keras = _installed_keras()
    found = []
    for quote in quotes(page):
        if not _needs_a_run(page, quote, recorded):
            continue
        versions = keras_range(title_of(page, quote))
        if versions and not versions[0] <= keras <= versions[1]:
            continue  # quoted for another Keras: proven in that environment of the matrix
        source = printed
        tab_blocks = _tab_code(page, quote)
        if tab_blocks and not tab_blocks[0].run:
            buffer = io.StringIO()
            # A reader picks that tab after running the page's earlier cells.
            with contextlib.redirect_stdout(buffer):
                run_cells(
                    f"{_id(page)} ({quote.tab})",
                    tab_blocks,
                    namespace=dict(namespace or {"__name__": "__main__"}),
                )
            source = buffer.getvalue()
        if normalise(quote.code) not in normalise(source):
            found.append(
                f"{_where(page, quote)} quotes output that the code above it does not print "
                "(under the offline harness); fix the quote, or, if it depends on the real data, "
                f"remove it and let the recorded output show it:\n{quote.code}"
            )
    return found


@pytest.mark.parametrize("page", [p for p in QUOTING if RECORDED[p.src_uri] is not None], ids=_id)
def test_quoted_output_is_in_the_recording(page):
    problems = recording_problems(page, RECORDED[page.src_uri])
    assert not problems, "\n".join(problems)


RUN_QUOTING = [p for p in QUOTING if any(_needs_a_run(p, q, RECORDED[p.src_uri]) for q in quotes(p))]


@pytest.fixture(scope="module")
def _short_training():
    offline.clamp_training()
    tfds_data.prepare()


@pytest.mark.slow
@pytest.mark.parametrize(
    "page",
    [pytest.param(p, marks=pytest.mark.xdist_group(f"page:{_id(p)}")) for p in RUN_QUOTING],
    ids=_id,
)
def test_quoted_output_is_what_the_page_prints(page, _short_training):
    namespace = page_namespace(page)
    problems = run_problems(page, RECORDED[page.src_uri], page_printed(page), namespace)
    assert not problems, "\n".join(problems)


def test_every_page_that_quotes_for_a_keras_version_covers_the_installed_one():
    keras = _installed_keras()
    for page in QUOTING:
        versioned = [keras_range(title_of(page, q)) for q in quotes(page)]
        versioned = [v for v in versioned if v]
        if versioned:
            assert any(low <= keras <= high for low, high in versioned), (
                f"docs/{page.src_uri} quotes no output for the installed Keras {keras}: add a block titled for it"
            )


def _demo(tmp_path, text):
    page_path = tmp_path / "demo" / "page.md"
    page_path.parent.mkdir(exist_ok=True)
    page_path.write_text(text, encoding="utf-8")
    return page_model.parse(page_path, docs=tmp_path)


DEMO = (
    "# Demo\n\n```python\nprint('hello')\n```\n\n```text\n{quote}\n```\n\n"
    '```text title="Folder layout"\nnot output\n```\n'
)


def test_a_quote_the_code_does_not_print_fails_and_a_titled_block_is_no_quote(tmp_path):
    page = _demo(tmp_path, DEMO.format(quote="goodbye"))
    assert [q.code for q in quotes(page)] == ["goodbye\n"]
    problems = run_problems(page, None, "hello\n")
    assert (
        len(problems) == 1
        and "demo/page.md:7 quotes output that the code above it does not print" in problems[0]
    )
    assert run_problems(_demo(tmp_path, DEMO.format(quote="hello")), None, "hello\n") == []


def test_a_recorded_page_checks_quotes_against_its_recording(tmp_path):
    page = _demo(tmp_path, DEMO.format(quote="goodbye"))
    (problem,) = recording_problems(page, {0: "hello\n"})
    assert "did not print" in problem
    (problem,) = recording_problems(_demo(tmp_path, DEMO.format(quote="hello")), {0: "hello\n"})
    assert "repeats the recorded Output shown right above it" in problem
    # Quoted further down the page, after prose, a recorded line is fine.
    page = _demo(tmp_path, "# Demo\n\n```python\nprint('hello')\n```\n\nIt printed:\n\n```text\nhello\n```\n")
    assert recording_problems(page, {0: "hello\n"}) == []

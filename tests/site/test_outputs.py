"""Recorded outputs appear under their code block, and disappear (failing the strict build) when
the code changes. The hook (overrides/hooks/outputs.py) is driven here on a small page of its own;
the built site is checked for the pages recorded for real."""

from __future__ import annotations

import base64
import importlib.util
import io
import logging
import re
from types import SimpleNamespace

import nbformat
import pytest

from scripts import build_notebooks
from scripts.lib import pages, recording
from scripts.lib.site import ROOT

VERSIONS = '--8<-- "snippets/basics/hello-tensorflow/check_versions.py:versions"'
KERAS3 = '--8<-- "snippets/basics/hello-tensorflow/check_versions.py:keras3"'
PAGE = f"""# Demo

Some prose.

```python
{VERSIONS}
```

=== "Keras 3 (current)"

    ```python
    {KERAS3}
    ```

=== "Course-era (TF 2.x)"

    Nothing here.
"""
META = {
    "date": "2026-11-30",
    "tensorflow": "2.21.0",
    "keras": "3.15.1",
    "python": "3.11.7",
    "cpu": "2-core x86_64 CPU",
    "seconds": 3.0,
    "data": [],
}


def _hook():
    spec = importlib.util.spec_from_file_location("outputs_hook", ROOT / "overrides" / "hooks" / "outputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png() -> str:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "orange").save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


@pytest.fixture
def docs(tmp_path):
    """docs/demo/page.md with a recorded notebook: text under block 1, a figure under block 2."""
    page_path = tmp_path / "demo" / "page.md"
    page_path.parent.mkdir()
    page_path.write_text(PAGE, encoding="utf-8")
    text, _ = build_notebooks.render_page(pages.parse(page_path, docs=tmp_path), "https://example.org/guide/")
    notebook = nbformat.reads(text, as_version=4)
    first, second = [cell for cell in notebook.cells if cell.cell_type == "code"]
    chains = pages.chain_hashes([first.source, second.source])
    first.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="Python 3.11.7\nTensorFlow 2.21.0\n")
    ]
    second.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={"image/png": _png(), "text/plain": "fig"},
            metadata={"image/png": {"alt": "Figure: Loss; x: epoch"}},
        )
    ]
    for cell, chain in zip((first, second), chains, strict=True):
        cell.metadata = {"recording": {"chain": chain, "seconds": 1.0}}
    notebook.metadata["recording"] = META
    nbformat.write(notebook, page_path.with_suffix(".ipynb"))
    return tmp_path


def _render(docs_dir, markdown):
    hook = _hook()
    page = SimpleNamespace(file=SimpleNamespace(src_uri="demo/page.md"))
    return hook, hook.on_page_markdown(markdown, page, {"docs_dir": str(docs_dir)}, None)


def test_outputs_appear_under_their_block_with_provenance(docs):
    hook, out = _render(docs, PAGE)
    lines = out.splitlines()
    fence = lines.index(VERSIONS) + 1  # the closing fence of the first block
    assert lines[fence + 2] == '```text title="Output"' and lines[fence + 3] == "Python 3.11.7"
    figure = next(line for line in lines if "<figure" in line)
    assert figure.startswith("    <figure") and 'alt="Figure: Loss; x: epoch"' in figure  # inside the tab
    assert lines.index(figure) > lines.index(f"    {KERAS3}")
    assert "Outputs recorded on 30 November 2026 with TensorFlow 2.21.0" in out
    ((name, data),) = hook._images["demo/page.md"]
    assert name == "page-output-1.png" and data[:4] == b"\x89PNG"


def test_changed_code_hides_its_output_and_warns(docs, caplog):
    changed = PAGE.replace(KERAS3, VERSIONS)  # the second block now shows other code
    with caplog.at_level(logging.WARNING, logger="mkdocs.hooks.outputs"):
        _, out = _render(docs, changed)
    assert "<figure" not in out, "an output of other code is shown"
    assert '```text title="Output"' in out  # the first block is unchanged: its output stays
    assert any("notebook cell 2 belongs to code that has changed" in r.message for r in caplog.records)
    # The reader is told which block waits, and how many: under the block and in the note.
    lines = out.splitlines()
    pending = next(n for n, line in enumerate(lines) if "output-pending" in line)
    assert pending > lines.index(f"    {VERSIONS}") and lines[pending].startswith("    <p")
    assert out.count("output-pending") == 1
    assert "The outputs of 1 of its 2 code blocks await a recording run" in out


def test_an_earlier_change_retires_later_outputs(docs, caplog):
    changed = PAGE.replace("```python\n" + VERSIONS, "```python\n" + KERAS3, 1)
    with caplog.at_level(logging.WARNING, logger="mkdocs.hooks.outputs"):
        _, out = _render(docs, changed)
    assert "Output" not in out and "<figure" not in out
    assert "not recorded yet" in out


def test_a_page_without_recording_says_so_in_one_line(tmp_path):
    page_path = tmp_path / "demo" / "page.md"
    page_path.parent.mkdir()
    page_path.write_text(PAGE, encoding="utf-8")
    text, _ = build_notebooks.render_page(pages.parse(page_path, docs=tmp_path), "https://example.org/guide/")
    page_path.with_suffix(".ipynb").write_text(text, encoding="utf-8")
    _, out = _render(tmp_path, PAGE)
    assert out.count("not recorded yet") == 1 and "machine" not in out


def test_regenerating_keeps_valid_outputs_and_drops_stale_ones(docs):
    page_path = docs / "demo" / "page.md"
    text, dropped = build_notebooks.render_page(
        pages.parse(page_path, docs=docs), "https://example.org/guide/"
    )
    assert dropped == 0 and len(recording.recorded_cells(nbformat.reads(text, as_version=4))) == 2
    page_path.write_text(PAGE.replace(KERAS3, VERSIONS), encoding="utf-8")
    text, dropped = build_notebooks.render_page(
        pages.parse(page_path, docs=docs), "https://example.org/guide/"
    )
    assert dropped == 1 and len(recording.recorded_cells(nbformat.reads(text, as_version=4))) == 1


def _recorded_pages():
    found = []
    for page in pages.pages_with_code():
        notebook = recording.read(page.notebook_path)
        if notebook.metadata.get("recording"):
            found.append(page)
    return found


def test_recorded_pages_show_outputs_in_the_built_site(built_site):
    recorded = _recorded_pages()
    assert recorded, "no page has recorded outputs"
    for page in recorded:
        html = (built_site / page.src_uri[: -len(".md")] / "index.html").read_text(encoding="utf-8")
        assert "Outputs recorded on" in html, page.src_uri
        # One "Output" block per recorded cell that printed something, one figure per recorded image.
        cells = recording.recorded_cells(recording.read(page.notebook_path)).values()
        printed = sum(1 for cell in cells if recording.output_text(cell.outputs).strip())
        images = sum(len(recording.output_images(cell.outputs)) for cell in cells)
        assert len(re.findall(r'<span class="filename">Output</span>', html)) == printed, page.src_uri
        assert html.count('<figure class="cell-output"') == images, page.src_uri


def test_notebook_sizes_stay_within_budget():
    """All notebooks with outputs stay under 20 MB together, and each figure under 150 kB."""
    notebooks = list((ROOT / "docs").rglob("*.ipynb"))
    assert sum(path.stat().st_size for path in notebooks) < 20_000_000
    for path in notebooks:
        for cell in recording.read(path).cells:
            for png, _ in recording.output_images(cell.get("outputs", [])):
                assert len(base64.b64decode(png)) <= recording.MAX_PNG_BYTES, path

"""MkDocs hook: show each page's recorded outputs under the code that printed them.

A page's notebook (docs/<area>/<page>.ipynb) holds the outputs of a real run
(scripts/record_outputs.py), each code cell tagged with the chain hash of its code and all code
before it (scripts/lib/pages.py). For every Python block that the page runs, this hook puts the
recorded output right under the block: printed text as a plain block titled "Output", figures as
images with their alt text, written next to the page. A line under the title says when, with which
versions and on what CPU the outputs were recorded; a page without a recording says so in one line.

An output whose code changed since it was recorded is not shown, and the build warns (so a strict
build fails): ``make notebooks`` drops it, ``make outputs`` records it again.
"""

from __future__ import annotations

import base64
import html
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.lib import pages as page_model  # noqa: E402
from scripts.lib import recording  # noqa: E402

log = logging.getLogger("mkdocs.hooks.outputs")
MAX_LINES = 40  # longer text outputs show their head and tail; the notebook keeps all of it
KEEP = 15
_images: dict[str, list[tuple[str, bytes]]] = {}  # page src_uri -> files to write beside it


def shorten(text: str, max_lines: int = MAX_LINES, keep: int = KEEP) -> str:
    """Long output: its first and last ``keep`` lines, and how many are left out.

    >>> print(shorten("\\n".join(str(i) for i in range(10)), max_lines=6, keep=2))
    0
    1
    … 6 more lines (the notebook has them all) …
    8
    9
    """
    lines = text.rstrip("\n").split("\n")
    if len(lines) <= max_lines:
        return "\n".join(lines)
    hidden = len(lines) - 2 * keep
    return "\n".join([*lines[:keep], f"… {hidden} more lines (the notebook has them all) …", *lines[-keep:]])


def _fence_for(text: str) -> str:
    longest = max((len(run) for run in text.split("\n") if set(run.strip()) == {"`"}), default=0)
    return "`" * max(3, longest + 1)


def render_outputs(outputs: list[dict], indent: str, image_name) -> list[str]:
    """Markdown lines for one cell's outputs, indented like its code block."""
    lines: list[str] = []
    text = recording.output_text(outputs)
    if text.strip():
        body = shorten(text)
        fence = _fence_for(body)
        lines += [
            "",
            f'{indent}{fence}text title="Output"',
            *(indent + row if row else "" for row in body.split("\n")),
            f"{indent}{fence}",
        ]
    for png, alt in recording.output_images(outputs):
        name = image_name()
        _images.setdefault(image_name.page, []).append((name, base64.b64decode(png)))
        lines += [
            "",
            f'{indent}<figure class="cell-output" markdown="0"><img src="{name}" alt="{html.escape(alt)}"></figure>',
        ]
    return lines + [""] if lines else lines


def _namer(src_uri: str):
    stem = Path(src_uri).stem
    count = 0

    def name() -> str:
        nonlocal count
        count += 1
        return f"{stem}-output-{count}.png"

    name.page = src_uri
    return name


def on_page_markdown(markdown, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    src_uri = page.file.src_uri
    if not src_uri.endswith(".md"):
        return markdown
    path = Path(config["docs_dir"]) / src_uri
    notebook_path = path.with_suffix(".ipynb")
    if not notebook_path.is_file():
        return markdown
    parsed = page_model.parse(path, text=markdown, docs=Path(config["docs_dir"]))
    blocks = parsed.run_blocks
    if not blocks:
        return markdown
    notebook = recording.read(notebook_path)
    recorded = recording.recorded_cells(notebook)
    chains = page_model.chain_hashes([block.code.rstrip("\n") for block in blocks])
    _images.pop(src_uri, None)
    namer = _namer(src_uri)
    insertions: dict[int, list[str]] = {}
    shown = 0
    pending = []  # blocks whose code changed since the page was recorded
    for block, chain in zip(blocks, chains, strict=True):
        cell = recorded.pop(chain, None)
        if cell is None:
            pending.append(block)
            continue
        rendered = render_outputs(cell.outputs, block.indent, namer)
        if rendered:
            insertions[block.end] = rendered
        shown += 1
    for cell_number in sorted(recording.cell_numbers(notebook, recorded.values())):
        log.warning(
            f"{src_uri}: the recorded output of notebook cell {cell_number} belongs to code that has "
            "changed; it is not shown. Run make notebooks (drops it) and make outputs (records it again)."
        )
    if shown:  # on a recorded page, say under each block whose output is missing why it is
        for block in pending:
            insertions[block.end] = [
                "",
                f'{block.indent}<p class="output-pending" markdown="1">*Output not shown: this code '
                "changed after the page was recorded, and awaits a recording run.*</p>",
                "",
            ]
    lines = parsed.lines
    out: list[str] = []
    for number, line in enumerate(lines):
        out.append(line)
        out.extend(insertions.get(number, []))
    note = recording.provenance_line(notebook.metadata.get("recording") if shown else None)
    if shown and pending:
        note += (
            f" The outputs of {len(pending)} of its {len(blocks)} code blocks await a recording run"
            " and are not shown."
        )
    return _after_title("\n".join(out) + "\n", f'<p class="recording-note" markdown="1">{note}</p>')


def _after_title(markdown: str, block: str) -> str:
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join([*lines[: index + 1], "", block, "", *lines[index + 1 :]])
    return block + "\n\n" + markdown


def on_post_page(output, page, config):  # noqa: ARG001 (MkDocs hook signature)
    images = _images.pop(page.file.src_uri, [])
    if images:
        folder = Path(page.file.abs_dest_path).parent
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in images:
            (folder / name).write_bytes(data)
    return output

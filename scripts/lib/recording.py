"""Recorded outputs in the site's notebooks: how they are stored, cleaned and described.

scripts/record_outputs.py writes them; overrides/hooks/outputs.py shows them on the pages;
scripts/build_notebooks.py carries them over while their code is unchanged. A recorded code cell
carries ``metadata.recording = {"chain": <hash of its code and all code before>, "seconds": s}``;
the notebook carries ``metadata.recording`` with the date, versions, CPU, total seconds and, for
every data file the run read, its name, size and SHA-256.
"""

from __future__ import annotations

import base64
import io
import re
from datetime import date

MAX_PNG_BYTES = 150_000
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def read(path):
    import nbformat

    return nbformat.read(path, as_version=4)


def recorded_cells(notebook) -> dict:
    """Code cells with a recording, by chain hash."""
    return {
        cell.metadata["recording"]["chain"]: cell
        for cell in notebook.cells
        if cell.cell_type == "code" and "recording" in cell.get("metadata", {})
    }


def cell_numbers(notebook, cells) -> list[int]:
    """1-based positions of ``cells`` among the notebook's code cells."""
    ids = {id(cell) for cell in cells}
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    return [number for number, cell in enumerate(code, start=1) if id(cell) in ids]


def clean_text(text: str) -> str:
    r"""Text as a terminal would leave it: colours removed, carriage returns and backspaces applied.

    Keras progress bars redraw one line with ``\r`` and ``\b``; only the final state is kept.

    >>> clean_text("Epoch 1/2\n\x1b[1m1/5\x1b[0m ...\r\x1b[1m5/5\x1b[0m done\nok\b\bOK\n")
    'Epoch 1/2\n5/5 done\nOK\n'
    """
    text = ANSI.sub("", text)
    lines = []
    for line in text.split("\n"):
        if "\r" in line:
            parts = [part for part in line.split("\r") if part]
            line = parts[-1] if parts else ""
        if "\b" in line:
            line = _backspaced(line)
        lines.append(line)
    return "\n".join(lines)


def without_escape_codes(output: dict) -> dict:
    r"""A notebook output whose plain text has no terminal escape codes (``model.summary()`` has them).

    Keras prints its summary through rich, which gives Jupyter an HTML table and a plain-text one in
    terminal colours; the page shows the plain text, so the colours go (the HTML stays as it is).

    >>> out = {"output_type": "display_data", "data": {"text/plain": "\x1b[1mModel: 'm'\x1b[0m\n"}}
    >>> without_escape_codes(out)["data"]["text/plain"]
    "Model: 'm'\n"
    """
    kind = output.get("output_type")
    if kind == "stream":
        output["text"] = clean_text(_joined(output.get("text", "")))
    elif kind in ("display_data", "execute_result") and "text/plain" in output.get("data", {}):
        output["data"]["text/plain"] = clean_text(_joined(output["data"]["text/plain"]))
    return output


def merged_streams(outputs: list) -> list:
    r"""Consecutive stream outputs of the same stream joined into one, in order.

    A Keras progress bar reaches the notebook as many small writes, each starting with ``\r``:
    cleaned one by one they would all survive; joined, only the bar's last state does. When a
    warning on the other stream comes between two writes of a bar, the line the first write left
    unfinished is overwritten by the second, as a terminal would show it.

    >>> outs = [{"output_type": "stream", "name": "stdout", "text": "1/3 a"},
    ...         {"output_type": "stream", "name": "stdout", "text": "\r3/3 done\n"}]
    >>> [clean_text(o["text"]) for o in merged_streams(outs)]
    ['3/3 done\n']
    >>> outs = [{"output_type": "stream", "name": "stdout", "text": "Epoch 1\n1/3 a"},
    ...         {"output_type": "stream", "name": "stderr", "text": "warning\n"},
    ...         {"output_type": "stream", "name": "stdout", "text": "\r3/3 done\n"}]
    >>> [clean_text(o["text"]) for o in merged_streams(outs)]
    ['Epoch 1\n', 'warning\n', '3/3 done\n']
    """
    merged: list = []
    last: dict = {}  # stream name -> its latest output in ``merged``
    for output in outputs:
        if output.get("output_type") != "stream":
            merged.append(output)
            continue
        name, text = output.get("name"), _joined(output.get("text", ""))
        previous = merged[-1] if merged else None
        if previous is not None and previous.get("output_type") == "stream" and previous.get("name") == name:
            previous["text"] = _joined(previous["text"]) + text
            continue
        earlier = last.get(name)
        if earlier is not None and text.startswith("\r"):
            before = _joined(earlier["text"])
            if not before.endswith("\n"):  # that unfinished line is redrawn by this write
                earlier["text"] = before[: before.rfind("\n") + 1]
        merged.append(output)
        last[name] = output
    return [output for output in merged if output.get("output_type") != "stream" or output["text"]]


NATIVE_LOG = re.compile(
    r"^(?:[IWEF]\d{4} [\d:. ]+\d+ \S+:\d+\]|WARNING: All log messages before absl::InitializeLog"
    r"|To enable the following instructions:)"
)


def without_native_logs(text: str) -> str:
    r"""stderr without TensorFlow's C++ log lines (CPU flags, thread pools): they describe the machine.

    >>> without_native_logs("I0000 00:00:17.8 324 cpu_feature_guard.cc:227] optimized\nUserWarning: x\n")
    'UserWarning: x\n'
    """
    return "".join(line for line in text.splitlines(keepends=True) if not NATIVE_LOG.match(line))


def machine_paths(*extra: tuple[str, str]) -> list[tuple[str, str]]:
    """Paths of the recording machine, and what a published output says instead (longest first)."""
    import sys
    import sysconfig
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    pairs = [
        (sysconfig.get_paths()["purelib"], "site-packages"),
        (sys.prefix, "<your Python environment>"),
        (sys.base_prefix, "<your Python installation>"),
        (root, "<project folder>"),
        *extra,
    ]
    return sorted({(old, new) for old, new in pairs if old and len(old) > 1}, key=lambda pair: -len(pair[0]))


def scrub(text: str, paths: list[tuple[str, str]]) -> str:
    """``text`` with the recording machine's paths replaced, so a page never shows them.

    >>> scrub("/opt/env/lib/site-packages/keras/x.py:74: UserWarning", [("/opt/env/lib/site-packages", "site-packages")])
    'site-packages/keras/x.py:74: UserWarning'
    """
    for old, new in paths:
        text = text.replace(old, new)
    return text


def _backspaced(line: str) -> str:
    """Apply backspaces as a terminal does: move left, then overwrite."""
    screen: list[str] = []
    cursor = 0
    for char in line:
        if char == "\b":
            cursor = max(0, cursor - 1)
            continue
        if cursor < len(screen):
            screen[cursor] = char
        else:
            screen.append(char)
        cursor += 1
    return "".join(screen)


def output_text(outputs) -> str:
    """What a cell printed (stdout) and the value it returned, as one text; stderr is left out."""
    parts = []
    for output in outputs:
        kind = output.get("output_type")
        if kind == "stream" and output.get("name") == "stdout":
            parts.append(_joined(output.get("text", "")))
        elif (
            kind in ("execute_result", "display_data")
            and "text/plain" in output.get("data", {})
            and "image/png" not in output.get("data", {})
        ):
            parts.append(_joined(output["data"]["text/plain"]) + "\n")
    return "".join(parts)


def output_images(outputs) -> list[tuple[str, str]]:
    """(base64 PNG, alt text) for each figure a cell displayed."""
    found = []
    for output in outputs:
        data = (
            output.get("data", {}) if output.get("output_type") in ("display_data", "execute_result") else {}
        )
        if "image/png" in data:
            alt = (output.get("metadata", {}).get("image/png", {}) or {}).get("alt") or _joined(
                data.get("text/plain", "")
            ).strip()
            found.append(
                (_joined(data["image/png"]).replace("\n", ""), alt or "A figure the code above drew")
            )
    return found


def _joined(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def compact_png(data: bytes, limit: int = MAX_PNG_BYTES) -> bytes:
    """A PNG re-encoded as a 256-colour palette image, scaled down until it fits ``limit`` bytes.

    >>> from PIL import Image
    >>> buffer = io.BytesIO(); Image.new("RGB", (400, 300), "white").save(buffer, "PNG")
    >>> small = compact_png(buffer.getvalue()); len(small) < 2000 and small[:4] == b"\\x89PNG"
    True
    """
    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("RGB")
    while True:
        buffer = io.BytesIO()
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(buffer, "PNG", optimize=True)
        if buffer.tell() <= limit or min(image.size) < 100:
            return buffer.getvalue()
        image = image.resize((int(image.width * 0.8), int(image.height * 0.8)), Image.Resampling.LANCZOS)


def png_b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def this_machine() -> dict:
    """Versions and CPU of this Python environment, named as the recordings name them."""
    import os
    import platform
    from importlib import metadata

    def version(*names: str) -> str:
        for name in names:
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:
                continue
        return "not installed"

    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            model = next(
                (line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), ""
            )
    except OSError:
        pass
    cpu = f"{os.cpu_count()}-core {platform.machine()} CPU" + (f" ({model})" if model else "")
    return {
        "date": date.today().isoformat(),
        "tensorflow": version("tensorflow-cpu", "tensorflow"),
        "keras": version("keras"),
        "python": platform.python_version(),
        "cpu": cpu,
    }


def provenance_line(meta: dict | None) -> str:
    """The one line a page shows about its recorded outputs.

    >>> print(provenance_line(None))
    The outputs of this page's code are not recorded yet: run its notebook to see them.
    >>> print(provenance_line({"date": "2026-11-30", "tensorflow": "2.21.0", "keras": "3.15.1",
    ...     "python": "3.11.7", "cpu": "2-core x86_64 CPU", "seconds": 41.7}))
    Outputs recorded on 30 November 2026 with TensorFlow 2.21.0, Keras 3.15.1 and Python 3.11.7 on a 2-core x86_64 CPU. Your run may differ in the last digits.
    >>> print(data_line([{"name": "Sunspots.csv"}, {"name": "sarcasm.json", "copy": "the same records"}]))
    Data: Sunspots.csv as published at its origin (size and SHA-256 checked); sarcasm.json: the same records.
    """
    if not meta:
        return "The outputs of this page's code are not recorded yet: run its notebook to see them."
    day = date.fromisoformat(meta["date"][:10])
    when = f"{day.day} {day:%B %Y}"
    data = data_line(meta.get("data") or [])
    return (
        f"Outputs recorded on {when} with TensorFlow {meta['tensorflow']}, Keras {meta['keras']} and "
        f"Python {meta['python']} on a {meta['cpu']}. "
        "Your run may differ in the last digits." + (f" {data}" if data else "")
    )


def data_line(rows: list[dict]) -> str:
    """Which data a recording read: the origin's files by name, each copy as what it is.

    Files that make up one dataset (Fashion-MNIST's four IDX files) are named once.

    >>> print(data_line([{"name": n} for n in ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
    ...     "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "bbc-text.csv")]))
    Data: Fashion-MNIST (its 4 files) and bbc-text.csv as published at their origins (size and SHA-256 checked).
    >>> data_line([])
    ''
    """
    from scripts.lib import datasets

    def about(name: str) -> str:
        try:
            return datasets.by_file_name(name).about
        except KeyError:
            return name

    origin = [row["name"] for row in rows if "copy" not in row]
    groups: dict[str, list[str]] = {}
    for name in origin:
        groups.setdefault(about(name), []).append(name)
    names = [
        f"{key.split(',')[0]} (its {len(members)} files)" if len(members) > 1 else members[0]
        for key, members in groups.items()
    ]
    parts = []
    if names:
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        its = "its origin" if len(origin) == 1 else "their origins"
        parts.append(f"{listed} as published at {its} (size and SHA-256 checked)")
    parts += [f"{row['name']}: {row['copy']}" for row in rows if "copy" in row]
    return ("Data: " + "; ".join(parts) + ".") if parts else ""

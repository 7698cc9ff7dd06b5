"""MkDocs hook: the worked solutions' measured results, as a table on the solutions page.

``scripts/verify_solutions.py --results docs/solutions/results.json`` writes one entry per
solution from a real run (metric, target, value, seconds, model size, date, versions, CPU); the
networked recording workflow (.github/workflows/outputs.yml) refreshes it. The page holds the
marker below where the table goes; a solution without an entry shows "not yet recorded".

A worked solution's notebook shows its own run with ``<!-- solution-results:category5 -->`` in
a Markdown cell: an HTML comment, so Jupyter and Colab show nothing there, and the site renders
it (a short list) from the same file. Numbers measured by ``verify_solutions.py`` are quoted only this
way, never typed: one run, one source.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import markdown as markdown_lib
from mkdocs.exceptions import PluginError

MARKER = "<!-- solution-results -->"
ROW_MARKER = re.compile(r"<!-- solution-results:(\w+) -->")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.lib.recording import data_line  # noqa: E402


def table(results: dict, names: list[str]) -> str:
    """The Markdown table for ``names`` (every solution), from the saved results.

    >>> print(table({"category5": {"metric": "mae", "goal": "below", "target": 0.12, "value": 0.0373,
    ...     "passed": True, "wall_seconds": 93.2, "cpu_seconds": 40.1, "model_bytes": 149960,
    ...     "date": "2026-11-30", "tensorflow": "2.21.0", "keras": "3.15.1", "python": "3.11.7",
    ...     "cpu": "2-core x86_64 CPU"}}, ["category1", "category5"]))
    | solution | metric | target | value | time | model file | recorded |
    |---|---|---|---|---|---|---|
    | [category1](category1.ipynb) | | | not yet recorded | | | |
    | [category5](category5.ipynb) | mae | at most 0.12 | **0.0373** (met) | 93 s (40 s CPU) | 149,960 bytes | 2026-11-30, TensorFlow 2.21.0, Keras 3.15.1, Python 3.11.7, 2-core x86_64 CPU |
    """
    rows = [
        "| solution | metric | target | value | time | model file | recorded |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in names:
        link = f"[{name}]({name}.ipynb)"
        entry = results.get(name)
        if not entry:
            rows.append(f"| {link} | | | not yet recorded | | | |")
            continue
        goal = "at most" if entry["goal"] == "below" else "at least"
        verdict = "met" if entry["passed"] else "missed"
        size = f"{entry['model_bytes']:,} bytes" if entry.get("model_bytes") else "no file"
        when = (
            f"{entry['date']}, TensorFlow {entry['tensorflow']}, Keras {entry['keras']}, "
            f"Python {entry['python']}, {entry['cpu']}"
        )
        if entry.get("data"):  # which data the run read: the origin's files, or what a copy is
            when += ". " + data_line(entry["data"])
        rows.append(
            f"| {link} | {entry['metric']} | {goal} {entry['target']:g} | **{entry['value']:.4g}** "
            f"({verdict}) | {entry['wall_seconds']:.0f} s ({entry['cpu_seconds']:.0f} s CPU) | {size} | {when} |"
        )
    return "\n".join(rows)


def load_results(docs_dir) -> dict:
    path = Path(docs_dir) / "solutions" / "results.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def summary(results: dict, name: str) -> str:
    """One solution's measured run as a short Markdown list (narrow enough for a notebook page).

    >>> print(summary({"category5": {"metric": "mae", "goal": "below", "target": 0.12, "value": 0.0373,
    ...     "passed": True, "wall_seconds": 93.2, "cpu_seconds": 40.1, "model_bytes": 149960,
    ...     "date": "2026-11-30", "tensorflow": "2.21.0", "keras": "3.15.1", "python": "3.11.7",
    ...     "cpu": "2-core x86_64 CPU"}}, "category5"))
    - **mae: 0.0373** (target: at most 0.12, met)
    - time: 93 s (40 s of CPU time)
    - model file: 149,960 bytes
    - recorded: 2026-11-30, TensorFlow 2.21.0, Keras 3.15.1, Python 3.11.7, 2-core x86_64 CPU
    >>> summary({}, "category1")
    '- not yet recorded'
    """
    entry = results.get(name)
    if not entry:
        return "- not yet recorded"
    goal = "at most" if entry["goal"] == "below" else "at least"
    verdict = "met" if entry["passed"] else "missed"
    size = f"{entry['model_bytes']:,} bytes" if entry.get("model_bytes") else "no file"
    when = (
        f"{entry['date']}, TensorFlow {entry['tensorflow']}, Keras {entry['keras']}, "
        f"Python {entry['python']}, {entry['cpu']}"
    )
    if entry.get("data"):
        when += ". " + data_line(entry["data"])
    return "\n".join(
        [
            f"- **{entry['metric']}: {entry['value']:.4g}** (target: {goal} {entry['target']:g}, {verdict})",
            f"- time: {entry['wall_seconds']:.0f} s ({entry['cpu_seconds']:.0f} s of CPU time)",
            f"- model file: {size}",
            f"- recorded: {when}",
        ]
    )


def render_rows(html: str, results: dict, page: str = "a page") -> str:
    """Replace each ``<!-- solution-results:NAME -->`` with NAME's measured run, as an HTML list.

    >>> html = render_rows("<p>Measured:</p>\\n<!-- solution-results:category1 -->", {}, "x")
    >>> "<ul>" in html and "not yet recorded" in html and "solution-results" not in html
    True
    >>> render_rows("<!-- solution-results:nope -->", {}, "solutions/nope.ipynb")
    Traceback (most recent call last):
    ...
    mkdocs.exceptions.PluginError: solutions/nope.ipynb: no solution named 'nope' for <!-- solution-results:nope -->
    """

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if not name.startswith("category"):
            raise PluginError(f"{page}: no solution named {name!r} for {match.group(0)}")
        return markdown_lib.markdown(summary(results, name))

    return ROW_MARKER.sub(replace, html)


def on_page_markdown(markdown, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    if MARKER not in markdown:
        return markdown
    docs = Path(config["docs_dir"])
    names = sorted(p.stem for p in (docs / "solutions").glob("*.ipynb"))
    return markdown.replace(MARKER, table(load_results(docs), names))


def on_page_content(html, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    if "solution-results:" not in html:
        return html
    return render_rows(html, load_results(config["docs_dir"]), page.file.src_uri)

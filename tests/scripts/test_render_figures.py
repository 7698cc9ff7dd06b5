"""scripts/render_figures.py runs a snippet and keeps the PNGs it saves; bad input is one line, exit 2."""

from __future__ import annotations

import subprocess
import sys

from scripts import render_figures
from scripts.lib.site import ROOT

SCRIPT = ROOT / "scripts" / "render_figures.py"

PLOT = """
import matplotlib.pyplot as plt
plt.plot([0, 1], [1, 0])
plt.savefig("demo_figure.png")
open("not_a_figure.txt", "w").write("x")
"""


def _run(*args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_copies_the_pngs_a_snippet_saves(tmp_path):
    snippet = tmp_path / "plot_demo.py"
    snippet.write_text(PLOT)
    out = tmp_path / "img"
    result = _run("--out", out, snippet)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["demo_figure.png"]
    assert (out / "demo_figure.png").read_bytes().startswith(b"\x89PNG")


def test_real_mode_runs_the_file_plainly(tmp_path):
    snippet = tmp_path / "plot_demo.py"
    snippet.write_text(PLOT)
    result = _run("--real", "--out", tmp_path / "real", snippet)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["demo_figure.png"]


def test_a_failing_snippet_is_one_line_exit_1(tmp_path):
    snippet = tmp_path / "broken.py"
    snippet.write_text("raise ValueError('no figure today')\n")
    result = _run("--out", tmp_path / "img", snippet)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"error: {snippet} failed: ValueError: no figure today"]


def test_bad_arguments_exit_2_with_one_line(tmp_path):
    missing = _run(tmp_path / "nope.py")
    assert (
        missing.returncode == 2
        and missing.stderr.strip() == f"error: not a Python file: {tmp_path / 'nope.py'}"
    )
    outside = tmp_path / "outside.py"
    outside.write_text("print(1)\n")
    result = _run(outside)
    assert (
        result.returncode == 2
        and result.stderr.strip() == f"error: {outside} is not under snippets/; give --out"
    )
    epochs = _run("--epochs", "0", "--out", tmp_path, outside)
    assert epochs.returncode == 2 and epochs.stderr.strip() == "error: --epochs must be at least 1"
    assert _run("--help").returncode == 0


def test_default_output_is_the_area_img_folder():
    snippet = ROOT / "snippets" / "images" / "convolutions" / "filter_by_hand.py"
    assert render_figures.default_out(snippet) == ROOT / "docs" / "images" / "img"

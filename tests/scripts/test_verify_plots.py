"""scripts/verify_solutions.py --plots-dir keeps the plots a solution saves."""

from __future__ import annotations

from scripts import verify_solutions

PLOTTING_SOLUTION = """
from pathlib import Path
Path("demo.png").write_bytes(b"not really a png")
result = {"metric": "demo", "value": 0.1, "target": 0.5, "goal": "below"}
"""


def test_plots_dir_receives_the_png_files(tmp_path, monkeypatch, capsys):
    (tmp_path / "demo.py").write_text(PLOTTING_SOLUTION)
    monkeypatch.setattr(verify_solutions, "SOLUTIONS", tmp_path)
    plots = tmp_path / "img"
    assert verify_solutions.main(["--plots-dir", str(plots), "demo"]) == 0
    assert (plots / "demo.png").read_bytes() == b"not really a png"
    assert "| demo | demo | below 0.5 | 0.1 |" in capsys.readouterr().out

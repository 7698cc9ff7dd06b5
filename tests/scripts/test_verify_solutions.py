"""scripts/verify_solutions.py runs solutions for real, reports a table, and checks targets."""

from __future__ import annotations

import subprocess
import sys

from scripts import verify_solutions
from scripts.lib.site import ROOT

SCRIPT = ROOT / "scripts" / "verify_solutions.py"

# The script measures whatever model file a solution leaves and reads its `result`; a stand-in
# file keeps the three child processes free of TensorFlow (each import costs seconds).
TINY_SOLUTION = """
with open("{name}.h5", "wb") as model:
    model.write(bytes(2048))
result = {{"metric": "demo", "value": {value}, "target": 0.5, "goal": "below"}}
"""


def test_table_and_exit_code_follow_the_targets(tmp_path, monkeypatch, capsys):
    (tmp_path / "good.py").write_text(TINY_SOLUTION.format(name="good", value=0.1))
    (tmp_path / "bad.py").write_text(TINY_SOLUTION.format(name="bad", value=0.9))
    (tmp_path / "broken.py").write_text("raise SystemExit('no data')\n")
    monkeypatch.setattr(verify_solutions, "SOLUTIONS", tmp_path)
    assert verify_solutions.main(["good"]) == 0
    row = capsys.readouterr().out.splitlines()[-1]
    assert row.startswith("| good | demo | below 0.5 | 0.1 |") and row.endswith("| pass |")
    assert int(row.split("|")[6].replace(",", "")) == 2048  # the saved .h5 was measured
    assert verify_solutions.main(["good", "bad", "broken"]) == 1
    out = capsys.readouterr().out
    assert "| bad | demo | below 0.5 | 0.9 |" in out and "| FAIL |" in out
    assert "| broken | error |" in out and "no data" in out


def test_data_dir_seeds_the_keras_cache(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "Sunspots.csv").write_text(",Date,Monthly Mean Total Sunspot Number\n0,1749-01-31,96.7\n")
    (data / "unrelated.txt").write_text("x")
    home = tmp_path / "home"
    assert verify_solutions.seed_keras_cache(data, home) == ["Sunspots.csv"]
    assert (home / "datasets" / "Sunspots.csv").read_text().endswith("96.7\n")


def _cli(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


def test_bad_arguments_get_one_line_and_exit_2(tmp_path):
    unknown = _cli("category99")
    assert unknown.returncode == 2 and unknown.stderr.startswith("error: unknown solution 'category99'")
    assert unknown.stderr.count("\n") == 1
    missing = _cli("--data-dir", str(tmp_path / "nope"), "category1")
    assert (
        missing.returncode == 2
        and missing.stderr.strip() == f"error: --data-dir {tmp_path / 'nope'} is not a folder"
    )
    assert "category1" in _cli("--help").stdout


def test_results_name_the_data_each_solution_read(tmp_path):
    """A result says which files the solution read, and never calls an unchecked file the origin's."""
    (tmp_path / "datasets").mkdir()
    (tmp_path / "datasets" / "sarcasm.json").write_text("[]", encoding="utf-8")
    assert verify_solutions.data_rows("category4", tmp_path) == [
        {"name": "sarcasm.json", "copy": "not checked against the origin's file"}
    ]
    assert verify_solutions.data_rows("category1", tmp_path) == []  # reads no file
    assert verify_solutions.data_rows("category4", None) == []  # no --data-dir: downloaded as a reader does

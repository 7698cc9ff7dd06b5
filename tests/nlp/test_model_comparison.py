"""scripts/compare_text_models.py: the comparison table of docs/nlp/model-comparison.md."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from scripts import compare_text_models
from scripts.lib.site import ROOT

SCRIPT = ROOT / "scripts" / "compare_text_models.py"
SMALL = ["--train-size", "40", "--validation-size", "16", "--sequence-length", "12", "--epochs", "2"]


def test_synthetic_run_prints_sizes_and_times_but_no_accuracy(capsys):
    assert compare_text_models.main(["--models", "pooling,gru", *SMALL]) == 0
    out = capsys.readouterr()
    lines = out.out.strip().splitlines()
    assert lines[0] == "| model | parameters | s/epoch | CPU s/epoch | train accuracy | validation accuracy | gap |"
    assert lines[2].startswith("| pooling | 16,017 | ") and lines[2].endswith(" | | | |")
    assert lines[3].startswith("| gru | ") and len(lines) == 4
    assert "data: synthetic, 40 training and 16 validation sequences of 12 ids" in out.err


def test_sarcasm_run_measures_accuracy_and_gap(capsys):
    # The harness's sarcasm.json has 60 headlines: 48 train, 12 validate.
    assert compare_text_models.main(["--data", "sarcasm", "--models", "conv1d", "--json", *SMALL]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["model"] == "conv1d" and row["epochs"] == 2
    assert row["seconds_per_epoch"] > 0 and row["cpu_seconds_per_epoch"] > 0
    assert row["gap"] == pytest.approx(row["train_accuracy"] - row["validation_accuracy"])
    assert 0 <= row["validation_accuracy"] <= 1


def test_every_model_of_the_page_builds_with_the_exam_shape():
    build_model = compare_text_models.load_models_module().build_model
    for kind in compare_text_models.KINDS:
        model = build_model(kind)
        assert model.input_shape == (None, 120) and model.output_shape == (None, 1), kind


def _cli(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("args", "message"), [
    (["--epochs", "0"], "error: argument --epochs: must be at least 1, got 0"),
    (["--epochs", "three"], "error: argument --epochs: not a whole number: 'three'"),
    (["--models", "lstm,transformer"], "error: argument --models: unknown model 'transformer'; choose from "),
    (["--models", ","], "error: argument --models: unknown model ','; choose from "),
    (["--data", "imdb"], "error: argument --data: invalid choice: 'imdb'"),
    (["--no-such-option"], "error: unrecognized arguments: --no-such-option"),
])
def test_bad_input_gets_one_line_and_exit_2(args, message):
    result = _cli(*args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr


def test_help_names_the_data_and_models():
    result = _cli("--help")
    assert result.returncode == 0
    assert "--data {synthetic,sarcasm}" in result.stdout and "seconds per epoch" in result.stdout.lower()

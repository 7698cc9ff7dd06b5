"""scripts/grade.py: bad input gets one ``error:`` line and exit code 2, never a traceback.

The models here are tiny and untrained: these tests are about the checks, not the scores
(tests/practice-exam/test_problems.py trains models and compares scores).
"""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from scripts import grade
from scripts.lib.site import ROOT

SCRIPT = ROOT / "scripts" / "grade.py"


def _save(model, path):
    model.save(path)
    return path


def _fashion(*layers, inputs=(28, 28)):
    import keras

    return keras.Sequential([keras.Input(shape=inputs), *layers])


def _errors(capsys, *argv):
    """Run the grader in-process; return its one stderr line, checking exit 2 and nothing else."""
    assert grade.main([str(arg) for arg in argv]) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert captured.out == ""
    return lines[0]


def test_missing_file_wrong_suffix_and_unknown_problem(tmp_path, capsys):
    assert _errors(capsys, "problem2", tmp_path / "nope.h5") == f"error: no such file: {tmp_path / 'nope.h5'}"
    (tmp_path / "model.txt").write_text("x")
    assert "is not a .h5, .hdf5 or .keras file" in _errors(capsys, "problem2", tmp_path / "model.txt")
    assert "unknown problem 'problem9'; choose one of problem1" in _errors(
        capsys, "problem9", tmp_path / "model.txt"
    )
    assert "is not a folder" in _errors(
        capsys, "problem2", tmp_path / "model.txt", "--data-dir", tmp_path / "no"
    )


def test_files_that_are_not_models(tmp_path, capsys):
    import h5py

    (tmp_path / "text.h5").write_text("not a model")
    assert _errors(capsys, "problem2", tmp_path / "text.h5").endswith(
        "is not a Keras model file (not an HDF5 file)"
    )
    (tmp_path / "text.keras").write_text("not a model")
    assert "is not a Keras model file (a .keras file is a zip" in _errors(
        capsys, "problem2", tmp_path / "text.keras"
    )
    with h5py.File(tmp_path / "empty.h5", "w") as handle:
        handle.create_dataset("weights", data=np.zeros(3))
    assert "holds no model architecture (weights only?)" in _errors(capsys, "problem2", tmp_path / "empty.h5")


def test_corrupt_model_file(tmp_path, capsys):
    import keras

    path = _save(
        _fashion(keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")), tmp_path / "m.h5"
    )
    data = bytearray(path.read_bytes())
    data[len(data) // 2 :] = b"\0" * (len(data) - len(data) // 2)  # keep the header, lose the weights
    (tmp_path / "cut.h5").write_bytes(bytes(data))
    assert _errors(capsys, "problem2", tmp_path / "cut.h5").startswith("error: cannot load")


@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_lambda_layers_are_refused(tmp_path, capsys, suffix):
    import keras

    model = _fashion(
        keras.layers.Flatten(),
        keras.layers.Lambda(lambda x: x * 2.0),
        keras.layers.Dense(10, activation="softmax"),
    )
    path = _save(model, tmp_path / f"m{suffix}")
    assert "uses a Lambda layer, which the exam did not allow" in _errors(capsys, "problem2", path)


def test_trailing_layers_after_the_output_activation_are_not_a_false_rejection(tmp_path, keras_home, capsys):
    import keras

    model = _fashion(
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation="softmax"),
        keras.layers.Dropout(0.1),
        keras.layers.Reshape((2, 5)),
        keras.layers.Flatten(),
    )
    assert (
        grade.main(["problem2", str(_save(model, tmp_path / "trailing.hdf5")), "--json"]) == 0
    )  # .hdf5 accepted
    assert json.loads(capsys.readouterr().out)["problem"] == "problem2"
    sigmoid = keras.Sequential(
        [
            keras.Input(shape=(120,)),
            keras.layers.Dense(1),
            keras.layers.Activation("sigmoid"),
            keras.layers.Dropout(0.5),
        ]
    )
    assert grade.main(["problem4", str(_save(sigmoid, tmp_path / "sigmoid.keras"))]) == 0


def test_wrong_shapes_and_activation(tmp_path, capsys):
    import keras

    channels = _save(
        _fashion(keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax"), inputs=(28, 28, 1)),
        tmp_path / "channels.h5",
    )
    assert _errors(capsys, "problem2", channels) == (
        "error: the model's input shape is (28, 28, 1) per example; problem2 feeds (28, 28)"
    )
    units = _save(
        _fashion(keras.layers.Flatten(), keras.layers.Dense(5, activation="softmax")), tmp_path / "u.h5"
    )
    assert "output shape is (5,) per example; problem2 needs (10,)" in _errors(capsys, "problem2", units)
    linear = _save(_fashion(keras.layers.Flatten(), keras.layers.Dense(10)), tmp_path / "linear.keras")
    assert (
        _errors(capsys, "problem2", linear)
        == "error: the model's output activation is linear; problem2 needs softmax"
    )
    softmax = keras.Sequential([keras.Input(shape=(120,)), keras.layers.Dense(1), keras.layers.Softmax()])
    assert "output activation is softmax; problem4 needs sigmoid" in _errors(
        capsys, "problem4", _save(softmax, tmp_path / "softmax.h5")
    )
    inputs = [keras.Input(shape=(28, 28)), keras.Input(shape=(28, 28))]
    two = keras.Model(
        inputs,
        keras.layers.Dense(10, activation="softmax")(keras.layers.Flatten()(keras.layers.Add()(inputs))),
    )
    assert "has 2 inputs and 1 outputs; problem2 needs one of each" in _errors(
        capsys, "problem2", _save(two, tmp_path / "two.keras")
    )


def test_model_that_fails_to_predict(tmp_path, capsys):
    import keras

    # The input accepts any number of rows, so the shape check passes; Reshape then fails on 28 rows.
    model = keras.Sequential(
        [
            keras.Input(shape=(None, 28)),
            keras.layers.Reshape((30, 28)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    line = _errors(capsys, "problem2", _save(model, tmp_path / "reshape.h5"))
    assert line.startswith("error: the model failed to predict a batch of shape (50, 28, 28): ")


def test_model_that_predicts_nan(tmp_path, capsys):
    import keras

    model = _fashion(keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax"))
    model.layers[-1].set_weights([np.full((784, 10), np.nan, "float32"), np.zeros(10, "float32")])
    assert _errors(capsys, "problem2", _save(model, tmp_path / "nan.h5")) == (
        "error: the model predicts NaN or infinite values"
    )


def test_missing_held_out_data_is_refused(tmp_path, capsys, monkeypatch):
    import keras

    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "empty-cache"))
    path = _save(
        _fashion(keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")), tmp_path / "m.h5"
    )
    line = _errors(capsys, "problem2", path)
    assert line.startswith(
        "error: no held-out data for problem2: t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz "
        f"not in {tmp_path / 'empty-cache' / 'datasets'}"
    )
    assert "run the starter once (it downloads it) or pass --data-dir" in line


def test_damaged_held_out_data_is_reported(tmp_path, capsys):
    import keras

    data = tmp_path / "data"
    data.mkdir()
    (data / "sarcasm.json").write_text('[{"headline": ')
    model = keras.Sequential([keras.Input(shape=(120,)), keras.layers.Dense(1, activation="sigmoid")])
    line = _errors(capsys, "problem4", _save(model, tmp_path / "m.h5"), "--data-dir", data)
    assert line.startswith("error: cannot read the held-out data of problem4: ")


def test_data_dir_is_seeded_like_verify_solutions(tmp_path, capsys, keras_home, monkeypatch):
    import keras

    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "empty-cache"))
    data = tmp_path / "data"
    data.mkdir()
    (data / "Sunspots.csv").write_bytes((keras_home / "datasets" / "Sunspots.csv").read_bytes())
    model = keras.Sequential([keras.Input(shape=(None, 1)), keras.layers.Dense(1)])
    assert (
        grade.main(["problem5", str(_save(model, tmp_path / "m.keras")), "--data-dir", str(data), "--json"])
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["problem"] == "problem5" and result["examples"] == 235 and result["metric"] == "mae"
    assert set(result["baselines"]) == {"repeat the last value", "predict the training mean"}
    best = min(result["baselines"].values())
    assert result["thresholds"]["1"] == pytest.approx(best, rel=1e-6)
    from scripts.lib.grading.problems import load_targets

    margin = load_targets()["skill_margin"]
    assert result["thresholds"]["5"] == pytest.approx(min(0.12, (1 - margin) * best), rel=1e-6)
    assert 0 <= result["score"] <= 5 and result["value"] > 0


def test_report_shows_metric_value_score_and_thresholds():
    result = {
        "problem": "problem2",
        "title": "Fashion-MNIST",
        "model": "mymodel.h5",
        "model_bytes": 1234567,
        "held_out": "50 test images",
        "metric": "accuracy",
        "value": 0.7,
        "goal": "above",
        "target": 0.83,
        "baselines": {"always the majority class": 0.1},
        "score": 4,
        "max_score": 5,
        "rule": "the rule",
        "note": None,
        "thresholds": {"1": 0.246, "2": 0.392, "3": 0.538, "4": 0.684, "5": 0.83},
    }
    lines = grade.report(result).splitlines()
    assert lines[1] == "model: mymodel.h5 (1,234,567 bytes)"
    assert lines[3:6] == [
        "accuracy: 0.7 (target: >= 0.83)",
        "no-skill baseline, always the majority class: 0.1",
        "score: 4/5",
    ]
    assert "    4  >= 0.684  <- you" in lines and "    1  >= 0.246" in lines and lines[-1] == "rule: the rule"


def _cli(*args, **kwargs):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120, **kwargs
    )


def test_command_line_error_is_one_line_without_tensorflow_noise(tmp_path):
    import keras

    path = _save(_fashion(keras.layers.Flatten(), keras.layers.Dense(10)), tmp_path / "linear.h5")
    result = _cli("problem2", path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "error: the model's output activation is linear; problem2 needs softmax\n"


def test_help_and_argument_errors_do_not_import_tensorflow():
    code = (
        f"import runpy, sys; sys.argv = ['grade.py', '--help']\n"
        f"try:\n    runpy.run_path({str(SCRIPT)!r}, run_name='__main__')\n"
        "except SystemExit as exit:\n    assert exit.code == 0\n"
        "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules, 'imported TensorFlow'\n"
        "print('fast')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "usage: grade.py [-h] [--data-dir DATA_DIR] [--json] [--timeout S]" in result.stdout
    assert "problem5 (forecast monthly" in result.stdout and result.stdout.endswith("fast\n")
    usage = _cli()
    assert usage.returncode == 2
    assert (
        usage.stderr
        == "error: the following arguments are required: PROBLEM, MODEL_FILE (see grade.py --help)\n"
    )

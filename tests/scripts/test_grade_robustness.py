"""scripts/grade.py survives any file: damaged and hostile model files and held-out data.

Every case here must end in exactly one ``error: ...`` line on stderr and exit code 2, with
nothing on stdout: never a traceback. The models are tiny and untrained.
"""

from __future__ import annotations

import gzip
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from scripts import grade
from scripts.lib.grading import scoring
from scripts.lib.site import ROOT

SCRIPT = ROOT / "scripts" / "grade.py"


def _errors(capsys, *argv):
    code = grade.main([str(arg) if not isinstance(arg, bytes) else os.fsdecode(arg) for arg in argv])
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert code == 2, captured
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert captured.out == ""
    return lines[0]


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """One tiny valid model per problem, saved once as .keras and .h5."""
    import keras

    folder = tmp_path_factory.mktemp("models")
    models = {
        "problem2": keras.Sequential(
            [
                keras.Input(shape=(28, 28)),
                keras.layers.Flatten(),
                keras.layers.Dense(10, activation="softmax"),
            ]
        ),
        "problem3": keras.Sequential(
            [
                keras.Input(shape=(150, 150, 3)),
                keras.layers.GlobalAveragePooling2D(),
                keras.layers.Dense(3, activation="softmax"),
            ]
        ),
        "problem4": keras.Sequential(
            [
                keras.Input(shape=(120,)),
                keras.layers.Embedding(1000, 2),
                keras.layers.GlobalAveragePooling1D(),
                keras.layers.Dense(1, activation="sigmoid"),
            ]
        ),
        "problem5": keras.Sequential([keras.Input(shape=(None, 1)), keras.layers.Dense(1)]),
    }
    paths = {}
    for name, model in models.items():
        for suffix in (".keras", ".h5"):
            model.save(folder / f"{name}{suffix}")
            paths[name + suffix] = folder / f"{name}{suffix}"
    return paths


# ---------------------------------------------------------------- damaged model files


def _zip(path: Path, members: dict, compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _patch_method(path: Path, method: int) -> Path:
    """Set the compression method of every member to ``method`` (local and central headers)."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset : start + offset + 2] = struct.pack("<H", method)
            start += 4
    path.write_bytes(bytes(data))
    return path


def _set_flag(path: Path, flag: int) -> Path:
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset : start + offset + 2] = struct.pack("<H", flag)
            start += 4
    path.write_bytes(bytes(data))
    return path


def _h5(path: Path, config) -> Path:
    import h5py

    with h5py.File(path, "w") as handle:
        handle.attrs["model_config"] = config
    return path


def damaged_models(folder: Path, saved: dict) -> dict:
    """name -> (file, expected text in the error line)."""
    good = saved["problem2.keras"].read_bytes()
    config = zipfile.ZipFile(saved["problem2.keras"]).read("config.json")
    cases = {}
    (folder / "cut.keras").write_bytes(good[: len(good) // 2])
    cases["truncated zip"] = (folder / "cut.keras", "is not a Keras model file")
    stream = bytearray(_zip(folder / "stream.keras", {"config.json": config * 20}).read_bytes())
    middle = stream.find(b"config.json") + 40
    stream[middle : middle + 30] = b"\xff" * 30
    (folder / "stream.keras").write_bytes(bytes(stream))
    cases["damaged deflate stream"] = (folder / "stream.keras", "damaged zip file")
    cases["encrypted member"] = (
        _set_flag(_zip(folder / "locked.keras", {"config.json": config}), 1),
        "has an encrypted (password-protected) member",
    )
    cases["unsupported compression"] = (
        _patch_method(_zip(folder / "method.keras", {"config.json": config}, zipfile.ZIP_STORED), 97),
        "uses a zip feature",
    )
    cases["huge config"] = (
        _zip(folder / "huge.keras", {"config.json": b" " * 3_000_000 + b"{}"}),
        "config.json of 3,000,002 bytes, over the limit",
    )
    cases["deeply nested json"] = (
        _zip(folder / "deep.keras", {"config.json": b"[" * 200_000 + b"]" * 200_000}),
        "nested too deeply",
    )
    nested = {"class_name": "Sequential"}
    for _ in range(300):
        nested = {"config": nested}
    cases["deeply nested object"] = (
        _zip(folder / "deep2.keras", {"config.json": json.dumps(nested)}),
        "nested too deeply",
    )
    cases["config not an object"] = (
        _zip(folder / "list.keras", {"config.json": b"[1, 2]"}),
        "is a JSON list, not an object",
    )
    cases["config not utf-8"] = (
        _zip(folder / "latin.keras", {"config.json": b'{"name": "caf\xe9"}'}),
        "not UTF-8 text",
    )
    cases["config not json"] = (_zip(folder / "text.keras", {"config.json": b"hello"}), "is not JSON")
    cases["no config.json"] = (_zip(folder / "empty.keras", {"other.txt": b"x"}), "a zip with a config.json")
    cases["unknown layer"] = (
        _zip(
            folder / "unknown.keras",
            {"config.json": json.dumps({"class_name": "NoSuchLayer", "config": {}}), "metadata.json": b"{}"},
        ),
        "cannot load",
    )
    cases["__lambda__ function"] = (
        _zip(
            folder / "fn.keras",
            {
                "config.json": json.dumps(
                    {
                        "class_name": "Sequential",
                        "config": {"layers": [{"class_name": "__lambda__", "config": {"code": "x"}}]},
                    }
                )
            },
        ),
        "serialized Python function",
    )
    cases["TFSMLayer"] = (
        _zip(
            folder / "tfsm.keras",
            {
                "config.json": json.dumps(
                    {
                        "class_name": "Functional",
                        "config": {"layers": [{"class_name": "TFSMLayer", "config": {}}]},
                    }
                )
            },
        ),
        "TFSMLayer",
    )
    cases["h5 config of int type"] = (_h5(folder / "int.h5", 5), "model_config of type")
    cases["h5 config of float array"] = (_h5(folder / "array.h5", np.zeros(4)), "model_config of type")
    cases["h5 config not json"] = (_h5(folder / "nojson.h5", "hello"), "is not JSON")
    cases["h5 config a list"] = (_h5(folder / "list.h5", "[1]"), "not an object")
    data = bytearray(saved["problem2.h5"].read_bytes())
    data[len(data) // 3 :] = os.urandom(len(data) - len(data) // 3)
    (folder / "noise.h5").write_bytes(bytes(data))
    cases["h5 with random tail"] = (folder / "noise.h5", "")
    (folder / "folder.h5").mkdir()
    cases["a folder"] = (folder / "folder.h5", "is a folder, not a file")
    os.mkfifo(folder / "pipe.keras")
    cases["a FIFO"] = (folder / "pipe.keras", "is not a regular file")
    os.symlink(folder / "missing.keras", folder / "broken.keras")
    cases["a broken link"] = (folder / "broken.keras", "is a broken link")
    return cases


def test_every_damaged_model_file_is_one_line_and_exit_2(tmp_path, capsys, saved):
    cases = damaged_models(tmp_path, saved)
    assert len(cases) >= 20
    for name, (path, expected) in cases.items():
        line = _errors(capsys, "problem2", path)
        assert expected in line, (name, line)


def test_size_limits_apply_before_loading(capsys, saved):
    line = _errors(capsys, "problem2", saved["problem2.h5"], "--max-model-mb", "0.001")
    assert "bytes, over the limit of 1,000 (--max-model-mb)" in line
    config = zipfile.ZipFile(saved["problem2.keras"]).read("config.json")
    bomb = _zip(
        saved["problem2.keras"].parent / "bomb.keras",
        {"config.json": config, "model.weights.h5": bytes(5_000_000)},
    )
    assert bomb.stat().st_size < 100_000
    assert "unpacks to 5,00" in _errors(capsys, "problem2", bomb, "--max-model-mb", "1")
    assert "is not a positive number" in _errors(
        capsys, "problem2", saved["problem2.h5"], "--max-model-mb", "0"
    )


def test_a_lambda_model_never_runs_its_function(tmp_path, capsys):
    import keras

    marker = tmp_path / "ran"

    def touch(x):
        marker.write_text("the function ran")
        return x

    for suffix in (".keras", ".h5"):
        model = keras.Sequential(
            [
                keras.Input(shape=(28, 28)),
                keras.layers.Flatten(),
                keras.layers.Lambda(touch),
                keras.layers.Dense(10, activation="softmax"),
            ]
        )
        path = tmp_path / f"lambda{suffix}"
        model.save(path)
        marker.unlink()  # building the model ran it once
        assert "uses a Lambda layer" in _errors(capsys, "problem2", path)
        assert not marker.exists(), "grading ran the Lambda's function"


def test_timeout(capsys, saved):
    line = _errors(capsys, "problem5", saved["problem5.keras"], "--timeout", "0.000001")
    assert line == "error: the model took longer than 1e-06 s to predict the held-out data (--timeout)"
    assert "is not a positive number" in _errors(
        capsys, "problem5", saved["problem5.keras"], "--timeout", "nan"
    )


# ---------------------------------------------------------------- malformed held-out data


def _idx(values: np.ndarray) -> bytes:
    header = struct.pack(">BBBB", 0, 0, 8, values.ndim) + b"".join(struct.pack(">I", d) for d in values.shape)
    return gzip.compress(header + values.astype(np.uint8).tobytes())


def _sunspots(values) -> str:
    return ",Date,Monthly Mean Total Sunspot Number\n" + "".join(
        f"{i},1749-01-31,{v}\n" for i, v in enumerate(values)
    )


def malformed_data(folder: Path) -> list:
    """(problem, files in the data folder, expected text in the error line)."""
    ok = np.abs(np.sin(np.arange(3235) / 20.0)) * 100
    labels = [{"headline": f"headline {i}", "is_sarcastic": i % 2} for i in range(40)]
    return [
        (
            "problem5",
            {"Sunspots.csv": _sunspots(["many"] + list(ok[1:]))},
            "line 2: no number in the third column",
        ),
        ("problem5", {"Sunspots.csv": _sunspots([float("nan")] + list(ok[1:]))}, "not finite"),
        ("problem5", {"Sunspots.csv": _sunspots([float("inf")] + list(ok[1:]))}, "not finite"),
        ("problem5", {"Sunspots.csv": _sunspots([7.0] * 3235)}, "one constant value"),
        ("problem5", {"Sunspots.csv": _sunspots(ok[:100])}, "has 100 months"),
        ("problem5", {"Sunspots.csv": b"\xff\xfe,Date\n"}, "not UTF-8"),
        ("problem5", {"Sunspots.csv": "folder"}, "is a folder"),
        ("problem5", {"Sunspots.csv": "fifo"}, "is not a regular file"),
        ("problem5", {"Sunspots.csv": "broken"}, "is a broken link"),
        (
            "problem4",
            {"sarcasm.json": json.dumps([{**row, "is_sarcastic": "yes"} for row in labels])},
            "record 1 has is_sarcastic 'yes', not 0 or 1",
        ),
        ("problem4", {"sarcasm.json": json.dumps({"headline": "x"})}, "not a JSON array"),
        ("problem4", {"sarcasm.json": b"[\xff]"}, "not UTF-8"),
        ("problem4", {"sarcasm.json": "[" * 100_000 + "]" * 100_000}, "nested too deeply"),
        ("problem4", {"sarcasm.json": json.dumps([{"is_sarcastic": 1}] * 10)}, "record 1 has no headline"),
        (
            "problem4",
            {"sarcasm.json": json.dumps([{**row, "is_sarcastic": 1} for row in labels])},
            "all one class",
        ),
        (
            "problem2",
            {
                "t10k-images-idx3-ubyte.gz": _idx(np.zeros((5, 28, 28))),
                "t10k-labels-idx1-ubyte.gz": _idx(np.zeros(4)),
            },
            "5 images, 4 labels",
        ),
        (
            "problem2",
            {"t10k-images-idx3-ubyte.gz": b"not gzip", "t10k-labels-idx1-ubyte.gz": _idx(np.zeros(4))},
            "is not a gzip file",
        ),
        (
            "problem2",
            {
                "t10k-images-idx3-ubyte.gz": _idx(np.zeros((4, 28, 28))),
                "t10k-labels-idx1-ubyte.gz": _idx(np.full(4, 12)),
            },
            "labels outside 0-9",
        ),
        ("problem3", {"rps-test-set.zip": b"PK\x03\x04 broken"}, "cannot be unpacked"),
    ]


def test_every_malformed_held_out_file_is_one_line_and_exit_2(tmp_path, capsys, saved):
    for number, (problem, files, expected) in enumerate(malformed_data(tmp_path)):
        data = tmp_path / f"data{number}"
        data.mkdir()
        for name, content in files.items():
            path = data / name
            if content == "folder":
                path.mkdir()
            elif content == "fifo":
                os.mkfifo(path)
            elif content == "broken":
                os.symlink(data / "missing", path)
            else:
                path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        line = _errors(capsys, problem, saved[f"{problem}.h5"], "--data-dir", data)
        assert expected in line, (problem, files.keys(), line)


# ---------------------------------------------------------------- terminals and JSON


def _cli(*args, env=None):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        timeout=180,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", **(env or {})},
    )


def test_non_utf8_paths_on_a_strict_utf8_terminal(tmp_path, saved):
    import keras

    strict = {"PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}
    missing = os.fsencode(tmp_path) + b"/caf\xe9.h5"
    result = _cli(b"problem1", missing, env=strict)  # argv as bytes, as a shell passes them
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode("utf-8").splitlines() == [f"error: no such file: {tmp_path}/caf\\xe9.h5"]
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
    good = os.fsencode(tmp_path) + b"/mod\xe8le.keras"
    model.save(tmp_path / "model.keras")
    os.rename(tmp_path / "model.keras", good)
    result = _cli(b"problem1", good, env=strict)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert f"model: {tmp_path}/mod\\xe8le.keras (" in result.stdout.decode("utf-8")


def test_json_never_holds_nan():
    assert scoring.finite({"value": float("nan"), "b": [float("inf"), 1.0], "c": "x"}) == {
        "value": None,
        "b": [None, 1.0],
        "c": "x",
    }


def test_json_callers_get_json_with_the_error_and_exit_2(tmp_path, capsys, saved):
    """An inf in the held-out series is bad input: --json still prints one JSON object, with the error."""
    ok = np.abs(np.sin(np.arange(3235) / 20.0)) * 100
    data = tmp_path / "data"
    data.mkdir()
    (data / "Sunspots.csv").write_text(_sunspots([float("inf")] + list(ok[1:])), encoding="utf-8")
    code = grade.main(["problem5", str(saved["problem5.h5"]), "--data-dir", str(data), "--json"])
    captured = capsys.readouterr()
    assert code == 2
    answer = json.loads(captured.out)
    assert answer["problem"] == "problem5" and "not finite" in answer["error"] and "score" not in answer
    assert captured.err.startswith("error: ") and len(captured.err.splitlines()) == 1
    assert grade.main(["problem5", str(saved["problem5.h5"]), "--json", "--timeout", "nan"]) == 2
    assert "error" in json.loads(capsys.readouterr().out)


def test_unrelated_files_in_data_dir_are_ignored_and_cache_sub_folders_are_found(tmp_path, capsys, saved):
    """A --data-dir may hold anything else (a 300 MB archive, another problem's large file), and keep
    Fashion-MNIST in fashion-mnist/ as the Keras cache does: the grader reads only its own files."""
    ok = np.abs(np.sin(np.arange(3235) / 20.0)) * 100
    data = tmp_path / "data"
    (data / "fashion-mnist").mkdir(parents=True)
    (data / "Sunspots.csv").write_text(_sunspots(ok), encoding="utf-8")
    for name in ("archive.zip", "rps-test-set.zip"):  # sparse: 300 MB on paper, nothing on disk
        with open(data / name, "wb") as handle:
            handle.truncate(300_000_000)
    assert grade.main(["problem5", str(saved["problem5.h5"]), "--data-dir", str(data), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["examples"] > 0
    rng = np.random.default_rng(0)
    (data / "fashion-mnist" / "t10k-images-idx3-ubyte.gz").write_bytes(
        _idx(rng.integers(0, 256, (20, 28, 28)))
    )
    (data / "fashion-mnist" / "t10k-labels-idx1-ubyte.gz").write_bytes(_idx(np.arange(20) % 10))
    assert grade.main(["problem2", str(saved["problem2.h5"]), "--data-dir", str(data), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["examples"] == 20

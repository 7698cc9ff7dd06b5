"""The offline harness: real-format tiny datasets, a blocked network, clamped training."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import types
import urllib.request
import zipfile
from pathlib import Path

import numpy as np
import pytest

from scripts.lib.site import ROOT
from tests.harness import datasets, linecov, offline
from tests.harness.snippets import snippet_files


def test_registry_files_are_in_the_keras_cache(keras_home):
    for dataset in datasets.REGISTRY:
        path = keras_home / dataset.cache_path
        assert path.is_file() and path.stat().st_size > 0, dataset.cache_path
        assert dataset.origin.startswith("https://") and dataset.origin.endswith(dataset.file_name)


def test_fashion_mnist_loads_through_keras():
    import tensorflow as tf

    (x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
    assert x_train.shape == (200, 28, 28) and x_train.dtype == np.uint8
    assert x_test.shape == (50, 28, 28) and sorted(set(y_train)) == list(range(10))


def test_get_file_uses_the_cache_and_the_zip_holds_class_folders(tmp_path):
    import shutil

    import tensorflow as tf

    archive = tf.keras.utils.get_file("rps.zip", origin=datasets.by_file_name("rps.zip").origin)
    shutil.unpack_archive(archive, tmp_path)  # as the snippets' download_and_unpack does
    classes = sorted(p.name for p in (tmp_path / "rps").iterdir())
    assert classes == ["paper", "rock", "scissors"]
    images = tf.keras.utils.image_dataset_from_directory(
        tmp_path / "rps", image_size=(32, 32), batch_size=4, verbose=False
    )
    assert images.class_names == classes


def test_no_code_unpacks_with_get_file_extract():
    """get_file(..., extract=True) returns the archive's path and unpacks into the cache folder on
    Keras 3.3 (the course labs), but a <name>_extracted/ folder on Keras 3.10 and later: the
    snippets unpack with shutil (download_and_unpack), so that one path works on every version."""
    import ast

    found = []
    for folder in ("snippets", "tests", "scripts"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "attr", getattr(node.func, "id", "")) == "get_file"
                    and any(k.arg in ("extract", "untar") for k in node.keywords)
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, (
        f"get_file(..., extract=...) differs between Keras versions; use download_and_unpack: {found}"
    )


def test_every_copy_of_download_and_unpack_is_the_same():
    """Snippet files stay runnable on their own, so each defines the helper in its `unpack`
    section; a fix made in one copy must reach all of them (the .tar.gz copies add filter="data")."""
    from scripts.lib.pages import section_source

    copies: dict[str, list[str]] = {}
    for path in sorted((ROOT / "snippets").rglob("*.py")):
        if "[start:unpack]" in path.read_text(encoding="utf-8"):
            code = section_source(path, "unpack")[1]
            copies.setdefault(code, []).append(str(path.relative_to(ROOT)))
    assert len(copies) == 2, "the unpack sections differ:\n" + "\n".join(map(str, copies.values()))
    zip_copy, tar_copy = sorted(copies, key=lambda code: 'filter="data"' in code)
    assert 'filter="data"' not in zip_copy and tar_copy == zip_copy.replace(
        "shutil.unpack_archive(archive, folder)  # on every call, as extract=True does: always complete",
        'shutil.unpack_archive(archive, folder, filter="data")  # "data": no paths outside the folder',
    )


def test_text_and_csv_fixtures_have_the_real_columns(keras_home):
    rows = json.loads((keras_home / "datasets/sarcasm.json").read_text())
    assert set(rows[0]) == {"article_link", "headline", "is_sarcastic"}
    assert (keras_home / "datasets/bbc-text.csv").read_text().splitlines()[0] == "category,text"
    sunspots = (keras_home / "datasets/Sunspots.csv").read_text().splitlines()
    assert sunspots[0] == ",Date,Monthly Mean Total Sunspot Number" and len(sunspots) == 3236
    assert (keras_home / "datasets/daily-min-temperatures.csv").read_text().startswith('"Date","Temp"\n')
    with zipfile.ZipFile(keras_home / "datasets/cats_and_dogs_filtered.zip") as archive:
        assert any(n.startswith("cats_and_dogs_filtered/validation/dogs/") for n in archive.namelist())


def test_an_unregistered_download_fails_naming_the_url():
    import tensorflow as tf

    url = "https://example.com/data/unknown.csv"
    with pytest.raises(offline.NetworkBlocked, match=re.escape("https://example.com/data/unknown.csv")):
        tf.keras.utils.get_file("unknown.csv", origin=url)
    offline.blocked_attempts.pop()  # this test meant to try


def test_raw_sockets_to_other_hosts_are_blocked_but_loopback_works():
    import socket

    with pytest.raises(offline.NetworkBlocked, match=re.escape("203.0.113.5:80")):
        socket.create_connection(("203.0.113.5", 80), timeout=1)
    offline.blocked_attempts.pop()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    with socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    server.close()
    with pytest.raises(urllib.error.URLError) as refused:  # local URLs reach the socket: refused, not blocked
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
    assert not isinstance(refused.value, offline.NetworkBlocked)


def test_fit_is_clamped_but_keeps_initial_epoch():
    import tensorflow as tf

    offline.clamp_training()
    model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    xs = np.arange(4, dtype="float32")
    assert len(model.fit(xs, xs, epochs=50, verbose=0).epoch) == offline.MAX_EPOCHS
    history = model.fit(xs, xs, epochs=100, initial_epoch=10, verbose=0)
    assert history.epoch == list(range(10, 10 + offline.MAX_EPOCHS))
    with offline.unclamped():  # a test of many epochs gets them all, then the clamp is back
        assert (
            len(model.fit(xs, xs, epochs=offline.MAX_EPOCHS + 3, verbose=0).epoch) == offline.MAX_EPOCHS + 3
        )
    assert len(model.fit(xs, xs, epochs=50, verbose=0).epoch) == offline.MAX_EPOCHS


def _traced_fit(model, *data):
    """Fit ``model`` for two epochs on ``data`` (arrays in batches of 4, or a dataset); return how
    often its train step was traced."""
    traces = []
    step = model.train_step

    def counted_train_step(data):
        traces.append(data)
        return step(data)

    model.train_step = counted_train_step
    model.fit(*data, epochs=2, batch_size=4 if len(data) > 1 else None, verbose=0)
    return len(traces)


def _classifier(with_input=True):
    import keras

    layers = [keras.layers.Dense(4, activation="relu"), keras.layers.Dense(3, activation="softmax")]
    model = keras.Sequential(([keras.Input(shape=(2,))] if with_input else []) + layers)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


def test_training_a_built_model_traces_its_step_once():
    import tensorflow as tf

    offline.clamp_training()
    xs, ys = np.ones((8, 2), "float32"), np.eye(3, dtype="float32")[[0, 1, 2, 0, 1, 2, 0, 1]]
    assert _traced_fit(_classifier(), xs, ys) == 1
    model = _classifier()
    assert _traced_fit(model, tf.data.Dataset.from_tensor_slices((xs, ys)).batch(4)) == 1
    assert model.optimizer.iterations.numpy() == 4  # it trained: two epochs of two batches
    # A model without an Input keeps Keras's deferred build: built in the first trace, traced twice.
    assert _traced_fit(_classifier(with_input=False), xs, ys) == 2


def test_data_that_does_not_fit_the_model_fails_as_it_does_in_keras(monkeypatch):
    """The same errors as Keras's own deferred build, raised in the traced train step as readers
    get them, and the same on the next ``fit`` of a model whose ``fit`` failed (basics/error-messages
    shows that call failing: the failed one left state behind)."""
    from keras.src.backend.tensorflow import trainer as tf_trainer

    offline.clamp_training()
    xs, ys = np.ones((8, 2), "float32"), np.eye(3, dtype="float32")[[0, 1, 2, 0, 1, 2, 0, 1]]

    def failed_fit(model, *data):
        with pytest.raises(ValueError) as raised:
            _traced_fit(model, *data)
        return str(raised.value).splitlines()[0], raised.traceback

    def errors():
        wrong_labels, in_step = failed_fit(_classifier(), xs, ys[:, 0])  # labels, not one-hot rows
        assert any(entry.name == "counted_train_step" for entry in in_step)
        model = _classifier()
        wrong_features, in_step = failed_fit(model, np.ones((8, 5), "float32"), ys)  # wants 2 features
        assert any(entry.name == "counted_train_step" for entry in in_step)
        right_data_after, _ = failed_fit(model, xs, ys)
        return wrong_labels, wrong_features, right_data_after

    with_hook = errors()
    hook = tf_trainer.TensorFlowTrainer._maybe_symbolic_build
    monkeypatch.setattr(tf_trainer.TensorFlowTrainer, "_maybe_symbolic_build", hook.deferred)
    assert with_hook == errors()
    assert "Creating variables on a non-first call" in with_hook[2]


# Every statement form the recorder handles, with the lines a run of it executes.
_DEMO = '''"""Module docstring: not a counted line."""
import functools


@functools.lru_cache
def add_one(x):
    """Docstring kept: >>> add_one(1)"""
    total = (x +
             1)
    return total


class Box:
    """Class docstring."""
    size = 2

    def never_called(self):
        return 3


try:
    add_one(1) / 0
except KeyError:
    caught = "no"
except ZeroDivisionError:
    caught = "yes"
else:
    caught = "never"
finally:
    done = True
for number in range(2):
    if number:
        kind = "odd"
    elif number == 5:
        kind = "five"
    else:
        kind = "even"
'''
_DEMO_RAN = {2, 5, 6, 8, 10, 13, 15, 17, 21, 22, 25, 26, 30, 31, 32, 33, 34, 37}


def test_the_recorder_counts_the_statements_that_ran_and_keeps_docstrings():
    namespace = {"__name__": "__main__"}
    hits = set()
    namespace[linecov.RECORDER] = hits.add
    exec(linecov.compile_recorded(_DEMO, "demo.py"), namespace)  # noqa: S102
    assert {line for path, lines in hits for line in lines if path == "demo.py"} == _DEMO_RAN
    assert namespace["__doc__"].startswith("Module docstring")
    assert namespace["add_one"].__wrapped__.__doc__.startswith("Docstring kept")
    assert namespace["Box"].__doc__ == "Class docstring."
    with pytest.raises(ZeroDivisionError) as raised:  # tracebacks keep the file's line numbers
        exec(linecov.compile_recorded("\n\nx = 1 / 0\n", "three.py"), namespace)  # noqa: S102
    assert raised.traceback[-1].lineno + 1 == 3


def test_recorded_code_runs_where_no_namespace_defines_the_recorder():
    namespace = {}
    exec(linecov.compile_recorded("def answer():\n    return 42\n", "answer.py"), namespace)  # noqa: S102
    rebuilt = types.FunctionType(namespace["answer"].__code__, {"__builtins__": __builtins__})
    assert rebuilt() == 42


def test_every_line_coverage_py_counts_in_a_snippet_is_one_the_recorder_records():
    from coverage.parser import PythonParser

    for path in snippet_files():
        text = path.read_text(encoding="utf-8")
        parser = PythonParser(text=text, filename=str(path))
        parser.parse_source()
        unrecordable = set(parser.statements) - linecov.statement_lines(ast.parse(text))
        assert not unrecordable, f"{path.relative_to(ROOT)}: lines {sorted(unrecordable)}"


def test_recorded_lines_reach_coverage_data_while_its_tracers_are_paused(tmp_path):
    """In a fresh process with two coverage.py instances measuring (as in a pytest-xdist worker under
    pytest-cov): no trace function while the code runs, the lines in both instances' data after."""
    (tmp_path / "demo.py").write_text(_DEMO, encoding="utf-8")
    code = (
        "import json, sys, coverage\n"
        "from tests.harness import linecov\n"
        f"demo = {str(tmp_path / 'demo.py')!r}\n"
        "covs = [coverage.Coverage(data_file=f'{demo}.{n}', include=[demo]) for n in (1, 2)]\n"
        "for cov in covs:\n"
        "    cov.start()\n"
        "namespace = {'__name__': '__main__'}\n"
        "with linecov.recording(namespace):\n"
        "    tracer_while_running = sys.gettrace()\n"
        "    exec(linecov.compile_recorded(open(demo).read(), demo), namespace)\n"
        "print(tracer_while_running is None, sys.gettrace() is not None, coverage.Coverage.current() is covs[1])\n"
        "for cov in reversed(covs):\n"
        "    cov.stop()\n"
        "    print(json.dumps(sorted(cov.get_data().lines(demo))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    paused, *lines = result.stdout.splitlines()
    assert paused == "True True True"
    assert [set(json.loads(each)) for each in lines] == [_DEMO_RAN, _DEMO_RAN]


def test_reset_keras_clears_keras_state_and_freezes_what_survives():
    import gc

    import keras

    keras.layers.Dense(1)
    keras.mixed_precision.set_global_policy("mixed_float16")
    kept = [object()]  # something a test keeps, like a page's namespace
    offline.reset_keras()
    assert keras.layers.Dense(1).name == "dense"  # Keras's global state is fresh
    assert keras.mixed_precision.global_policy().name == "float32"
    # Later collections skip what survived: it is no longer among the objects the collector scans.
    assert gc.get_freeze_count() > 0 and not any(obj is kept for obj in gc.get_objects())


def test_fresh_process_runner_sees_fixtures_and_no_network():
    code = (
        "import tensorflow as tf\n"
        "(x, y), _ = tf.keras.datasets.fashion_mnist.load_data()\n"
        "print('shape', x.shape)\n"
        "import os; print('cache', os.environ['KERAS_HOME'])\n"
        "tf.keras.utils.get_file('nope.txt', origin='https://example.org/nope.txt')\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.harness.run", "-"],
        input=code,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "shape (200, 28, 28)" in result.stdout
    assert (
        result.returncode != 0
        and "network access blocked in tests: https://example.org/nope.txt" in result.stderr
    )
    # The process made its own Keras cache and removed it on the way out (even after an error).
    cache = Path(result.stdout.split("cache ", 1)[1].split()[0])
    assert cache.name.startswith("keras-home-") and not cache.exists()


def test_runner_rejects_a_missing_file():
    result = subprocess.run(
        [sys.executable, "-m", "tests.harness.run", "no/such/file.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stderr.strip() == "error: no such file: no/such/file.py"

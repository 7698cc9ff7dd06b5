"""docs/beyond/backends.md: the page's code runs on the TensorFlow backend (its notebook, in
tests/site/test_page_notebooks.py) and here, in a subprocess, on JAX; the errors the page quotes
for JAX are the ones JAX and Keras raise."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from scripts.lib import pages as page_model
from tests.harness.markdown import DOCS, ROOT
from tests.harness.pages import page_namespace

PAGE = "beyond/backends.md"
pytestmark = pytest.mark.xdist_group("page:beyond/backends")  # the page runs once per worker
FILES = ["same_model.py", "tf_ops_in_a_layer.py", "exercise_backend_ops.py"]
# Every file of the page, one after another in one JAX process, under the offline harness;
# then the page's claim about LiteRT export on JAX.
ON_JAX = """
import runpy
for name in {files!r}:
    print("---", name)
    runpy.run_path({folder!r} + "/" + name, run_name="__main__")
print("---", "litert")
import keras
model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(3)])
try:
    model.export("model.tflite", format="litert")
except ValueError as error:
    print(f"ValueError: {{error}}")
"""


@pytest.fixture(scope="module")
def on_jax(tmp_path_factory):
    env = {key: value for key, value in os.environ.items() if not key.startswith("COV_")}
    env["KERAS_BACKEND"] = "jax"
    code = ON_JAX.format(files=FILES, folder=str(ROOT / "snippets/beyond/backends"))
    result = subprocess.run(
        [sys.executable, "-m", "tests.harness.run", "-"],
        input=code,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(part.split("\n", 1) for part in result.stdout.split("--- ")[1:])


def test_the_model_trains_saves_and_reloads_on_jax(on_jax):
    printed = on_jax["same_model.py"]
    assert "on the jax backend" in printed
    assert "type of the predictions: numpy ndarray" in printed
    assert "reloaded predictions equal: True" in printed


def test_the_same_code_runs_on_tensorflow():
    namespace = page_namespace(page_model.parse(DOCS / PAGE))
    import keras

    assert keras.backend.backend() == "tensorflow"
    assert namespace["reloaded"].output_shape == (None, 3)  # the exercise reuses the name `model`


def test_a_tf_layer_fails_on_jax_as_the_page_says(on_jax):
    printed = on_jax["tf_ops_in_a_layer.py"]
    assert "jax refused it: Exception encountered when calling TfRadius.call()." in printed
    assert (
        "`AttributeError: Exception encountered when calling TfRadius.call().`" in (DOCS / PAGE).read_text()
    )


def test_the_exercise_loss_runs_on_jax(on_jax):
    assert on_jax["exercise_backend_ops.py"].startswith("jax slope:")


def test_litert_export_refuses_jax_as_the_page_quotes(on_jax):
    (line,) = [line for line in on_jax["litert"].splitlines() if line.startswith("ValueError")]
    assert line == "ValueError: LiteRT export requires TensorFlow or PyTorch backend."
    assert f"`{line}`" in (DOCS / PAGE).read_text(encoding="utf-8")

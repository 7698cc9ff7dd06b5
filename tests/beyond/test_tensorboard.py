"""docs/beyond/tensorboard.md: the callback writes event files that hold one value per epoch, the
page's reader agrees with TensorFlow's own, and the error it quotes for a missing tensorboard is
the one TensorFlow raises."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.harness import offline
from tests.harness.markdown import DOCS, ROOT
from tests.sections import run_sections

PAGE = "beyond/tensorboard.md"
SNIPPET = ROOT / "snippets/beyond/tensorboard/tensorboard_callback.py"


def test_the_callback_writes_event_files_and_the_page_reads_them_back(tmp_path):
    import tensorflow as tf

    offline.clamp_training()
    namespace, printed = run_sections(SNIPPET, "data", "callback", "files", "read-back")
    epochs = len(namespace["history"].epoch)
    for folder in ("train", "validation"):
        (event_file,) = (tmp_path / "logs" / "circle" / folder).glob("events.out.tfevents.*")
        # TensorFlow's own reader, not the page's: every record of the file.
        values = [
            float(tf.make_ndarray(value.tensor))
            for event in tf.compat.v1.train.summary_iterator(str(event_file))
            for value in event.summary.value
            if value.tag == "epoch_loss"
        ]
        assert len(values) == epochs
        assert f"logs/circle/{folder}: 1 event file" in printed
    assert values == pytest.approx(namespace["history"].history["val_loss"], rel=1e-6)
    # The page's reader (TensorBoard's EventAccumulator) agrees with history.
    assert "same as history: True" in printed
    assert sorted(namespace["validation"]) == ["epoch_accuracy", "epoch_loss"]


# What the page quotes when tensorboard is not installed. The subprocess hides the installed
# tensorboard from Python's import system, as an environment without it has none.
NO_TENSORBOARD = """
import sys
class Hide:
    def find_spec(self, name, path=None, target=None):
        if name == "tensorboard" or name.startswith("tensorboard."):
            raise ModuleNotFoundError(f"No module named {name!r}")
sys.meta_path.insert(0, Hide())
import numpy as np, tensorflow as tf
model = tf.keras.Sequential([tf.keras.Input((1,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
try:
    model.fit(np.ones((8, 1)), np.ones((8, 1)), epochs=1, verbose=0,
              callbacks=[tf.keras.callbacks.TensorBoard("logs")])
except Exception as error:
    print(f"{type(error).__module__}.{type(error).__name__}: {error}")
"""


def test_without_tensorboard_fit_fails_with_the_error_the_page_quotes(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith("COV_")}
    result = subprocess.run(
        [sys.executable, "-c", NO_TENSORBOARD],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    printed = result.stdout.strip().splitlines()[-1]
    assert "TBNotInstalledError: TensorBoard is not installed" in printed
    assert printed in (DOCS / PAGE).read_text(encoding="utf-8")

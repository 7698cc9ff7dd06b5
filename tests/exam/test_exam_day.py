"""Determinism advice names both calls it takes, and those calls really make training repeat exactly."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.harness.markdown import DOCS, pages

TRAIN_TWICE = """
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()


def train():
    tf.keras.utils.set_random_seed(0)
    x = np.random.rand(64, 8).astype("float32")
    model = tf.keras.Sequential([tf.keras.Input((8,)), tf.keras.layers.Dense(16, activation="relu"),
                                 tf.keras.layers.Dropout(0.5), tf.keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
    model.fit(x, x.sum(axis=1), epochs=2, batch_size=8, verbose=0)
    return np.concatenate([w.ravel() for w in model.get_weights()])


print(np.array_equal(train(), train()))
"""


def test_every_determinism_advice_names_set_random_seed_and_op_determinism():
    advised = 0
    for page in pages():
        for paragraph in re.split(r"\n\s*\n", page.read_text(encoding="utf-8")):
            if "determinis" in paragraph and "set_random_seed" in paragraph:
                advised += 1
                assert "enable_op_determinism()" in paragraph, f"{page.relative_to(DOCS)}: {paragraph[:200]}"
    assert advised


def test_the_two_calls_make_two_trainings_identical():
    result = subprocess.run([sys.executable, "-c", TRAIN_TWICE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "True"

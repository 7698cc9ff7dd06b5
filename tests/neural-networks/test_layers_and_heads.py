"""docs/neural-networks/layers-and-heads.md#logits: the head's activation and from_logits must agree.

Checked on real Keras: a logits head with the default loss learns badly and silently; a softmax
head with from_logits=True is rescued (with a warning) on the TensorFlow backend, while on JAX the
softmax runs twice and the loss cannot fall below -log(e / (e + 2)) for three classes. And fewer
softmax units than classes stops training on a CPU.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
import warnings

import numpy as np
import pytest

from tests.harness.markdown import DOCS
from tests.sections import ROOT

FLOOR = -math.log(math.e / (math.e + 2))  # softmax([1, 0, 0])[0] = e / (e + 2)
PAGE = DOCS / "neural-networks" / "layers-and-heads.md"


def _sectors(count: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    points = rng.uniform(-2, 2, (count, 2)).astype(np.float32)
    angles = np.arctan2(points[:, 1], points[:, 0]) + np.pi
    return points, np.minimum((angles // (2 * np.pi / 3)).astype(np.int64), 2)


def test_the_floor_quoted_on_the_page():
    text = " ".join(PAGE.read_text(encoding="utf-8").split())
    assert f"cannot fall below {FLOOR:.3f}" in text
    probabilities = np.exp([1.0, 0.0, 0.0]) / np.exp([1.0, 0.0, 0.0]).sum()
    assert [round(p, 2) for p in probabilities] == [0.58, 0.21, 0.21]
    assert "`[0.58, 0.21, 0.21]`" in text


def test_a_logits_head_with_the_default_loss_learns_badly_and_silently():
    import tensorflow as tf

    points, labels = _sectors(600)

    def accuracy(from_logits: bool) -> float:
        tf.keras.utils.set_random_seed(0)
        model = tf.keras.Sequential(
            [tf.keras.Input((2,)), tf.keras.layers.Dense(16, activation="relu"), tf.keras.layers.Dense(3)]
        )
        loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=from_logits)
        model.compile(optimizer=tf.keras.optimizers.Adam(0.02), loss=loss, metrics=["accuracy"])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            model.fit(points, labels, epochs=15, batch_size=64, verbose=0)
        assert not [w for w in caught if "from_logits" in str(w.message)]  # no warning either way
        return model.evaluate(points, labels, verbose=0)[1]

    right, wrong = accuracy(True), accuracy(False)
    assert right > 0.9
    assert wrong < right - 0.2


def test_tensorflow_rescues_a_softmax_head_given_to_a_from_logits_loss_with_a_warning():
    import tensorflow as tf

    logits = tf.constant([[4.0, -1.0, 0.5], [0.2, 3.0, -2.0]])
    labels = tf.constant([0, 1])
    probabilities = tf.keras.layers.Activation("softmax")(logits)
    loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rescued = float(loss(labels, probabilities))
    assert any("produced by a Softmax activation" in str(w.message) for w in caught)
    assert rescued == pytest.approx(float(loss(labels, logits)), rel=1e-5)
    assert rescued < FLOOR  # the scores before the softmax were used


JAX_PROBE = textwrap.dedent(
    """
    import warnings
    import numpy as np
    import keras

    logits = np.array([[40.0, -10.0, 5.0], [2.0, 30.0, -20.0]], dtype="float32")  # very sure, right
    labels = np.array([0, 1])
    probabilities = keras.layers.Activation("softmax")(logits)
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doubled = float(loss(labels, probabilities))
    print(keras.backend.backend(), len([w for w in caught if "from_logits" in str(w.message)]), doubled)
    """
)


def test_jax_applies_softmax_twice_and_the_loss_cannot_fall_below_the_floor():
    pytest.importorskip("jax", reason="JAX is not installed in this environment")
    env = dict(os.environ, KERAS_BACKEND="jax")
    result = subprocess.run(
        [sys.executable, "-c", JAX_PROBE], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    backend, warned, doubled = result.stdout.split()
    assert (backend, warned) == ("jax", "0")
    assert float(doubled) == pytest.approx(FLOOR, abs=1e-4)  # a perfect model, and still the floor


def test_fewer_softmax_units_than_classes_fails_loudly_on_a_cpu():
    import tensorflow as tf

    points, labels = _sectors(64)
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([tf.keras.Input((2,)), tf.keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    error = pytest.raises(tf.errors.InvalidArgumentError, match="SparseSoftmaxCrossEntropyWithLogits")
    with error, tf.device("/CPU:0"):
        model.fit(points, labels, epochs=1, verbose=0)

"""The `trainable` rule docs/images/transfer-learning.md#fine-tune teaches, measured on a small model.

A model's `trainable` setter sets the flag of every layer inside it, so `base.trainable = True`
after `base.trainable = False` unfreezes layers frozen one by one too. On the TensorFlow backend an
assignment of the value the flag already holds is skipped (its attribute tracking returns early
when the attribute already is that object), so then nothing changes; on JAX the setter always runs.
MobileNetV2's weights are not needed: the rule is the same for any model.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.harness.markdown import DOCS
from tests.sections import ROOT

# Runs as a script on either backend; prints the layer flags after each step of the page's flow.
PROBE = textwrap.dedent(
    """
    import keras

    def flags(model):
        return [layer.trainable for layer in model.layers]

    base = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3), keras.layers.Dense(2), keras.layers.Dense(1)])
    base.trainable = False  # the page's frozen base
    base.layers[0].trainable = False  # and one layer frozen by hand
    base.trainable = True  # the flag changes: every layer's flag is set
    print("after False, True:", flags(base))
    base.layers[0].trainable = False
    base.trainable = True  # the flag already holds True
    print("after True, True:", flags(base))
    base.trainable = True
    for layer in base.layers[:-1]:  # the rule: set the model's flag, then re-freeze the bottom layers
        layer.trainable = False
    print("rule:", flags(base), sum(w.numpy().size for w in base.trainable_weights))
    print(keras.backend.backend())
    """
)


def _probe(backend: str) -> list[str]:
    env = dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == backend
    return lines[:-1]


def test_tensorflow_backend_skips_an_assignment_of_the_value_the_flag_holds():
    import tensorflow as tf

    def flags(model):
        return [layer.trainable for layer in model.layers]

    def small_base():
        return tf.keras.Sequential(
            [
                tf.keras.Input((4,)),
                tf.keras.layers.Dense(3),
                tf.keras.layers.Dense(2),
                tf.keras.layers.Dense(1),
            ]
        )

    # Case 1, the page's flow: the base was frozen as a whole, so True is a change and reaches
    # every layer, including one frozen by hand.
    base = small_base()
    base.trainable = False
    base.layers[0].trainable = False
    base.trainable = True
    assert flags(base) == [True, True, True]

    # Case 2: the base's flag already holds True; the assignment is skipped, the frozen layer stays.
    base = small_base()
    base.layers[0].trainable = False
    assert base.trainable is True
    base.trainable = True
    assert flags(base) == [False, True, True]

    # The rule the page teaches works either way: set the flag, then re-freeze the bottom layers.
    for start in (False, True):
        base = small_base()
        base.trainable = start
        base.trainable = True
        for layer in base.layers[:-1]:
            layer.trainable = False
        assert flags(base) == [False, False, True]
        assert sum(w.numpy().size for w in base.trainable_weights) == 2 + 1  # the last Dense only


def test_jax_backend_always_runs_the_setter():
    pytest.importorskip("jax", reason="JAX is not installed in this environment")
    assert _probe("jax") == [
        "after False, True: [True, True, True]",
        "after True, True: [True, True, True]",
        "rule: [False, False, True] 3",
    ]


def test_the_page_teaches_the_rule_not_the_half_truth():
    text = " ".join((DOCS / "images" / "transfer-learning.md").read_text(encoding="utf-8").split())
    assert "does not undo" not in text
    assert "Set the base's flag, then re-freeze the bottom layers, every time" in text
    exercise = (ROOT / "snippets" / "images" / "transfer-learning" / "exercise_unfreeze_more.py").read_text(
        encoding="utf-8"
    )
    assert "would not undo" not in exercise

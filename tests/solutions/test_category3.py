"""The category 3 solution chooses its epoch by the validation loss, and why (stand-in data).

On a validation split made like the training data the accuracy saturates: it reaches 1.0 within a
few epochs and stays there, and `EarlyStopping(monitor="val_accuracy", restore_best_weights=True)`
then keeps the first epoch that reached it. The validation loss goes on falling, so choosing by it
keeps a later, surer model. Shown here with a tiny classifier on three well-separated clusters of
points: nothing about rock, paper and scissors, only how the two signals behave.
"""

from __future__ import annotations

import ast

import numpy as np

from scripts.lib.site import ROOT
from tests.harness import offline

SOURCE = ROOT / "snippets" / "solutions" / "category3.py"


def _early_stopping_keywords() -> dict:
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "EarlyStopping"
    ]
    assert len(calls) == 1, "the solution should stop early exactly once"
    return {keyword.arg: ast.literal_eval(keyword.value) for keyword in calls[0].keywords}


def test_the_solution_chooses_by_validation_loss_and_says_why():
    keywords = _early_stopping_keywords()
    assert keywords["monitor"] == "val_loss"
    assert keywords["restore_best_weights"] is True
    text = " ".join(line.lstrip("# ") for line in SOURCE.read_text(encoding="utf-8").splitlines())
    assert "Why the loss and not the accuracy" in text


def _clusters(rng, per_class: int):
    centres = np.array([[0.0, 4.0], [4.0, -2.0], [-4.0, -2.0]], dtype="float32")
    x = np.concatenate([centre + rng.normal(size=(per_class, 2)) for centre in centres]).astype("float32")
    y = np.repeat(np.eye(3, dtype="float32"), per_class, axis=0)
    return x, y


def _fit(monitor: str):
    import tensorflow as tf

    rng = np.random.default_rng(0)
    x_train, y_train = _clusters(rng, 40)
    x_valid, y_valid = _clusters(rng, 20)
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([tf.keras.Input((2,)), tf.keras.layers.Dense(3, activation="softmax")])
    model.compile(
        optimizer=tf.keras.optimizers.Adam(0.05), loss="categorical_crossentropy", metrics=["accuracy"]
    )
    stop = tf.keras.callbacks.EarlyStopping(monitor=monitor, patience=4, restore_best_weights=True)
    with offline.unclamped():  # all 15 epochs, even after a test clamped fit in this process
        history = model.fit(
            x_train,
            y_train,
            validation_data=(x_valid, y_valid),
            epochs=15,
            batch_size=30,
            shuffle=False,
            callbacks=[stop],
            verbose=0,
        )
    kept_loss, kept_accuracy = model.evaluate(x_valid, y_valid, verbose=0)
    return history.history, stop.best_epoch, kept_loss, kept_accuracy


def test_validation_accuracy_saturates_and_keeps_the_first_saturated_epoch():
    by_accuracy, chosen_by_accuracy, loss_a, accuracy_a = _fit("val_accuracy")
    by_loss, chosen_by_loss, loss_l, accuracy_l = _fit("val_loss")

    top = max(by_accuracy["val_accuracy"])
    assert top == 1.0  # saturated: every later epoch ties
    first_saturated = by_accuracy["val_accuracy"].index(top)
    assert chosen_by_accuracy == first_saturated
    assert len(by_accuracy["val_loss"]) == first_saturated + 1 + 4  # stopped after `patience` ties

    # The loss went on falling after accuracy saturated, so choosing by it keeps a later epoch ...
    assert chosen_by_loss > chosen_by_accuracy + 4
    assert by_loss["val_loss"][chosen_by_loss] < 0.5 * by_accuracy["val_loss"][chosen_by_accuracy]
    # ... which is the model the callback restores: as accurate, and much surer of the right class.
    assert accuracy_l == accuracy_a == 1.0
    assert loss_l < 0.5 * loss_a

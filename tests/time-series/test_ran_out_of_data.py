"""docs/time-series/sequence-bias.md#ran-out-of-data: why windowed datasets warn, and that it is harmless.

A dataset built with window + flat_map has an unknown length; Keras runs each epoch until it is
exhausted and warns "Your input ran out of data", and every epoch still sees every batch. Telling
tf.data the length with assert_cardinality silences the warning.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from tests.harness import offline
from tests.harness.markdown import DOCS

MESSAGE = "Your input ran out of data; interrupting training"


def _windows(tf, count: int = 60, size: int = 5):
    ds = tf.data.Dataset.from_tensor_slices(np.arange(count, dtype="float32"))
    ds = ds.window(size + 1, shift=1, drop_remainder=True).flat_map(lambda w: w.batch(size + 1))
    return ds.map(lambda w: (w[:-1], w[-1:])).batch(8)


def _fit(tf, dataset, epochs: int = 3):
    batches = []

    class Count(tf.keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            batches.append(0)

        def on_train_batch_end(self, batch, logs=None):
            batches[-1] += 1

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([tf.keras.Input((5,)), tf.keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with offline.unclamped():  # every epoch, even after a test clamped fit in this process
            model.fit(dataset, epochs=epochs, verbose=0, callbacks=[Count()])
    return batches, [str(w.message) for w in caught if MESSAGE in str(w.message)]


def test_an_unknown_length_warns_once_and_every_epoch_sees_every_batch():
    import tensorflow as tf

    dataset = _windows(tf)
    assert dataset.cardinality().numpy() == tf.data.UNKNOWN_CARDINALITY == -2
    expected = -(-(60 - 5) // 8)  # 55 windows in batches of 8
    batches, warned = _fit(tf, dataset)
    assert batches == [expected] * 3
    assert len(warned) == 3  # at the end of each epoch (Python shows it once: its default filter)

    known = dataset.apply(tf.data.experimental.assert_cardinality(expected))
    batches, warned = _fit(tf, known)
    assert batches == [expected] * 3 and warned == []


SHOWING = sorted(
    str(page.relative_to(DOCS))
    for page in DOCS.rglob("*.ipynb")
    if MESSAGE in page.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", SHOWING)
def test_a_page_that_shows_the_warning_explains_it_or_links_to_it(name):
    page = DOCS / name
    markdown = page.with_suffix(".md")
    text = (markdown if markdown.is_file() else page).read_text(encoding="utf-8")
    assert "ran-out-of-data" in text, f"{name} shows the warning and does not explain it"

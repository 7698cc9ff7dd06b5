"""Training pipelines that cache decoded images still see a new order every epoch.

``image_dataset_from_directory`` shuffles, but a ``cache()`` after it records the first epoch's
batches and replays them, in the same order, every epoch. The snippets load single images
(``batch_size=None``), cache them, and shuffle before batching, as the data-pipelines page
teaches. Both facts are checked here on Keras's real functions.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.sections import ROOT, run_sections

SNIPPETS = [
    ROOT / "snippets" / "images" / "augmentation" / "before_after_curves.py",
    ROOT / "snippets" / "images" / "transfer-learning" / "frozen_base_then_fine_tune.py",
]


def _epoch(dataset) -> list[tuple[float, ...]]:
    """One pass over ``dataset``: each image's pixel sum and label, batch after batch."""
    return [
        (float(image.sum()), float(label[0]))
        for images, labels in dataset
        for image, label in zip(images.numpy(), labels.numpy(), strict=True)
    ]


@pytest.mark.parametrize("path", SNIPPETS, ids=lambda path: path.parent.name)
def test_the_batch_order_changes_between_epochs(path):
    namespace, _ = run_sections(path, "unpack", "data")
    train_ds = namespace["train_ds"]
    first, second = _epoch(train_ds), _epoch(train_ds)
    assert sorted(first) == sorted(second) and len(first) > 2  # every image, once per epoch
    assert first != second, f"{path.name}: every epoch replays the same order"


def test_cache_after_a_shuffled_directory_dataset_replays_one_order():
    """The problem the snippets avoid: it really happens in this Keras version."""
    import tensorflow as tf

    namespace, _ = run_sections(SNIPPETS[0], "unpack", "data")
    cached = tf.keras.utils.image_dataset_from_directory(
        namespace["train_dir"], image_size=(150, 150), label_mode="binary", seed=0, batch_size=4
    ).cache()
    uncached = tf.keras.utils.image_dataset_from_directory(
        namespace["train_dir"], image_size=(150, 150), label_mode="binary", seed=0, batch_size=4
    )
    assert _epoch(cached) == _epoch(cached)
    assert _epoch(uncached) != _epoch(uncached)
    assert np.isfinite([value for pair in _epoch(cached) for value in pair]).all()

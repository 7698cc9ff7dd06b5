"""tfds.load("fashion_mnist") reads the tiny prepared copy the harness writes, without a download."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.harness import tfds_data

pytestmark = pytest.mark.xdist_group("neural-networks/data-sources")


def test_tfds_data_dir_is_inside_the_keras_cache(keras_home):
    assert Path(os.environ["TFDS_DATA_DIR"]) == keras_home / "tensorflow_datasets"


def test_prepared_fashion_mnist_loads_offline_with_the_real_features():
    import tensorflow_datasets as tfds

    folder = tfds_data.prepare()
    assert tfds_data.prepare() == folder  # prepared once, then reused
    assert (folder / "dataset_info.json").is_file()
    (train, test), info = tfds.load(
        "fashion_mnist", split=["train", "test"], as_supervised=True, with_info=True
    )
    assert info.splits["train"].num_examples == 200 and info.splits["test"].num_examples == 50
    assert info.features["label"].names[9] == "Ankle boot"
    image, label = next(iter(train))
    assert image.shape == (28, 28, 1) and image.dtype.name == "uint8"
    assert sorted({int(label) for _, label in test}) == list(range(10))

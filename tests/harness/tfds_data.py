"""A tiny TensorFlow Datasets data dir, so ``tfds.load("fashion_mnist", ...)`` runs offline.

Snippets call TensorFlow Datasets exactly as a reader does, with no ``data_dir``:
``tfds.load("fashion_mnist", split=..., as_supervised=True)``. TFDS looks for prepared data in
``$TFDS_DATA_DIR`` (``~/tensorflow_datasets`` by default) and downloads only when it finds none.
``offline.prepare_environment`` points ``TFDS_DATA_DIR`` into the temporary Keras home, and
``prepare()`` writes a real prepared copy of ``fashion_mnist`` there: same builder, version,
features and file format as TFDS writes after a download, but with the 200 + 50 images of the
Keras Fashion-MNIST fixture. ``tfds.load`` then reads those files through its normal code path.

Why this and not the alternatives (checked with tensorflow-datasets 4.9.10 in this venv):

* ``tfds.testing.mock_data`` works offline, but it replaces ``tfds.load`` itself and yields
  random examples, so the snippet's real call would not run and a model could not learn;
* a ``data_dir=`` argument or an "if the data exists" branch in the snippet would be test-only
  code in the reader's copy, which the snippet contract forbids;
* the builder's own ``download_and_prepare`` fetches the real files (no network here, and a
  checksum check that a tiny file fails), so ``prepare()`` hands the builder its examples
  through ``_split_generators`` and lets it write, shuffle and describe them itself.

TFDS 4.9.10 uses ``importlib_resources`` while preparing data, but declares it only for
Python < 3.9 (tensorflow/datasets#11212). Loading already-prepared data does not touch it;
preparing does. The project pins ``importlib_resources`` in pyproject.toml; where it is missing
(a reader's environment), ``prepare()`` lends the standard library's ``importlib.resources``
(same API on Python 3.11) while it writes the files.

``prepare()`` runs once per process, after TensorFlow is imported: from tests/test_snippets.py
and ``python -m tests.harness.run``. It takes about half a second.
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

NAME = "fashion_mnist"


def data_dir() -> Path:
    return Path(os.environ["TFDS_DATA_DIR"])


def prepare() -> Path:
    """Write the prepared ``fashion_mnist`` under ``$TFDS_DATA_DIR`` (once); return its folder."""
    import tensorflow as tf
    import tensorflow_datasets as tfds

    builder = tfds.builder(NAME, data_dir=str(data_dir()))
    if builder.is_prepared():
        return Path(builder.data_dir)
    (x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()

    def examples(images, labels):
        for index, (image, label) in enumerate(zip(images, labels, strict=True)):
            yield index, {"image": image[..., None], "label": int(label)}

    builder._split_generators = lambda dl_manager: {  # noqa: ARG005 (nothing to download)
        "train": examples(x_train, y_train),
        "test": examples(x_test, y_test),
    }
    lent = False
    try:
        import importlib_resources  # noqa: F401
    except ModuleNotFoundError:
        sys.modules["importlib_resources"] = importlib.resources
        lent = True
    from tensorflow_datasets.core.utils import tqdm_utils

    shown = tqdm_utils._active
    tfds.display_progress_bar(False)
    try:
        builder.download_and_prepare()
    finally:
        tfds.display_progress_bar(shown)
        if lent:
            sys.modules.pop("importlib_resources", None)
    return Path(builder.data_dir)

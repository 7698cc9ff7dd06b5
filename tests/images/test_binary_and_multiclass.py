"""docs/images/binary-and-multiclass.md: the errors it quotes are the ones Keras raises.

A label format that does not match the loss stops ``fit`` at once; the page quotes both messages
(start of each, up to "Received:"), and they are produced here from rock-paper-scissors folders.
"""

from __future__ import annotations

import re
import shutil

import pytest

from tests.harness import offline
from tests.harness.markdown import DOCS


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()


@pytest.fixture(scope="module")
def rps_folder(tmp_path_factory):
    """The rps.zip fixture, unpacked: rps/ with one folder per class."""
    import tensorflow as tf

    archive = tf.keras.utils.get_file(
        "rps.zip", origin="https://storage.googleapis.com/download.tensorflow.org/data/rps.zip"
    )
    folder = tmp_path_factory.mktemp("rps")
    shutil.unpack_archive(archive, folder)
    return folder / "rps"


def _error(rps_folder, label_mode: str, loss: str) -> str:
    import tensorflow as tf

    train_ds = tf.keras.utils.image_dataset_from_directory(
        rps_folder, image_size=(30, 30), label_mode=label_mode
    )
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(30, 30, 3)),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss=loss)
    with pytest.raises(ValueError) as raised:
        model.fit(train_ds, epochs=1, verbose=0)
    return f"ValueError: {raised.value}".split(" Received:")[0].rstrip(".")


def _quoted(text: str) -> str:
    """A page's Markdown with inline code marks and line breaks flattened, for comparison."""
    return re.sub(r"\s+", " ", text.replace("``", "`"))


@pytest.mark.parametrize(
    ("label_mode", "loss"),
    [("int", "categorical_crossentropy"), ("categorical", "sparse_categorical_crossentropy")],
)
def test_the_quoted_error_is_what_keras_raises(rps_folder, label_mode, loss):
    message = _error(rps_folder, label_mode, loss)
    page = _quoted((DOCS / "images" / "binary-and-multiclass.md").read_text(encoding="utf-8"))
    assert f'`{loss}` with `"{label_mode}"` labels' in page or f"`{loss}` with one-hot labels" in page
    assert message in page, f"the page does not quote Keras's message: {message}"

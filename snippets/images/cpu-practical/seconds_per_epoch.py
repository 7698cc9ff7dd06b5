"""Measure seconds per epoch on rock-paper-scissors for a few CPU-friendly choices."""

# --8<-- [start:timer]
import time

import tensorflow as tf


class EpochTimer(tf.keras.callbacks.Callback):
    """Record the wall-clock seconds of every epoch in ``self.seconds``."""

    def on_epoch_begin(self, epoch, logs=None):
        self.start = time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        self.seconds.append(time.perf_counter() - self.start)

    def on_train_begin(self, logs=None):
        self.seconds = []


# --8<-- [end:timer]


# --8<-- [start:unpack]
import os
import shutil

import tensorflow as tf


def download_and_unpack(name, origin):
    """Download an archive once and unpack it into <name up to its first '.'>_extracted/ beside it;
    return that folder. It is the folder Keras 3.10 and later give get_file(..., extract=True);
    Keras 3.3 (the course labs) unpacks into the cache folder itself."""
    archive = tf.keras.utils.get_file(name, origin=origin)  # downloaded once, to ~/.keras/datasets/<name>
    folder = os.path.join(os.path.dirname(archive), name.split(".")[0] + "_extracted")
    shutil.unpack_archive(archive, folder)  # on every call, as extract=True does: always complete
    return folder


# --8<-- [end:unpack]

# --8<-- [start:setups]
root = download_and_unpack("rps.zip", "https://storage.googleapis.com/download.tensorflow.org/data/rps.zip")


def load(size, cache):
    """The training images at ``size`` x ``size``; optionally cached in memory after the first epoch."""
    ds = tf.keras.utils.image_dataset_from_directory(
        root + "/rps", image_size=(size, size), label_mode="categorical", seed=0, verbose=False
    )
    return ds.cache().prefetch(tf.data.AUTOTUNE) if cache else ds


def cnn(size, filters):
    """A small CNN; ``filters`` sets the width of its three Conv2D layers."""
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(size, size, 3)),
            tf.keras.layers.Rescaling(1.0 / 255),
            tf.keras.layers.Conv2D(filters, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Conv2D(2 * filters, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Conv2D(2 * filters, 3, activation="relu"),
            tf.keras.layers.GlobalAveragePooling2D(),
            tf.keras.layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


setups = [  # (label, image size, cache + prefetch, filters)
    ("150 px, no cache, 64 filters", 150, False, 64),
    ("150 px, cache + prefetch, 64 filters", 150, True, 64),
    ("75 px, cache + prefetch, 64 filters", 75, True, 64),
    ("75 px, cache + prefetch, 16 filters", 75, True, 16),
]
# --8<-- [end:setups]

# --8<-- [start:measure]
print(f"{'setup':38} {'epoch 1':>8} {'epoch 2':>8} {'epoch 3':>8}  (seconds)")
for label, size, cache, filters in setups:
    timer = EpochTimer()
    cnn(size, filters).fit(load(size, cache), epochs=3, callbacks=[timer], verbose=0)
    print(f"{label:38}" + "".join(f"{s:>9.1f}" for s in timer.seconds))
# --8<-- [end:measure]

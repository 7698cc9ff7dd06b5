"""Exercise solution: rock-paper-scissors with integer labels and the sparse loss."""

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

# --8<-- [start:solution]
import numpy as np

root = download_and_unpack("rps.zip", "https://storage.googleapis.com/download.tensorflow.org/data/rps.zip")
train_ds = tf.keras.utils.image_dataset_from_directory(
    root + "/rps", image_size=(150, 150), label_mode="int", seed=0
)  # labels 0, 1, 2
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(150, 150, 3)),
        tf.keras.layers.Rescaling(1.0 / 255),
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(32, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, epochs=5, verbose=0)

# Predict on photos the model never trained on: the separate test set.
test_root = download_and_unpack(
    "rps-test-set.zip", "https://storage.googleapis.com/learning-datasets/rps-test-set.zip"
)
test_ds = tf.keras.utils.image_dataset_from_directory(
    test_root + "/rps-test-set", image_size=(150, 150), label_mode="int", seed=0
)  # shuffled, so the first batch mixes the classes
images, labels = next(iter(test_ds))
print("labels:", labels[:5].numpy(), "predicted:", np.argmax(model.predict(images[:5], verbose=0), axis=1))
# --8<-- [end:solution]

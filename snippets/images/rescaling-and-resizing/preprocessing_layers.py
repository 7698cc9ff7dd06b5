"""Rescale and resize in the input pipeline, or inside the model with preprocessing layers."""

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

# --8<-- [start:data]
import numpy as np

root = download_and_unpack("rps.zip", "https://storage.googleapis.com/download.tensorflow.org/data/rps.zip")
train_ds = tf.keras.utils.image_dataset_from_directory(
    root + "/rps", image_size=(150, 150), label_mode="categorical", seed=1
)
print(train_ds.class_names, train_ds.element_spec[0].shape)  # pixels 0..255, already 150x150
# --8<-- [end:data]

# --8<-- [start:in-pipeline]
# Option 1: in the tf.data pipeline. The model then expects pixels in [0, 1], and so does
# every caller of model.predict: they must rescale (and resize) exactly the same way.
scaled_ds = train_ds.map(lambda images, labels: (images / 255.0, labels))
pipeline_model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(150, 150, 3)),
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)
# --8<-- [end:in-pipeline]

# --8<-- [start:in-model]
# Option 2: inside the model. It takes raw pixels of any size and does its own preparation,
# so the saved model carries its preprocessing with it.
layers_model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(None, None, 3)),  # any height and width
        tf.keras.layers.Resizing(75, 75),  # smaller images: about 4x less work per convolution
        tf.keras.layers.Rescaling(1.0 / 255),  # 0..255 -> 0..1
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)
# --8<-- [end:in-model]

# --8<-- [start:train-both]
for model, data in ((pipeline_model, scaled_ds), (layers_model, train_ds)):
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    model.fit(data, epochs=3, verbose=0)

photo = (
    np.random.default_rng(0).integers(0, 256, size=(1, 300, 240, 3)).astype("float32")
)  # a raw odd-sized photo
print("layers model on a raw 300x240 photo:", layers_model.predict(photo, verbose=0).round(2))
resized = tf.image.resize(photo, (150, 150)) / 255.0  # the pipeline model needs this done first
print("pipeline model after resize + rescale:", pipeline_model.predict(resized, verbose=0).round(2))
# --8<-- [end:train-both]

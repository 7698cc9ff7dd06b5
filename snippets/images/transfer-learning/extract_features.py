"""Feature extraction: run a pre-trained base once, then train a small classifier on its output."""

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

# --8<-- [start:features]
import numpy as np

BASE = "https://storage.googleapis.com/download.tensorflow.org/data/"
train_dir = download_and_unpack("horse-or-human.zip", BASE + "horse-or-human.zip")
valid_dir = download_and_unpack("validation-horse-or-human.zip", BASE + "validation-horse-or-human.zip")
train_ds = tf.keras.utils.image_dataset_from_directory(train_dir, image_size=(96, 96), label_mode="binary")
valid_ds = tf.keras.utils.image_dataset_from_directory(valid_dir, image_size=(96, 96), label_mode="binary")

extractor = tf.keras.applications.MobileNetV2(
    input_shape=(96, 96, 3), alpha=0.35, include_top=False, weights="imagenet", pooling="avg"
)  # global average pooling built in: one vector of 1280 numbers per image
preprocess = tf.keras.applications.mobilenet_v2.preprocess_input  # 0..255 -> -1..1


def extract(dataset):
    """Run every batch through the frozen extractor once; return (features, labels) arrays."""
    features, labels = [], []
    for images, batch_labels in dataset:
        features.append(extractor.predict(preprocess(images), verbose=0))
        labels.append(batch_labels.numpy())
    return np.concatenate(features), np.concatenate(labels)


train_features, train_labels = extract(train_ds)
valid_features, valid_labels = extract(valid_ds)
print("features:", train_features.shape)  # (number of images, 1280)
# --8<-- [end:features]

# --8<-- [start:classifier]
classifier = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(train_features.shape[1],)),
        tf.keras.layers.Dropout(0.3),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
classifier.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
classifier.fit(
    train_features, train_labels, validation_data=(valid_features, valid_labels), epochs=20, verbose=0
)  # each epoch takes milliseconds: no convolutions left to run
print("validation accuracy:", classifier.evaluate(valid_features, valid_labels, verbose=0)[1])
# --8<-- [end:classifier]

# --8<-- [start:intermediate]
# Features from an inner layer instead of the last one (the course cut InceptionV3 at "mixed7"):
# earlier layers hold more general, less ImageNet-specific features.
cut = extractor.get_layer("block_13_expand_relu")
inner = tf.keras.Model(extractor.input, cut.output)
print("inner features:", inner.output.shape)
# --8<-- [end:intermediate]

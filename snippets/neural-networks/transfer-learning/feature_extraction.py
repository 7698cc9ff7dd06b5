"""Extract features with a pre-trained MobileNetV2 and train a small classifier on them."""

# --8<-- [start:data]
import os

import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "cats_and_dogs_filtered.zip",
    origin="https://storage.googleapis.com/mledu-datasets/cats_and_dogs_filtered.zip", extract=True)
base_dir = os.path.join(path, "cats_and_dogs_filtered")
IMAGE_SIZE = (96, 96)  # small images keep this fast on a CPU; MobileNetV2 has weights for 96..224
train_ds = tf.keras.utils.image_dataset_from_directory(
    os.path.join(base_dir, "train"), image_size=IMAGE_SIZE, batch_size=32, label_mode="binary", seed=0)
val_ds = tf.keras.utils.image_dataset_from_directory(
    os.path.join(base_dir, "validation"), image_size=IMAGE_SIZE, batch_size=32, label_mode="binary")
print(train_ds.class_names)  # ['cats', 'dogs']
# --8<-- [end:data]

# --8<-- [start:base]
base = tf.keras.applications.MobileNetV2(
    input_shape=IMAGE_SIZE + (3,),
    alpha=0.35,  # a slim version: 0.4 million parameters
    include_top=False,  # drop the 1000-class ImageNet classifier: keep the feature extractor
    weights="imagenet",  # download the ImageNet weights once, into ~/.keras/models/
)
base.trainable = False  # use it as it is: its weights must not change
print("features per image:", base.output_shape)  # (None, 3, 3, 1280)
# --8<-- [end:base]


# --8<-- [start:extract]
def extract_features(dataset):
    """Run every image of ``dataset`` through the frozen base; return features and labels.

    >>> batch = (tf.zeros((2, 96, 96, 3)), tf.constant([[0.0], [1.0]]))
    >>> features, labels = extract_features(tf.data.Dataset.from_tensors(batch))
    >>> features.shape, labels.shape
    ((2, 1280), (2, 1))
    """
    features, labels = [], []
    for images, batch_labels in dataset:
        images = tf.keras.applications.mobilenet_v2.preprocess_input(images)  # 0..255 -> -1..1
        maps = base(images, training=False)  # (batch, 3, 3, 1280)
        features.append(tf.keras.layers.GlobalAveragePooling2D()(maps).numpy())  # (batch, 1280)
        labels.append(batch_labels.numpy())
    return np.concatenate(features), np.concatenate(labels)


train_features, train_labels = extract_features(train_ds)
val_features, val_labels = extract_features(val_ds)
print("training features:", train_features.shape)  # (2000, 1280) for the real data
# --8<-- [end:extract]

# --8<-- [start:classifier]
tf.keras.utils.set_random_seed(0)
classifier = tf.keras.Sequential([
    tf.keras.Input(shape=(1280,)),
    tf.keras.layers.Dropout(0.2),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])
classifier.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
classifier.fit(train_features, train_labels, epochs=20, validation_data=(val_features, val_labels), verbose=0)
print("validation accuracy:", round(classifier.evaluate(val_features, val_labels, verbose=0)[1], 3))
# --8<-- [end:classifier]

# --8<-- [start:intermediate]
# Features from an earlier layer: more general (edges, textures), less ImageNet-specific.
layer = base.get_layer("block_13_expand_relu")
early_extractor = tf.keras.Model(inputs=base.input, outputs=layer.output)
print(layer.name, "gives", early_extractor.output_shape)  # (None, 6, 6, 192)
# --8<-- [end:intermediate]

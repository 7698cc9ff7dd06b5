"""Multi-class classification of real photos: rock, paper or scissors, a 3-way softmax."""

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

train_root = download_and_unpack(
    "rps.zip", "https://storage.googleapis.com/download.tensorflow.org/data/rps.zip"
)
test_root = download_and_unpack(
    "rps-test-set.zip", "https://storage.googleapis.com/learning-datasets/rps-test-set.zip"
)
# Validate on a fifth of rps/ (the same split every run: seed=0); the test set judges the end result.
train_ds, valid_ds = tf.keras.utils.image_dataset_from_directory(
    train_root + "/rps",
    image_size=(150, 150),
    label_mode="categorical",  # one-hot rows
    validation_split=0.2,
    subset="both",
    seed=0,
)
test_ds = tf.keras.utils.image_dataset_from_directory(
    test_root + "/rps-test-set", image_size=(150, 150), label_mode="categorical", shuffle=False
)
class_names = train_ds.class_names
print(class_names)  # ['paper', 'rock', 'scissors']: column 0, 1 and 2 of a label
# --8<-- [end:data]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(150, 150, 3)),
        tf.keras.layers.Rescaling(1.0 / 255),
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(32, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(64, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dropout(0.5),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(3, activation="softmax"),  # three probabilities that sum to 1
    ]
)
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(train_ds, validation_data=valid_ds, epochs=10, verbose=2)
# --8<-- [end:model]

# --8<-- [start:predict]
# The test photos, once, after training: hands shot apart from the training photos.
test_loss, test_accuracy = model.evaluate(test_ds, verbose=0)
print(f"test accuracy: {test_accuracy:.3f}")
# test_ds is not shuffled, so its first batch holds one class only: pick 2 photos of each class
# from a shuffled copy instead.
shuffled = test_ds.unbatch().shuffle(1000, seed=0)
picked = [shuffled.filter(lambda image, label, c=c: tf.argmax(label) == c).take(2) for c in range(3)]
images, labels = next(iter(picked[0].concatenate(picked[1]).concatenate(picked[2]).batch(6)))
probabilities = model.predict(images, verbose=0)  # shape (6, 3): a row per image
for row, label in zip(probabilities, labels):
    print(
        np.round(row, 2),
        "->",
        class_names[int(np.argmax(row))],
        f"(true: {class_names[int(np.argmax(label))]})",
    )
# --8<-- [end:predict]

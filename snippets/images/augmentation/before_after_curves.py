"""Train the same CNN on horses-or-humans without and with augmentation; plot both curves."""

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
import matplotlib.pyplot as plt

BASE = "https://storage.googleapis.com/download.tensorflow.org/data/"
train_dir = download_and_unpack("horse-or-human.zip", BASE + "horse-or-human.zip")
valid_dir = download_and_unpack("validation-horse-or-human.zip", BASE + "validation-horse-or-human.zip")
train_ds = tf.keras.utils.image_dataset_from_directory(
    train_dir, image_size=(150, 150), label_mode="binary", batch_size=None
)  # single images, batched below
# Shuffle after cache(), or every epoch would replay the first epoch's order.
train_ds = train_ds.cache().shuffle(1024, seed=0).batch(32).prefetch(tf.data.AUTOTUNE)
valid_ds = tf.keras.utils.image_dataset_from_directory(
    valid_dir, image_size=(150, 150), label_mode="binary", shuffle=False
).cache()
# --8<-- [end:data]


# --8<-- [start:model]
def make_model(augmented):
    """The same small CNN (with dropout) every time; ``augmented=True`` adds only the random changes.

    One factor at a time: were dropout added with augmentation, the curves could not say which helped.
    """
    extra = (
        [
            tf.keras.layers.RandomFlip("horizontal"),
            tf.keras.layers.RandomRotation(0.1),
            tf.keras.layers.RandomZoom(0.2),
        ]
        if augmented
        else []
    )
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(150, 150, 3)),
            *extra,  # augmentation layers run in training only
            tf.keras.layers.Rescaling(1.0 / 255),
            tf.keras.layers.Conv2D(16, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Conv2D(32, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Conv2D(64, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dropout(0.5),  # in both models: augmentation is the only difference
            tf.keras.layers.Dense(128, activation="relu"),
            tf.keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


# --8<-- [end:model]


# --8<-- [start:train]
histories = {}
for augmented in (False, True):
    tf.keras.utils.set_random_seed(0)
    history = make_model(augmented).fit(train_ds, validation_data=valid_ds, epochs=15, verbose=0)
    histories["with augmentation" if augmented else "without"] = history.history
# --8<-- [end:train]

# --8<-- [start:plot]
fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
for ax, (name, history) in zip(axes, histories.items()):
    epochs = range(1, len(history["accuracy"]) + 1)
    ax.plot(epochs, history["accuracy"], label="training accuracy")
    ax.plot(epochs, history["val_accuracy"], label="validation accuracy")
    ax.set_title(name)
    ax.set_xlabel("epoch")
    ax.legend()
fig.tight_layout()
fig.savefig("augmentation_curves.png", dpi=72, bbox_inches="tight")
plt.show()
# --8<-- [end:plot]

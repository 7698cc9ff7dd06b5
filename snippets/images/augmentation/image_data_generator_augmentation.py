"""The course-era way to augment: ImageDataGenerator arguments (deprecated in Keras 3)."""

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

# --8<-- [start:generator]
from tensorflow.keras.preprocessing.image import ImageDataGenerator

BASE = "https://storage.googleapis.com/download.tensorflow.org/data/"
train_dir = download_and_unpack("horse-or-human.zip", BASE + "horse-or-human.zip")

train_datagen = ImageDataGenerator(
    rescale=1 / 255,
    rotation_range=40,  # rotate by up to 40 degrees either way
    width_shift_range=0.2,  # shift left or right by up to 20% of the width
    height_shift_range=0.2,  # shift up or down by up to 20% of the height
    shear_range=0.2,  # slant by up to 0.2 degrees (the unit is degrees: barely visible)
    zoom_range=0.2,  # zoom in or out by up to 20%
    horizontal_flip=True,  # mirror left-right at random
    fill_mode="nearest",  # fill the pixels uncovered by a shift or rotation with the nearest edge
)  # the geometric changes call SciPy: pip install scipy if the first batch raises ImportError
train_generator = train_datagen.flow_from_directory(
    train_dir, target_size=(150, 150), batch_size=32, class_mode="binary"
)
# --8<-- [end:generator]

# --8<-- [start:fit]
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(150, 150, 3)),  # already scaled to [0, 1] by the generator
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(32, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dropout(0.5),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
# model.fit takes the generator directly; fit_generator is gone in Keras 3.
history = model.fit(train_generator, epochs=15, verbose=0)
print("epochs run:", len(history.epoch))
# --8<-- [end:fit]

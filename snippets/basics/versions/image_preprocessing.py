"""ImageDataGenerator and layers.experimental.preprocessing next to the Keras 3 way."""

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

# --8<-- [start:dataset-from-directory]
path = download_and_unpack(
    "horse-or-human.zip", "https://storage.googleapis.com/download.tensorflow.org/data/horse-or-human.zip"
)  # a folder with horses/ and humans/
train = tf.keras.utils.image_dataset_from_directory(
    path, image_size=(150, 150), batch_size=32, label_mode="binary", seed=0
)  # labels come from the folder names, as with flow_from_directory
print(train.class_names)

augment = tf.keras.Sequential(
    [
        tf.keras.layers.Rescaling(1 / 255),  # was ImageDataGenerator(rescale=1/255)
        tf.keras.layers.RandomFlip("horizontal"),  # was horizontal_flip=True
        tf.keras.layers.RandomRotation(0.1),  # was rotation_range=36 (degrees; here a fraction of a turn)
    ]
)
images, labels = next(iter(train))
print(augment(images, training=True).shape, labels.shape)
# --8<-- [end:dataset-from-directory]

# --8<-- [start:image-data-generator]
import keras

# Still runs from tf.keras (a legacy copy) ...
legacy = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1 / 255, horizontal_flip=True)
batches = legacy.flow_from_directory(path, target_size=(150, 150), batch_size=32, class_mode="binary")
print(batches.class_indices)  # {'horses': 0, 'humans': 1}: labels from folder names, as before

# ... but standalone Keras 3 no longer has it:
try:
    keras.preprocessing.image.ImageDataGenerator
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:image-data-generator]

# --8<-- [start:experimental]
try:
    tf.keras.layers.experimental.preprocessing.Rescaling(1 / 255)  # course-era path
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")

rescale = tf.keras.layers.Rescaling(1 / 255)  # the same layer, now in tf.keras.layers
# --8<-- [end:experimental]

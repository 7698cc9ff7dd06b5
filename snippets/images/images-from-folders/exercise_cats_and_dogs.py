"""Exercise solution: a train/validation tree of JPEGs of many sizes (cats vs dogs)."""

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
from PIL import Image

root = download_and_unpack(
    "cats_and_dogs_filtered.zip", "https://storage.googleapis.com/mledu-datasets/cats_and_dogs_filtered.zip"
)
base = os.path.join(root, "cats_and_dogs_filtered")
print(sorted(os.listdir(base)))  # ['train', 'validation', 'vectorize.py']: the labels are one level down

cats = os.path.join(base, "train", "cats")
sizes = set()
for name in os.listdir(cats):
    with Image.open(os.path.join(cats, name)) as image:
        sizes.add(image.size)
print(f"{len(sizes)} different sizes among the training cats")

train_ds = tf.keras.utils.image_dataset_from_directory(
    os.path.join(base, "train"), image_size=(150, 150), label_mode="binary"
)
valid_ds = tf.keras.utils.image_dataset_from_directory(
    os.path.join(base, "validation"), image_size=(150, 150), label_mode="binary"
)
print(train_ds.class_names, valid_ds.class_names)  # both ['cats', 'dogs']: cats are 0, dogs are 1
# --8<-- [end:solution]

"""Exercise solution: a train/validation tree of JPEGs of many sizes (cats vs dogs)."""

# --8<-- [start:solution]
import os

import tensorflow as tf
from PIL import Image

root = tf.keras.utils.get_file(
    "cats_and_dogs_filtered.zip",
    origin="https://storage.googleapis.com/mledu-datasets/cats_and_dogs_filtered.zip",
    extract=True,
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

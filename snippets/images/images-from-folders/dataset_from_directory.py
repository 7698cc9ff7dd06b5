"""Load folders of real-world photos of any size; the folder names become the labels."""

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

# --8<-- [start:download]
import matplotlib.pyplot as plt
from PIL import Image

BASE = "https://storage.googleapis.com/download.tensorflow.org/data/"
train_dir = download_and_unpack("horse-or-human.zip", BASE + "horse-or-human.zip")
valid_dir = download_and_unpack("validation-horse-or-human.zip", BASE + "validation-horse-or-human.zip")
print(train_dir)  # .../datasets/horse-or-human_extracted: one folder per class


def image_sizes(folder):
    """The distinct (width, height) sizes of the image files in ``folder``, smallest first."""
    sizes = set()
    for name in os.listdir(folder):
        with Image.open(os.path.join(folder, name)) as image:  # reads the header only
            sizes.add(image.size)
    return sorted(sizes)


for name in sorted(os.listdir(train_dir)):
    folder = os.path.join(train_dir, name)
    print(f"{name}/: {len(os.listdir(folder))} files, sizes {image_sizes(folder)}")
# --8<-- [end:download]

# --8<-- [start:load]
train_ds = tf.keras.utils.image_dataset_from_directory(
    train_dir,
    image_size=(150, 150),  # every image is resized to this as it is loaded
    batch_size=32,
    label_mode="binary",  # labels 0.0 / 1.0 for a sigmoid output; "int" and "categorical" also exist
    shuffle=True,
    seed=42,
)
valid_ds = tf.keras.utils.image_dataset_from_directory(
    valid_dir, image_size=(150, 150), batch_size=32, label_mode="binary", shuffle=False
)
print("class_names:", train_ds.class_names)  # sorted folder names; the label is the index
# --8<-- [end:load]

# --8<-- [start:batch]
images, labels = next(iter(train_ds))
print(
    "images",
    images.shape,
    images.dtype,
    "values",
    float(tf.reduce_min(images)),
    "to",
    float(tf.reduce_max(images)),
)
print(
    "labels",
    labels.shape,
    "first ones:",
    labels[:4, 0].numpy(),
    "=",
    [train_ds.class_names[int(label)] for label in labels[:4, 0]],
)
# --8<-- [end:batch]

# --8<-- [start:show]
images, labels = next(iter(train_ds))  # a batch of 32, in a new shuffled order each time
plt.figure(figsize=(9, 6))
for index in range(12):  # its first 12 images
    plt.subplot(3, 4, index + 1)
    plt.imshow(images[index].numpy().astype("uint8"))  # imshow wants 0..255 as integers (or 0..1 floats)
    plt.title(train_ds.class_names[int(labels[index, 0])])
    plt.axis("off")
plt.tight_layout()
plt.show()
# --8<-- [end:show]

# --8<-- [start:default-size]
default = tf.keras.utils.image_dataset_from_directory(train_dir, label_mode="binary")
print("default image batches:", default.element_spec[0].shape)  # (None, 256, 256, 3)
# --8<-- [end:default-size]

# --8<-- [start:validation-split]
# One folder, split in two: the same seed and validation_split in both calls, so the two
# subsets shuffle the file list the same way and do not overlap.
train_part = tf.keras.utils.image_dataset_from_directory(
    train_dir, validation_split=0.2, subset="training", seed=42, image_size=(150, 150), label_mode="binary"
)
valid_part = tf.keras.utils.image_dataset_from_directory(
    train_dir, validation_split=0.2, subset="validation", seed=42, image_size=(150, 150), label_mode="binary"
)
print("files:", len(train_part.file_paths), "training +", len(valid_part.file_paths), "validation")
print("overlap:", len(set(train_part.file_paths) & set(valid_part.file_paths)), "files")  # 0
# --8<-- [end:validation-split]

# --8<-- [start:fixed-order]
# Folder order is alphabetical. To fix the label numbers yourself, name the classes:
fixed = tf.keras.utils.image_dataset_from_directory(
    train_dir, image_size=(150, 150), label_mode="binary", class_names=["humans", "horses"], seed=42
)
print("with class_names given:", fixed.class_names, "-> humans are 0, horses are 1")
# --8<-- [end:fixed-order]

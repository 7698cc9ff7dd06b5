"""The course-era way: ImageDataGenerator.flow_from_directory (deprecated, still in tf.keras)."""

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

# --8<-- [start:flow]
from tensorflow.keras.preprocessing.image import ImageDataGenerator

BASE = "https://storage.googleapis.com/download.tensorflow.org/data/"
train_dir = download_and_unpack("horse-or-human.zip", BASE + "horse-or-human.zip")

train_datagen = ImageDataGenerator(rescale=1 / 255)  # pixels scaled to [0, 1] as they load
train_generator = train_datagen.flow_from_directory(
    train_dir,
    target_size=(150, 150),  # every image is resized to this
    batch_size=32,
    class_mode="binary",  # one 0/1 label per image; "categorical" gives one-hot rows
)
print("class_indices:", train_generator.class_indices)  # folder name -> label
# --8<-- [end:flow]

# --8<-- [start:batch]
images, labels = next(train_generator)
print("images", images.shape, images.dtype, "values", images.min(), "to", images.max())
print("labels", labels.shape, labels[:4])
print("label of every file, in order:", train_generator.classes[:3], "...", train_generator.classes[-3:])
# --8<-- [end:batch]

# --8<-- [start:what-it-is]
from tensorflow.keras.preprocessing.image import ImageDataGenerator

# In Keras 3 this class lives in a "legacy" module and its docstring says only "DEPRECATED.".
print(ImageDataGenerator.__module__)
print(ImageDataGenerator.__doc__)
# --8<-- [end:what-it-is]

"""Load the IMDB reviews from a tree of folders, one folder per class, with text_dataset_from_directory."""

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
    shutil.unpack_archive(archive, folder, filter="data")  # "data": no paths outside the folder
    return folder


# --8<-- [end:unpack]

# --8<-- [start:download]
root = download_and_unpack(
    "aclImdb_v1.tar.gz", "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz"
)
imdb = os.path.join(root, "aclImdb")  # the archive holds one folder, aclImdb/
print(sorted(os.listdir(imdb)))
print(sorted(os.listdir(os.path.join(imdb, "train"))))
# --8<-- [end:download]

# --8<-- [start:unsup]
# train/ also holds unsup/: unlabelled reviews. Every sub-folder becomes a class, so remove it
# (as the TensorFlow tutorial does), or pass class_names=["neg", "pos"] to skip it.
shutil.rmtree(os.path.join(imdb, "train", "unsup"), ignore_errors=True)
# --8<-- [end:unsup]

# --8<-- [start:datasets]
train, validation = tf.keras.utils.text_dataset_from_directory(
    os.path.join(imdb, "train"),
    batch_size=32,
    validation_split=0.2,
    subset="both",  # both splits in one call, with the same seed
    seed=42,
)
test = tf.keras.utils.text_dataset_from_directory(os.path.join(imdb, "test"), batch_size=32)
print("classes:", train.class_names)  # folder names, in alphabetical order: label 0, label 1
for texts, labels in train.take(1):
    print(texts.shape, labels.shape)
    print(labels[0].numpy(), texts[0].numpy()[:80])
# --8<-- [end:datasets]

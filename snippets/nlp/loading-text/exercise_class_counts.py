"""Exercise solution: count the reviews of each class in the IMDB test folder."""

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

# --8<-- [start:solution]
import collections

root = download_and_unpack(
    "aclImdb_v1.tar.gz", "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz"
)
test = tf.keras.utils.text_dataset_from_directory(
    os.path.join(root, "aclImdb", "test"), batch_size=256, shuffle=False
)
counts = collections.Counter()
for _, labels in test:
    counts.update(labels.numpy().tolist())
print({test.class_names[label]: count for label, count in sorted(counts.items())})
# --8<-- [end:solution]

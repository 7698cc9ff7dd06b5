"""Exercise solution: count the reviews of each class in the IMDB test folder."""

# --8<-- [start:solution]
import collections
import os

import tensorflow as tf

root = tf.keras.utils.get_file(
    "aclImdb_v1.tar.gz",
    origin="https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz",
    extract=True,
)
test = tf.keras.utils.text_dataset_from_directory(
    os.path.join(root, "aclImdb", "test"), batch_size=256, shuffle=False
)
counts = collections.Counter()
for _, labels in test:
    counts.update(labels.numpy().tolist())
print({test.class_names[label]: count for label, count in sorted(counts.items())})
# --8<-- [end:solution]

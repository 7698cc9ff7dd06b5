"""Load the sarcasm headlines from a JSON file into Python lists and a tf.data.Dataset."""

# --8<-- [start:load]
import json

import tensorflow as tf

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path, encoding="utf-8") as handle:
    records = json.load(handle)  # one list of dicts: {"article_link", "headline", "is_sarcastic"}

headlines = [record["headline"] for record in records]
labels = [record["is_sarcastic"] for record in records]
print(len(headlines), "headlines; the first:", headlines[0], "->", labels[0])
# --8<-- [end:load]

# --8<-- [start:dataset]
dataset = tf.data.Dataset.from_tensor_slices((headlines, labels))
for text, label in dataset.take(2):
    print(text.numpy().decode(), "->", label.numpy())
# --8<-- [end:dataset]

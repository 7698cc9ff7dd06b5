"""A JSON file into a tf.data.Dataset: the sarcasm headlines (an array of objects)."""

# --8<-- [start:json]
import json

import tensorflow as tf

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path) as handle:
    records = json.load(handle)  # a list of dicts: article_link, headline, is_sarcastic
print(len(records), "records; first:", records[0])

headlines = [record["headline"] for record in records]
labels = [record["is_sarcastic"] for record in records]
dataset = tf.data.Dataset.from_tensor_slices((headlines, labels))
print(dataset.element_spec)  # (TensorSpec(shape=(), dtype=tf.string), TensorSpec(shape=(), dtype=tf.int32))
# --8<-- [end:json]

"""Exercise solution: read sarcasm.json with pandas and report the share of sarcastic headlines."""

# --8<-- [start:solution]
import pandas as pd
import tensorflow as tf

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
frame = pd.read_json(path)  # a JSON array of objects -> one row per object, one column per key
print(frame.columns.tolist())  # ['article_link', 'headline', 'is_sarcastic']
print(f"sarcastic: {frame['is_sarcastic'].mean():.1%} of {len(frame)} headlines")
dataset = tf.data.Dataset.from_tensor_slices((frame["headline"].to_numpy(), frame["is_sarcastic"].to_numpy()))
print(dataset.cardinality().numpy(), "elements")
# --8<-- [end:solution]

"""A CSV file into a tf.data.Dataset with pandas: bbc-text.csv (category,text)."""

# --8<-- [start:pandas]
import pandas as pd
import tensorflow as tf

path = tf.keras.utils.get_file(
    "bbc-text.csv", origin="https://storage.googleapis.com/learning-datasets/bbc-text.csv"
)
frame = pd.read_csv(path)  # header row: category,text
print(frame.shape, list(frame.columns))
print(frame["category"].value_counts())

categories = sorted(frame["category"].unique())  # ['business', 'entertainment', ...]
labels = frame["category"].map(categories.index).to_numpy()  # category name -> integer 0..4
dataset = tf.data.Dataset.from_tensor_slices((frame["text"].to_numpy(), labels))
for text, label in dataset.take(1):
    print(categories[int(label)], "|", text.numpy().decode()[:60], "...")
# --8<-- [end:pandas]

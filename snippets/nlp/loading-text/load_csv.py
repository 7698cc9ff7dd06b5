"""Load the BBC news articles from a CSV file with a header row category,text."""

# --8<-- [start:load]
import csv

import tensorflow as tf

path = tf.keras.utils.get_file(
    "bbc-text.csv", origin="https://storage.googleapis.com/learning-datasets/bbc-text.csv"
)
with open(path, encoding="utf-8", newline="") as handle:
    rows = list(csv.DictReader(handle))  # the header names the columns

categories = [row["category"] for row in rows]
texts = [row["text"] for row in rows]
print(len(texts), "articles in", len(set(categories)), "categories:", sorted(set(categories)))
print(categories[0], "->", texts[0][:60], "...")
# --8<-- [end:load]

# --8<-- [start:pandas]
import pandas as pd

frame = pd.read_csv(path)
print(frame.shape, list(frame.columns))
print(frame["category"].value_counts())
# --8<-- [end:pandas]

"""The course-era way to number the categories: a second Tokenizer, with labels from 1."""

# --8<-- [start:tokenizer]
import csv

import numpy as np
import tensorflow as tf
from tensorflow.keras.preprocessing.text import Tokenizer  # legacy in Keras 3

path = tf.keras.utils.get_file(
    "bbc-text.csv", origin="https://storage.googleapis.com/learning-datasets/bbc-text.csv"
)
with open(path, encoding="utf-8", newline="") as handle:
    categories = [row["category"] for row in csv.DictReader(handle)]

label_tokenizer = Tokenizer()
label_tokenizer.fit_on_texts(categories)
print(label_tokenizer.word_index)  # ids start at 1: id 0 is reserved for padding
labels = np.array(label_tokenizer.texts_to_sequences(categories))
print(labels.shape, sorted(set(labels[:, 0].tolist())))  # (n, 1), values 1..5
# So the course's last layer was Dense(6, activation="softmax"): six outputs, one never used.
# --8<-- [end:tokenizer]

"""Practice exam, problem 4 (category 4, text): the starter file.

Run it, then grade the model it saves, from the repository's folder:

    python snippets/practice-exam/problem4/starter.py
    python scripts/grade.py problem4 mymodel.h5
"""

import json

import numpy as np
import tensorflow as tf

TF_DATA = "https://storage.googleapis.com/download.tensorflow.org/data/"
VOCAB_SIZE, MAX_LENGTH = 1000, 120


# --8<-- [start:data]
def training_split(count):
    """Rows to train on: the first 20,000 (three quarters of a shorter file); the rest are held out.

    >>> training_split(26709), training_split(60)
    (20000, 45)
    """
    return min(20000, count * 3 // 4)


def sarcasm_sequences():
    """Headlines as padded sequences of word indices, and the labels, split as the grader does."""
    path = tf.keras.utils.get_file("sarcasm.json", origin=TF_DATA + "sarcasm.json")
    with open(path, encoding="utf-8") as handle:
        rows = json.load(handle)
    headlines = [row["headline"] for row in rows]
    labels = np.array([row["is_sarcastic"] for row in rows])
    split = training_split(len(rows))

    # The vocabulary comes from the training headlines only; 0 pads, 1 is any other word.
    vectorize = tf.keras.layers.TextVectorization(max_tokens=VOCAB_SIZE, output_sequence_length=MAX_LENGTH)
    vectorize.adapt(headlines[:split])
    sequences = vectorize(tf.constant(headlines)).numpy()
    return (sequences[:split], labels[:split]), (sequences[split:], labels[split:])
# --8<-- [end:data]


# --8<-- [start:solution-model]
def solution_model():
    (x_train, y_train), (x_test, y_test) = sarcasm_sequences()

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(MAX_LENGTH,)),
        tf.keras.layers.Embedding(VOCAB_SIZE, 16),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dense(24, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    model.fit(x_train, y_train, epochs=10, validation_data=(x_test, y_test))
    return model
# --8<-- [end:solution-model]


# --8<-- [start:save]
if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:save]

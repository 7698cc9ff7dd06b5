"""Practice exam, problem 4 (category 4, text): the starter file.

Run it, then grade the model it saves, from the repository's folder:

    python snippets/practice-exam/problem4/starter.py
    python scripts/grade.py problem4 mymodel.h5
"""

# --8<-- [start:data]
import json

import numpy as np
import tensorflow as tf
from tensorflow.keras.preprocessing.sequence import pad_sequences
from tensorflow.keras.preprocessing.text import Tokenizer

TF_DATA = "https://storage.googleapis.com/download.tensorflow.org/data/"

# The exam starter's fixed values.
vocab_size = 1000
embedding_dim = 16
max_length = 120
trunc_type = "post"
padding_type = "post"
oov_tok = "<OOV>"
training_size = 20000


def training_split(count):
    """Rows to train on: the first 20,000 (three quarters of a shorter file); the rest are held out.

    >>> training_split(26709), training_split(60)
    (20000, 45)
    """
    return min(training_size, int(count * 0.75))


def sarcasm_sequences():
    """Headlines as padded word ids, the starter's way, and the labels, split as the grader does."""
    path = tf.keras.utils.get_file("sarcasm.json", origin=TF_DATA + "sarcasm.json")
    with open(path, encoding="utf-8") as handle:
        datastore = json.load(handle)
    sentences = [item["headline"] for item in datastore]
    labels = np.array([item["is_sarcastic"] for item in datastore])
    split = training_split(len(sentences))

    # The vocabulary comes from the training headlines only; 0 pads, 1 is <OOV>.
    tokenizer = Tokenizer(num_words=vocab_size, oov_token=oov_tok)
    tokenizer.fit_on_texts(sentences[:split])
    sequences = tokenizer.texts_to_sequences(sentences)
    padded = pad_sequences(sequences, maxlen=max_length, padding=padding_type, truncating=trunc_type)
    return (padded[:split], labels[:split]), (padded[split:], labels[split:])


# --8<-- [end:data]


# --8<-- [start:solution-model]
def solution_model():
    (x_train, y_train), _ = sarcasm_sequences()  # the held-out rows are the grader's: never look

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(max_length,)),
            tf.keras.layers.Embedding(vocab_size, embedding_dim),
            tf.keras.layers.GlobalAveragePooling1D(),
            tf.keras.layers.Dense(24, activation="relu"),
            tf.keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    # Validate on the last tenth of the 20,000 training headlines, not on the graded ones.
    model.fit(x_train, y_train, epochs=10, validation_split=0.1)
    return model


# --8<-- [end:solution-model]


# --8<-- [start:save]
if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:save]

"""Exercise solution: the words whose embedding vectors point the same way (cosine similarity)."""

# --8<-- [start:nearest]
import numpy as np


def nearest(word, weights, vocabulary, k=3):
    """The ``k`` words most similar to ``word``, by the cosine of the angle between vectors.

    >>> weights = np.array([[0, 0], [0, 0], [1, 0], [0.9, 0.1], [0, 1], [-1, 0]])
    >>> nearest("good", weights, ["", "[UNK]", "good", "great", "meh", "bad"], k=2)
    ['great', 'meh']
    """
    vectors = weights[: len(vocabulary)]
    norms = np.linalg.norm(vectors, axis=1) + 1e-9
    target = vectors[vocabulary.index(word)]
    similarity = vectors @ target / (norms * norms[vocabulary.index(word)])
    order = [i for i in np.argsort(-similarity) if i >= 2 and vocabulary[i] != word]
    return [str(vocabulary[i]) for i in order[:k]]


# --8<-- [end:nearest]


# --8<-- [start:solution]
import json

import tensorflow as tf

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path, encoding="utf-8") as handle:
    records = json.load(handle)
headlines = [record["headline"] for record in records]
labels = np.array([record["is_sarcastic"] for record in records], dtype=np.float32)

vectorizer = tf.keras.layers.TextVectorization(max_tokens=10000, output_sequence_length=32)
vectorizer.adapt(headlines)
vocabulary = vectorizer.get_vocabulary()
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32,)),
        tf.keras.layers.Embedding(10000, 16),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(vectorizer(headlines), labels, epochs=10, verbose=0)

weights = model.layers[0].get_weights()[0]
for word in vocabulary[2:5]:
    print(word, "->", nearest(word, weights, vocabulary))
# --8<-- [end:solution]

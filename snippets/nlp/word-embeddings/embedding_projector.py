"""Train an Embedding layer on the sarcasm headlines and export its vectors for the Embedding Projector."""

# --8<-- [start:lookup]
import numpy as np
import tensorflow as tf

embedding = tf.keras.layers.Embedding(input_dim=5, output_dim=3)  # 5 word ids, 3 numbers each
vectors = embedding(np.array([[1, 2, 0, 0]]))  # one sequence of 4 ids
print(vectors.shape)  # (1, 4, 3): batch, words, numbers per word
print(embedding.get_weights()[0].shape)  # (5, 3): one row per word id
# --8<-- [end:lookup]

# --8<-- [start:train]
import json

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path, encoding="utf-8") as handle:
    records = json.load(handle)
headlines = [record["headline"] for record in records]
labels = np.array([record["is_sarcastic"] for record in records], dtype=np.float32)

vectorizer = tf.keras.layers.TextVectorization(max_tokens=10000, output_sequence_length=32)
vectorizer.adapt(headlines)
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32,)),
        tf.keras.layers.Embedding(10000, 16, mask_zero=True, name="embedding"),  # id 0 is padding
        tf.keras.layers.GlobalAveragePooling1D(),  # with the mask: the average of the real words only
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
history = model.fit(vectorizer(headlines), labels, epochs=10, verbose=0)
print("training accuracy after 10 epochs:", round(history.history["accuracy"][-1], 3))
# --8<-- [end:train]

# --8<-- [start:weights]
weights = model.get_layer("embedding").get_weights()[0]
vocabulary = vectorizer.get_vocabulary()
print(weights.shape, "for", len(vocabulary), "words")  # rows past the vocabulary are never used
# --8<-- [end:weights]


# --8<-- [start:export]
def projector_rows(weights, vocabulary):
    """One (vector line, word) pair per real word: skips padding (id 0) and unused rows.

    >>> weights = np.array([[0.0, 0.0], [0.5, -1.0], [0.25, 2.0]])
    >>> list(projector_rows(weights, ["", "[UNK]", "dog"]))
    [('0.5\\t-1.0', '[UNK]'), ('0.25\\t2.0', 'dog')]
    """
    for index in range(1, len(vocabulary)):
        yield "\t".join(str(value) for value in weights[index]), vocabulary[index]


with open("vecs.tsv", "w", encoding="utf-8") as vecs, open("meta.tsv", "w", encoding="utf-8") as meta:
    for vector, word in projector_rows(weights, vocabulary):
        vecs.write(vector + "\n")
        meta.write(word + "\n")
with open("meta.tsv", encoding="utf-8") as written:
    print(written.read().split()[:5])
# --8<-- [end:export]

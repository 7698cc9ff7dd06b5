"""Exercise solution: a bidirectional LSTM for the five BBC news categories (multi-class)."""

# --8<-- [start:solution]
import csv

import tensorflow as tf

path = tf.keras.utils.get_file(
    "bbc-text.csv", origin="https://storage.googleapis.com/learning-datasets/bbc-text.csv"
)
with open(path, encoding="utf-8", newline="") as handle:
    rows = list(csv.DictReader(handle))
texts = [row["text"] for row in rows]
label_lookup = tf.keras.layers.StringLookup(num_oov_indices=0)
label_lookup.adapt([row["category"] for row in rows])
labels = label_lookup([row["category"] for row in rows]).numpy()
split = int(0.8 * len(texts))

vectorizer = tf.keras.layers.TextVectorization(max_tokens=5000, output_sequence_length=200)
vectorizer.adapt(texts[:split])
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(200,)),
        tf.keras.layers.Embedding(5000, 32, mask_zero=True),  # articles under 200 words end in padding
        tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(32)),
        tf.keras.layers.Dense(5, activation="softmax"),
    ]
)
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
history = model.fit(
    vectorizer(texts[:split]),
    labels[:split],
    epochs=10,
    batch_size=64,
    validation_data=(vectorizer(texts[split:]), labels[split:]),
    verbose=0,
)
print(f"validation accuracy: {history.history['val_accuracy'][-1]:.3f}")
# --8<-- [end:solution]

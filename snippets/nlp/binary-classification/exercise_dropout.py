"""Exercise solution: a smaller vocabulary and dropout narrow the gap between training and validation."""

# --8<-- [start:solution]
import json

import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path, encoding="utf-8") as handle:
    records = json.load(handle)
headlines = [record["headline"] for record in records]
labels = np.array([record["is_sarcastic"] for record in records], dtype=np.float32)
split = min(20000, int(0.8 * len(headlines)))

vectorizer = tf.keras.layers.TextVectorization(max_tokens=2000, output_sequence_length=32)
vectorizer.adapt(headlines[:split])
x_train, x_validation = vectorizer(headlines[:split]), vectorizer(headlines[split:])

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32,)),
        tf.keras.layers.Embedding(2000, 16),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dropout(0.3),
        tf.keras.layers.Dense(24, activation="relu"),
        tf.keras.layers.Dropout(0.3),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
history = model.fit(
    x_train, labels[:split], epochs=10, validation_data=(x_validation, labels[split:]), verbose=0
)
gap = history.history["accuracy"][-1] - history.history["val_accuracy"][-1]
print(f"training - validation accuracy after {len(history.epoch)} epochs: {gap:+.3f}")
# --8<-- [end:solution]

"""A 1D convolution over word vectors: it learns to spot short phrases, wherever they are."""

# --8<-- [start:model]
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
vectorizer = tf.keras.layers.TextVectorization(max_tokens=10000, output_sequence_length=32)
vectorizer.adapt(headlines[:split])

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32,)),
        tf.keras.layers.Embedding(10000, 16),
        tf.keras.layers.Conv1D(128, 5, activation="relu"),  # 128 detectors of 5-word phrases
        tf.keras.layers.GlobalMaxPooling1D(),  # keep each detector's strongest match
        tf.keras.layers.Dense(24, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.summary()
history = model.fit(
    vectorizer(headlines[:split]),
    labels[:split],
    epochs=5,
    batch_size=64,
    validation_data=(vectorizer(headlines[split:]), labels[split:]),
    verbose=0,
)
print(f"validation accuracy: {history.history['val_accuracy'][-1]:.3f}")
# --8<-- [end:model]

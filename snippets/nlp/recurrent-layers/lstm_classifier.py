"""LSTM layers for text classification: one LSTM, stacked LSTMs, and a bidirectional LSTM."""

# --8<-- [start:data]
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
x_train, x_validation = vectorizer(headlines[:split]), vectorizer(headlines[split:])
y_train, y_validation = labels[:split], labels[split:]


def train(model, epochs=5):
    """Compile and fit a binary classifier; return its last validation accuracy."""
    model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
    history = model.fit(
        x_train,
        y_train,
        epochs=epochs,
        validation_data=(x_validation, y_validation),
        batch_size=64,
        verbose=0,
    )
    return history.history["val_accuracy"][-1]


# --8<-- [end:data]


# --8<-- [start:shapes]
words = tf.random.normal((2, 32, 16))  # 2 headlines, 32 words, 16 numbers per word
print(tf.keras.layers.LSTM(8)(words).shape)  # (2, 8): the last output only
print(tf.keras.layers.LSTM(8, return_sequences=True)(words).shape)  # (2, 32, 8): one per word
print(tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(8))(words).shape)  # (2, 16): both ways
# --8<-- [end:shapes]

# --8<-- [start:lstm]
tf.keras.utils.set_random_seed(0)
lstm = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32,)),
        tf.keras.layers.Embedding(10000, 16, mask_zero=True),  # skip the padding
        tf.keras.layers.LSTM(32),  # reads the 32 word vectors in order, keeps a memory
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
print(f"LSTM: validation accuracy {train(lstm):.3f}")
# --8<-- [end:lstm]

# --8<-- [start:stacked]
tf.keras.utils.set_random_seed(0)
stacked = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32,)),
        tf.keras.layers.Embedding(10000, 16, mask_zero=True),  # skip the padding
        tf.keras.layers.LSTM(32, return_sequences=True),  # a sequence out, for the next LSTM
        tf.keras.layers.LSTM(16),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
print(f"stacked LSTMs: validation accuracy {train(stacked):.3f}")
# --8<-- [end:stacked]

# --8<-- [start:bidirectional]
tf.keras.utils.set_random_seed(0)
bidirectional = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32,)),
        tf.keras.layers.Embedding(10000, 16, mask_zero=True),  # skip the padding
        tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(32)),  # forwards and backwards: 64 outputs
        tf.keras.layers.Dense(24, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
print(f"bidirectional LSTM: validation accuracy {train(bidirectional):.3f}")
bidirectional.summary()
# --8<-- [end:bidirectional]

"""Classify headlines as sarcastic or not: TextVectorization, Embedding, pooling, one sigmoid unit."""

# --8<-- [start:load]
import json

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path, encoding="utf-8") as handle:
    records = json.load(handle)
headlines = [record["headline"] for record in records]
labels = np.array([record["is_sarcastic"] for record in records], dtype=np.float32)
# --8<-- [end:load]

# --8<-- [start:split]
# The course trains on the first 20000 of the 26709 headlines and validates on the rest.
# min(...) keeps a validation set when a (smaller) file has fewer than 25000 rows.
split = min(20000, int(0.8 * len(headlines)))
train_text, validation_text = headlines[:split], headlines[split:]
train_labels, validation_labels = labels[:split], labels[split:]
print(len(train_text), "training and", len(validation_text), "validation headlines")
# --8<-- [end:split]

# --8<-- [start:vectorize]
vectorizer = tf.keras.layers.TextVectorization(max_tokens=10000, output_sequence_length=32)
vectorizer.adapt(train_text)  # the vocabulary comes from the training text only
x_train = vectorizer(train_text)
x_validation = vectorizer(validation_text)
print(x_train.shape, x_validation.shape)
# --8<-- [end:vectorize]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32,)),
        tf.keras.layers.Embedding(10000, 16, mask_zero=True),  # word id -> 16 numbers; id 0 is padding
        tf.keras.layers.GlobalAveragePooling1D(),  # average the real words: one vector per headline
        tf.keras.layers.Dense(24, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),  # probability that it is sarcastic
    ]
)
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.summary()
# --8<-- [end:model]

# --8<-- [start:fit]
history = model.fit(
    x_train, train_labels, epochs=10, validation_data=(x_validation, validation_labels), verbose=2
)
# --8<-- [end:fit]


# --8<-- [start:plot]
def plot_history(history, metric):
    """Training and validation curves of one metric, epoch by epoch."""
    plt.figure()
    plt.plot(history.history[metric], label="training")
    plt.plot(history.history[f"val_{metric}"], label="validation")
    plt.xlabel("epoch")
    plt.ylabel(metric)
    plt.legend()
    plt.show()


plot_history(history, "accuracy")
plot_history(history, "loss")
# --8<-- [end:plot]

# --8<-- [start:predict]
new_headlines = [
    "granny starting to fear spiders in the garden might be real",
    "game of thrones season finale showing this sunday night",
]
probabilities = model.predict(vectorizer(new_headlines), verbose=0)[:, 0]
for headline, probability in zip(new_headlines, probabilities):
    print(f"{probability:.2f} {'sarcastic' if probability > 0.5 else 'not sarcastic':>13}: {headline}")
# --8<-- [end:predict]

# --8<-- [start:end-to-end]
# For raw strings in, put the (already adapted) vectorizer in front of the trained model.
end_to_end = tf.keras.Sequential([tf.keras.Input(shape=(1,), dtype="string"), vectorizer, model])
raw = tf.constant([[headline] for headline in new_headlines])
print(end_to_end.predict(raw, verbose=0))
end_to_end.save("sarcasm_end_to_end.keras")  # the .keras file keeps the vocabulary with the weights
reloaded = tf.keras.models.load_model("sarcasm_end_to_end.keras")
print(reloaded.predict(raw, verbose=0))  # the same probabilities
# --8<-- [end:end-to-end]

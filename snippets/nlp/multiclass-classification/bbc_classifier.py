"""Sort BBC news articles into five categories: StringLookup labels, softmax output."""

# --8<-- [start:load]
import csv

import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "bbc-text.csv", origin="https://storage.googleapis.com/learning-datasets/bbc-text.csv"
)
with open(path, encoding="utf-8", newline="") as handle:
    rows = list(csv.DictReader(handle))
categories = [row["category"] for row in rows]
texts = [row["text"] for row in rows]
split = int(0.8 * len(texts))  # first 80% for training, the rest for validation
# --8<-- [end:load]

# --8<-- [start:labels]
# num_oov_indices=0: no id for unknown categories, so the five labels are exactly 0..4.
label_lookup = tf.keras.layers.StringLookup(num_oov_indices=0)
label_lookup.adapt(categories)
class_names = [str(name) for name in label_lookup.get_vocabulary()]
labels = label_lookup(categories).numpy()
print(class_names)
print(categories[:3], "->", labels[:3])
# --8<-- [end:labels]

# --8<-- [start:vectorize]
vectorizer = tf.keras.layers.TextVectorization(max_tokens=1000, output_sequence_length=120)
vectorizer.adapt(texts[:split])
x_train, x_validation = vectorizer(texts[:split]), vectorizer(texts[split:])
y_train, y_validation = labels[:split], labels[split:]
# --8<-- [end:vectorize]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(120,)),
        tf.keras.layers.Embedding(1000, 16, mask_zero=True),  # id 0 is padding: keep it out
        tf.keras.layers.GlobalAveragePooling1D(),  # the average of the real words only
        tf.keras.layers.Dense(24, activation="relu"),
        tf.keras.layers.Dense(len(class_names), activation="softmax"),  # one probability per class
    ]
)
# Integer labels 0..4: sparse_categorical_crossentropy (one-hot labels would need categorical_...).
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
history = model.fit(x_train, y_train, epochs=30, validation_data=(x_validation, y_validation), verbose=0)
print(f"validation accuracy after {len(history.epoch)} epochs: {history.history['val_accuracy'][-1]:.3f}")
# --8<-- [end:model]

# --8<-- [start:predict]
articles = [
    "the minister told the party conference that the election would be won on the economy",
    "the striker scored twice as the champions won the cup final",
]
probabilities = model.predict(vectorizer(articles), verbose=0)
for article, row in zip(articles, probabilities):
    print(f"{class_names[int(np.argmax(row))]:>13} ({row.max():.2f}): {article[:50]}...")
# --8<-- [end:predict]

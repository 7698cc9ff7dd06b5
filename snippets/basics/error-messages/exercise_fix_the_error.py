"""Exercise: a model that fails to train, and the fix."""

# --8<-- [start:broken]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
features = np.random.rand(80, 6).astype("float32")
labels = np.arange(80) % 4  # four classes, as integer ids

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(6,)),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(4, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
try:
    model.fit(features, labels, epochs=5, verbose=0)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:broken]

# --8<-- [start:solution]
# The labels are integer ids, so use the sparse loss (and compile again after the failed fit):
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(features, labels, epochs=5, verbose=0)

# Or keep categorical_crossentropy and give it one-hot labels:
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(features, tf.keras.utils.to_categorical(labels, 4), epochs=5, verbose=0)
print("both fixes train")
# --8<-- [end:solution]

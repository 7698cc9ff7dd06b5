"""Trigger, read and fix the most common Keras error: data whose shape is not the model's input shape."""

# --8<-- [start:summary]
import re

import numpy as np
import tensorflow as tf


def error_summary(err, lines=3):
    """The error's class and the first ``lines`` non-blank lines of its message, without colour codes.

    Keras wraps errors raised inside a layer: the first line says *where* it happened, the
    line after it says *what* went wrong, so read more than one line.

    >>> print(error_summary(ValueError("Exception encountered when calling X.\\n\\n\\x1b[1mBad shape\\x1b[0m\\n")))
    ValueError: Exception encountered when calling X.
      Bad shape
    """
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(err))  # Keras prints the key line in bold
    kept = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    return f"{type(err).__name__}: " + "\n  ".join(kept)


# --8<-- [end:summary]


# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),  # the model expects batches of 28x28 images
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])

images = np.random.rand(64, 784).astype("float32")  # but the data was flattened to 784 numbers
labels = np.arange(64) % 10
# --8<-- [end:model]

# --8<-- [start:trigger]
try:
    model.fit(images, labels, epochs=1, verbose=0)
except ValueError as err:
    print(error_summary(err, lines=2))
# --8<-- [end:trigger]

# --8<-- [start:fix]
print("data:", images.shape, "model input:", model.input_shape)  # (64, 784) vs (None, 28, 28)
images = images.reshape(-1, 28, 28)  # -1: keep the number of examples, whatever it is
# --8<-- [end:fix]

# --8<-- [start:compile-again]
try:
    model.fit(images, labels, epochs=1, verbose=0)  # right data, but the failed fit left state behind
except ValueError as err:
    print(error_summary(err, lines=1))

model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(images, labels, epochs=1, verbose=0)  # a fresh optimizer: now it trains
print("fits now:", images.shape)
# --8<-- [end:compile-again]

# --8<-- [start:one-example]
one_image = images[0]  # shape (28, 28): a single image has lost the batch axis
try:
    model.predict(one_image, verbose=0)
except ValueError as err:
    print(error_summary(err, lines=2))

batch_of_one = np.expand_dims(one_image, axis=0)  # shape (1, 28, 28); images[:1] works too
print("prediction shape:", model.predict(batch_of_one, verbose=0).shape)
# --8<-- [end:one-example]

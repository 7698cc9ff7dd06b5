"""Seconds per epoch of an image CNN at full dataset size, on random pixels: no download needed."""

# --8<-- [start:synthetic]
import time

import numpy as np
import tensorflow as tf


def synthetic_images(size, classes=3, distinct=64, seed=0):
    """Random RGB images (0..255) with one-hot labels, in batches of 32, repeated forever.

    A CNN costs the same per image whatever the pixels are, so ``distinct`` random images,
    cycled, time an epoch as well as a real dataset would, without the memory.

    >>> images, labels = next(iter(synthetic_images(32)))
    >>> images.shape, labels.shape
    (TensorShape([32, 32, 32, 3]), TensorShape([32, 3]))
    """
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, size=(distinct, size, size, 3), dtype=np.uint8)
    labels = np.eye(classes, dtype="float32")[rng.integers(0, classes, size=distinct)]
    return (
        tf.data.Dataset.from_tensor_slices((images, labels))
        .map(lambda x, y: (tf.cast(x, tf.float32), y))
        .cache()
        .repeat()
        .batch(32)
        .prefetch(tf.data.AUTOTUNE)
    )


def model_for(size, resize_to=None):
    """The category-3 style CNN; ``resize_to`` shrinks the images inside the model first."""
    front = [tf.keras.layers.Resizing(resize_to, resize_to)] if resize_to else []
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(size, size, 3)),
            *front,
            tf.keras.layers.Rescaling(1.0 / 255),
            tf.keras.layers.Conv2D(32, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Conv2D(64, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Conv2D(64, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dropout(0.5),
            tf.keras.layers.Dense(64, activation="relu"),
            tf.keras.layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


# --8<-- [end:synthetic]


# --8<-- [start:time-it]
STEPS = 2520 // 32  # batches per epoch of rock-paper-scissors' 2520 training images
for size, resize_to in ((150, None), (150, 75), (300, 75)):
    data, model = synthetic_images(size), model_for(size, resize_to)
    model.fit(data, steps_per_epoch=2, epochs=1, verbose=0)  # warm-up: tracing, first batches
    start = time.perf_counter()
    model.fit(data, steps_per_epoch=STEPS, epochs=1, verbose=0)
    batches = int(model.optimizer.iterations.numpy()) - 2  # batches run since the warm-up
    per_batch = (time.perf_counter() - start) / batches
    inside = f"resized to {resize_to} inside the model" if resize_to else "full size"
    print(
        f"{size}x{size} input, {inside}: {per_batch * 1000:.0f} ms per batch of 32"
        f" -> {per_batch * STEPS:.1f} s per epoch of {STEPS} batches"
    )
# --8<-- [end:time-it]

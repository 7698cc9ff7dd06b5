"""Exercise solution: the smallest model that classifies the rings, saved as .h5, with its size."""

# --8<-- [start:solution]
import os

import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
labels = np.arange(2000) % 2
angles = rng.uniform(0, 2 * np.pi, 2000)
radius = 1 + labels + rng.normal(0, 0.15, 2000)
points = np.stack([radius * np.cos(angles), radius * np.sin(angles)], axis=1).astype("float32")

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(16, activation="relu"),  # enough bends to cut out a ring
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=tf.keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy", metrics=["accuracy"]
)
model.fit(points, labels, epochs=40, validation_split=0.2, verbose=0)

model.save("rings.h5")
print(
    f"{model.count_params()} parameters, {os.path.getsize('rings.h5') / 1024:.0f} kB,",
    f"validation accuracy {model.history.history['val_accuracy'][-1]:.3f}",
)
# --8<-- [end:solution]

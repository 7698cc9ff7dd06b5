"""Multi-class classification with integer labels: softmax + sparse categorical cross-entropy."""

# --8<-- [start:sparse]
import numpy as np
import tensorflow as tf

# Three classes: the sector (of three) of the plane a point falls in, by its angle.
rng = np.random.default_rng(0)
points = rng.uniform(-2, 2, (1500, 2)).astype(np.float32)
angles = np.arctan2(points[:, 1], points[:, 0]) + np.pi  # 0 .. 2π
labels = np.minimum((angles // (2 * np.pi / 3)).astype(np.int64), 2)  # integers 0, 1, 2
print("labels:", labels[:8], "shape:", labels.shape)  # one integer per example

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(3, activation="softmax"),  # one unit per class; outputs sum to 1
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(points, labels, epochs=60, validation_split=0.2, verbose=0)

probabilities = model.predict(np.array([[1.0, 0.1], [-1.0, 1.0]]), verbose=0)  # shape (2, 3)
print("probabilities:", probabilities.round(2), "-> classes:", probabilities.argmax(axis=1))
# --8<-- [end:sparse]

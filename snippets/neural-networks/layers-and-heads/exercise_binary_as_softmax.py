"""Exercise solution: a binary problem with a two-unit softmax head instead of one sigmoid unit."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
points = rng.uniform(-2, 2, (1000, 2)).astype(np.float32)
labels = (np.sum(points**2, axis=1) < 1.5**2).astype(np.int64)  # integers 0 and 1

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(2, activation="softmax"),  # two classes, two units
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(points, labels, epochs=100, validation_split=0.2, verbose=0)
print(f"validation accuracy: {history.history['val_accuracy'][-1]:.2f}")

probabilities = model.predict(np.array([[0.0, 0.0]]), verbose=0)  # shape (1, 2): P(outside), P(inside)
print("probabilities:", probabilities.round(3), "-> class", probabilities.argmax(axis=1))
# --8<-- [end:solution]

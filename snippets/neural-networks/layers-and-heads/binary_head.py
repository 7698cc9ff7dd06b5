"""Binary classification: one sigmoid unit, binary cross-entropy, labels 0 and 1."""

# --8<-- [start:binary]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
points = rng.uniform(-2, 2, (1000, 2)).astype(np.float32)
labels = (np.sum(points**2, axis=1) < 1.5**2).astype(np.float32)  # 0 = outside, 1 = inside

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),  # ONE unit: the probability of class 1
    ]
)
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(points, labels, epochs=100, validation_split=0.2, verbose=0)

probabilities = model.predict(np.array([[0.0, 0.0], [1.9, 1.9]]), verbose=0)  # shape (2, 1)
predicted = (probabilities[:, 0] > 0.5).astype(int)  # threshold at 0.5 -> class 0 or 1
print("P(inside):", probabilities[:, 0].round(3), "-> classes:", predicted)
# --8<-- [end:binary]

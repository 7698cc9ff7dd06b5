"""Multi-class classification with one-hot labels: softmax + categorical cross-entropy."""

# --8<-- [start:one-hot]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
points = rng.uniform(-2, 2, (1500, 2)).astype(np.float32)
angles = np.arctan2(points[:, 1], points[:, 0]) + np.pi
labels = np.minimum((angles // (2 * np.pi / 3)).astype(np.int64), 2)

one_hot = tf.keras.utils.to_categorical(labels, num_classes=3)  # 2 -> [0, 0, 1]
print("integer:", labels[:3], "one-hot:", one_hot[:3].tolist())  # shape (1500, 3)

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(points, one_hot, epochs=60, validation_split=0.2, verbose=0)
print(f"validation accuracy: {history.history['val_accuracy'][-1]:.2f}")
# --8<-- [end:one-hot]

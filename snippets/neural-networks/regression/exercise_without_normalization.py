"""Exercise solution: train the same model with and without normalisation and compare."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

# The page's houses (make_houses(500), price noise included), so both models see the same data.
rng = np.random.default_rng(0)
bedrooms = rng.integers(1, 7, 500)
area = 25 * bedrooms + rng.uniform(15, 60, 500)
age = rng.uniform(0, 80, 500)
price = 0.5 + 0.3 * bedrooms + 0.01 * area - 0.005 * age + rng.normal(0, 0.05, 500)
features = np.stack([bedrooms, area, age], axis=1).astype(np.float32)
prices = price.astype(np.float32)


def train(normalize):
    tf.keras.utils.set_random_seed(0)
    layers = [tf.keras.Input(shape=(3,))]
    if normalize:
        normalizer = tf.keras.layers.Normalization()
        normalizer.adapt(features[:400])  # the training rows only
        layers.append(normalizer)
    model = tf.keras.Sequential(
        layers + [tf.keras.layers.Dense(16, activation="relu"), tf.keras.layers.Dense(1)]
    )
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    history = model.fit(features, prices, epochs=100, validation_split=0.2, verbose=0)
    return history.history["val_loss"][-1]


print(f"validation MSE without normalisation: {train(False):.4f}")
print(f"validation MSE with normalisation:    {train(True):.4f}")
# --8<-- [end:solution]

"""Several numeric features on different scales: normalise them with a Normalization layer."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf


def make_houses(n, seed=0):
    """Return ``n`` made-up houses: features (bedrooms, area in m², age in years) and prices.

    Prices are in hundreds of thousands and follow a fixed rule plus some noise.

    >>> features, prices = make_houses(5)
    >>> features.shape, prices.shape
    ((5, 3), (5,))
    >>> features.dtype, prices.dtype
    (dtype('float32'), dtype('float32'))
    >>> bool((features[:, 0] >= 1).all() and (features[:, 1] >= 40).all())
    True
    """
    rng = np.random.default_rng(seed)
    bedrooms = rng.integers(1, 7, n)
    area = 25 * bedrooms + rng.uniform(15, 60, n)
    age = rng.uniform(0, 80, n)
    price = 0.5 + 0.3 * bedrooms + 0.01 * area - 0.005 * age + rng.normal(0, 0.05, n)
    features = np.stack([bedrooms, area, age], axis=1).astype(np.float32)
    return features, price.astype(np.float32)


features, prices = make_houses(500)
print("first house:", features[0], "price:", prices[0])
print("feature means:", features.mean(axis=0).round(1))  # bedrooms, area, age: very different scales
# --8<-- [end:data]

# --8<-- [start:normalize]
normalizer = tf.keras.layers.Normalization(axis=-1)  # one mean and variance per feature (column)
# Learn them from the rows the model trains on: validation_split=0.2 below keeps the last 100.
normalizer.adapt(features[:400])  # computes statistics: no labels, no training
print("learned means:", normalizer.mean.numpy().round(1))
print("normalised first house:", normalizer(features[:1]).numpy().round(2))  # about 0, about ±1
# --8<-- [end:normalize]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(3,)),  # three features per house
        normalizer,  # part of the model: raw features in, normalised features to the next layer
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(1),  # the price
    ]
)
model.compile(
    optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
    loss="mean_squared_error",
    metrics=["mean_absolute_error"],
)
history = model.fit(features, prices, epochs=100, validation_split=0.2, verbose=0)
print(f"validation MAE: {history.history['val_mean_absolute_error'][-1] * 100:.1f}k")
# --8<-- [end:model]

# --8<-- [start:predict]
# One new house is a batch of one: shape (1, 3), raw numbers, the model normalises them itself.
house = np.array([[3, 110, 20]], dtype=np.float32)
price = model.predict(house, verbose=0)[0, 0]
print(f"3 bedrooms, 110 m², 20 years old -> about {price * 100:.0f}k")
# --8<-- [end:predict]

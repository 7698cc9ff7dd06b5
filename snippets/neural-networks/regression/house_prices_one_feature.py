"""Predict a house's price from its number of bedrooms: a regression with one feature."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf

# A house costs 50k plus 50k per bedroom. Prices are in hundreds of thousands, so the
# numbers the model sees stay small (1.0 = 100k): large targets make training unstable.
bedrooms = np.array([1, 2, 3, 4, 5, 6], dtype=np.float32)
prices = (0.5 + 0.5 * bedrooms).astype(np.float32)
print("bedrooms:", bedrooms, "-> prices (100k):", prices)
# --8<-- [end:data]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(1,)),  # one feature: the number of bedrooms
        tf.keras.layers.Dense(1),  # one output: the price, with no activation (any real number)
    ]
)
model.compile(optimizer="sgd", loss="mean_squared_error")
history = model.fit(bedrooms, prices, epochs=500, verbose=0)
print(f"final loss: {history.history['loss'][-1]:.5f}")
# --8<-- [end:model]

# --8<-- [start:predict]
new_houses = np.array([7.0, 10.0])  # a batch of two houses, shape (2,)
predicted = model.predict(new_houses, verbose=0)  # shape (2, 1)
for rooms, price in zip(new_houses, predicted[:, 0]):
    print(f"{rooms:.0f} bedrooms -> about {price * 100:.0f}k (rule: {(0.5 + 0.5 * rooms) * 100:.0f}k)")
# --8<-- [end:predict]

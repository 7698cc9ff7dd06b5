"""Exercise solution: 24 steps of 7 features in, 6 steps of 7 features out."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

N_PAST, N_FUTURE, N_FEATURES = 24, 6, 7
rng = np.random.default_rng(0)
hour = np.arange(24 * 60) % 24
cycle = np.exp(-((hour - 19) ** 2) / 8)
series = np.stack(
    [k + cycle * (k + 1) + 0.1 * rng.standard_normal(len(hour)) for k in range(N_FEATURES)], axis=-1
).astype("float32")
series /= series.max(axis=0)

dataset = tf.data.Dataset.from_tensor_slices(series)
dataset = dataset.window(N_PAST + N_FUTURE, shift=1, drop_remainder=True)
dataset = dataset.flat_map(lambda window: window.batch(N_PAST + N_FUTURE))
dataset = dataset.map(lambda window: (window[:N_PAST], window[N_PAST:]))
dataset = dataset.shuffle(1000, seed=0).batch(32).prefetch(tf.data.AUTOTUNE)

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(N_PAST, N_FEATURES)),
        tf.keras.layers.LSTM(32),
        tf.keras.layers.Dense(N_FUTURE * N_FEATURES),
        tf.keras.layers.Reshape((N_FUTURE, N_FEATURES)),
    ]
)
model.compile(loss="mse", optimizer="adam", metrics=["mae"])
model.fit(dataset, epochs=10, verbose=0)
print("output shape:", model.output_shape)  # (None, 6, 7)
# --8<-- [end:solution]

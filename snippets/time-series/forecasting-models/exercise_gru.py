"""Exercise solution: a GRU forecaster."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(1)
time = np.arange(4 * 365 + 1, dtype="float32")
season_time = (time % 365) / 365
season = np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), np.exp(-3 * season_time))
series = (10 + 0.05 * time + 40 * season + 3 * rng.standard_normal(len(time))).astype("float32")
split_time, window_size = 1000, 20


def windows(values, shuffle):
    return tf.keras.utils.timeseries_dataset_from_array(
        values[:-1],
        targets=values[window_size:],
        sequence_length=window_size,
        batch_size=32,
        shuffle=shuffle,
        seed=0,
    )


tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(window_size,)),
        tf.keras.layers.Reshape((window_size, 1)),
        tf.keras.layers.Rescaling(1 / 100),
        tf.keras.layers.GRU(32, return_sequences=True),
        tf.keras.layers.GRU(32),
        tf.keras.layers.Dense(1),
        tf.keras.layers.Rescaling(100),
    ]
)
model.compile(loss=tf.keras.losses.Huber(), optimizer="adam", metrics=["mae"])
model.fit(windows(series[:split_time], shuffle=True), epochs=50, verbose=0)
_, mae = model.evaluate(windows(series[split_time - window_size :], shuffle=False), verbose=0)
print(f"GRU: {model.count_params()} weights (LSTM: 12705), validation MAE {mae:.2f}")
# --8<-- [end:solution]

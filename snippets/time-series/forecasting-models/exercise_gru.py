"""Exercise solution: a GRU forecaster, trained exactly as the page's LSTM was."""

# The page's data section, repeated so that this file runs on its own (not shown on the page).
import numpy as np
import tensorflow as tf


def synthetic_series(seed=1):
    """Four years of daily values: trend + yearly season + AR(1) wander + noise (see Anatomy)."""
    rng = np.random.default_rng(seed)
    time = np.arange(4 * 365 + 1, dtype="float32")
    season_time = (time % 365) / 365
    season = np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), np.exp(-3 * season_time))
    wander = np.zeros(len(time))
    for step in range(1, len(time)):
        wander[step] = 0.8 * wander[step - 1] + rng.standard_normal()
    series = 10 + 0.05 * time + 40 * season + 2 * wander + 3 * rng.standard_normal(len(time))
    return time, series.astype("float32")


def windowed_dataset(series, window_size, batch_size=32, shuffle_buffer=1000):
    """Shuffled batches of (window, next value), as on the Windowed datasets page."""
    dataset = tf.data.Dataset.from_tensor_slices(series)
    dataset = dataset.window(window_size + 1, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(window_size + 1))
    dataset = dataset.map(lambda window: (window[:-1], window[-1]))
    return dataset.shuffle(shuffle_buffer).batch(batch_size).prefetch(tf.data.AUTOTUNE)


def model_forecast(model, series, window_size, batch_size=256):
    """Forecast the step after every window of ``series``, in time order (no shuffling)."""
    dataset = tf.data.Dataset.from_tensor_slices(series)
    dataset = dataset.window(window_size, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(window_size)).batch(batch_size)
    return model.predict(dataset, verbose=0)[:, 0]


# --8<-- [start:solution]
# The same series, windows and shuffle as the models above (the page's data section), so the
# GRU's MAE compares with theirs.
tf.keras.utils.set_random_seed(0)
time, series = synthetic_series()
split_time, window_size = 1000, 20
train_set = windowed_dataset(series[:split_time], window_size)
x_valid = series[split_time:]

tf.keras.utils.set_random_seed(0)  # the same seed, loss, optimizer and epochs as the LSTM
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
model.compile(loss=tf.keras.losses.Huber(), optimizer=tf.keras.optimizers.Adam(1e-3), metrics=["mae"])
model.fit(train_set, epochs=50, verbose=0)
forecast = model_forecast(model, series[split_time - window_size : -1], window_size)
mae = float(tf.keras.metrics.mae(x_valid, forecast))
print(f"GRU: {model.count_params()} weights (LSTM: 12705), validation MAE {mae:.2f}")
# --8<-- [end:solution]

"""Dense, SimpleRNN, LSTM and Conv1D+LSTM forecasters for the same series, compared by MAE."""

# --8<-- [start:data]
import matplotlib.pyplot as plt
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
    """Forecast the step after every window of ``series``, in time order (no shuffling).

    >>> model = tf.keras.Sequential([tf.keras.Input(shape=(3,)),
    ...     tf.keras.layers.Dense(1, kernel_initializer="ones", use_bias=False)])  # sums a window
    >>> model_forecast(model, np.arange(6, dtype="float32"), window_size=3)
    array([ 3.,  6.,  9., 12.], dtype=float32)
    """
    dataset = tf.data.Dataset.from_tensor_slices(series)
    dataset = dataset.window(window_size, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(window_size)).batch(batch_size)
    return model.predict(dataset, verbose=0)[:, 0]


tf.keras.utils.set_random_seed(0)  # the same shuffled batches every run
time, series = synthetic_series()
split_time, window_size = 1000, 20
train_set = windowed_dataset(series[:split_time], window_size)
x_valid = series[split_time:]
# --8<-- [end:data]


# --8<-- [start:dense]
def dense_model():
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(window_size,)),  # (batch, 20): a window is a flat vector
            tf.keras.layers.Dense(20, activation="relu"),
            tf.keras.layers.Dense(10, activation="relu"),
            tf.keras.layers.Dense(1),
        ]
    )


# --8<-- [end:dense]


# --8<-- [start:simple-rnn]
def simple_rnn_model():
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(window_size,)),
            tf.keras.layers.Reshape((window_size, 1)),  # RNNs want (batch, time steps, features)
            tf.keras.layers.Rescaling(1 / 100),  # values near [-1, 1] suit tanh units
            tf.keras.layers.SimpleRNN(40, return_sequences=True),  # passes all 20 outputs on
            tf.keras.layers.SimpleRNN(40),  # passes only its last output on
            tf.keras.layers.Dense(1),
            tf.keras.layers.Rescaling(100),  # back to the series' scale
        ]
    )


# --8<-- [end:simple-rnn]


# --8<-- [start:lstm]
def lstm_model():
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(window_size,)),
            tf.keras.layers.Reshape((window_size, 1)),
            tf.keras.layers.Rescaling(1 / 100),
            tf.keras.layers.LSTM(32, return_sequences=True),
            tf.keras.layers.LSTM(32),
            tf.keras.layers.Dense(1),
            tf.keras.layers.Rescaling(100),
        ]
    )


# --8<-- [end:lstm]


# --8<-- [start:conv-lstm]
def conv_lstm_model():
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(window_size,)),
            tf.keras.layers.Reshape((window_size, 1)),
            tf.keras.layers.Rescaling(1 / 100),
            # 32 filters slide over 3 steps at a time; "causal" padding never looks ahead.
            tf.keras.layers.Conv1D(32, kernel_size=3, padding="causal", activation="relu"),
            tf.keras.layers.LSTM(32),
            tf.keras.layers.Dense(1),
            tf.keras.layers.Rescaling(100),
        ]
    )


# --8<-- [end:conv-lstm]

# --8<-- [start:compare]
results, forecasts = {}, {}
for name, build in [
    ("dense", dense_model),
    ("SimpleRNN", simple_rnn_model),
    ("LSTM", lstm_model),
    ("Conv1D + LSTM", conv_lstm_model),
]:
    tf.keras.utils.set_random_seed(0)
    model = build()
    model.compile(loss=tf.keras.losses.Huber(), optimizer=tf.keras.optimizers.Adam(1e-3), metrics=["mae"])
    model.fit(train_set, epochs=50, verbose=0)
    forecast = model_forecast(model, series[split_time - window_size : -1], window_size)
    results[name] = float(tf.keras.metrics.mae(x_valid, forecast))
    forecasts[name] = forecast
    print(f"{name:14s} {model.count_params():6d} weights   validation MAE {results[name]:.2f}")
# --8<-- [end:compare]

# --8<-- [start:plot]
fig, axes = plt.subplots(2, 2, figsize=(12, 6), sharex=True, sharey=True)
for ax, (name, forecast) in zip(axes.flat, forecasts.items()):
    ax.plot(time[split_time:], x_valid, label="actual")
    ax.plot(time[split_time:], forecast, label="forecast")
    ax.set_title(f"{name}: MAE {results[name]:.2f}")
    ax.legend()
fig.supxlabel("day")
fig.tight_layout()
plt.show()
# --8<-- [end:plot]

"""Turn a series into (window, next value) pairs with tf.data, and train on them."""

# --8<-- [start:imports]
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

# --8<-- [end:imports]

# --8<-- [start:window]
series = tf.data.Dataset.range(10)  # 0, 1, ..., 9: ten time steps
windows = series.window(5, shift=1, drop_remainder=True)  # a dataset of 6 small datasets
# --8<-- [end:window]

# --8<-- [start:flat-map]
windows = windows.flat_map(lambda window: window.batch(5))  # each small dataset -> one tensor
for window in windows:
    print(window.numpy())
# --8<-- [end:flat-map]

# --8<-- [start:split]
pairs = windows.map(lambda window: (window[:-1], window[-1]))  # features: 4 steps; label: the next
for x, y in pairs:
    print(x.numpy(), "->", y.numpy())
# --8<-- [end:split]


# --8<-- [start:helpers]
def windows_and_labels(series, window_size):
    """Every run of ``window_size`` steps, paired with the step that follows it, in time order.

    >>> for x, y in windows_and_labels(np.arange(10), window_size=4):
    ...     print(x.numpy(), "->", y.numpy())
    [0 1 2 3] -> 4
    [1 2 3 4] -> 5
    [2 3 4 5] -> 6
    [3 4 5 6] -> 7
    [4 5 6 7] -> 8
    [5 6 7 8] -> 9
    """
    dataset = tf.data.Dataset.from_tensor_slices(series)
    dataset = dataset.window(window_size + 1, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(window_size + 1))
    return dataset.map(lambda window: (window[:-1], window[-1]))


def windowed_dataset(series, window_size, batch_size, shuffle_buffer):
    """Shuffled batches of (window, next value) pairs, ready for ``model.fit``.

    >>> dataset = windowed_dataset(np.arange(10, dtype="float32"), window_size=4,
    ...                            batch_size=4, shuffle_buffer=10)
    >>> [(x.shape, y.shape) for x, y in dataset]  # 6 windows: a batch of 4, then 2
    [(TensorShape([4, 4]), TensorShape([4])), (TensorShape([2, 4]), TensorShape([2]))]
    >>> sorted(int(label) for _, y in dataset for label in y)  # shuffled, none lost
    [4, 5, 6, 7, 8, 9]
    """
    dataset = windows_and_labels(series, window_size)
    dataset = dataset.shuffle(shuffle_buffer)  # break the time order (see Sequence bias)
    return dataset.batch(batch_size).prefetch(tf.data.AUTOTUNE)  # prepare the next batch while training


# --8<-- [end:helpers]


# --8<-- [start:train]
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


time, series = synthetic_series()
split_time, window_size = 1000, 20
tf.keras.utils.set_random_seed(0)
train_set = windowed_dataset(series[:split_time], window_size, batch_size=32, shuffle_buffer=1000)

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(window_size,)),  # a window of 20 steps ...
        tf.keras.layers.Dense(10, activation="relu"),
        tf.keras.layers.Dense(1),  # ... forecasts the next one
    ]
)
model.compile(
    loss="mse", optimizer=tf.keras.optimizers.SGD(learning_rate=1e-6, momentum=0.9), metrics=["mae"]
)
history = model.fit(train_set, epochs=100, verbose=0)
print(f"after {len(history.epoch)} epochs: training MAE {history.history['mae'][-1]:.4f}")
# --8<-- [end:train]

# --8<-- [start:forecast]
# Forecast every validation day from the 20 days before it, in one predict call.
valid_windows = windows_and_labels(series[split_time - window_size :], window_size).batch(256)
forecast = model.predict(valid_windows, verbose=0)[:, 0]
print(f"validation MAE: {float(tf.keras.metrics.mae(series[split_time:], forecast)):.2f}")
# --8<-- [end:forecast]

# --8<-- [start:plot]
fig, ax = plt.subplots(figsize=(10, 4))
ax.plot(time[split_time:], series[split_time:], label="actual")
ax.plot(time[split_time:], forecast, label="forecast")
ax.set_xlabel("day")
ax.set_ylabel("value")
ax.set_title("validation period: forecast against actual")
ax.legend()
plt.show()
# --8<-- [end:plot]

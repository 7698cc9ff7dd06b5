"""Forecast monthly sunspot numbers: load a CSV, normalise, train, de-normalise the forecast."""

# --8<-- [start:load]
import csv

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "Sunspots.csv", origin="https://storage.googleapis.com/download.tensorflow.org/data/Sunspots.csv"
)

dates, sunspots = [], []
with open(path, newline="", encoding="utf-8") as handle:
    reader = csv.reader(handle)
    print(next(reader))  # ['', 'Date', 'Monthly Mean Total Sunspot Number']
    for row in reader:
        dates.append(row[1])
        sunspots.append(float(row[2]))
series = np.array(sunspots, dtype="float32")
print(len(series), "months:", dates[0], "to", dates[-1])
# --8<-- [end:load]

# --8<-- [start:normalise]
split_time = 3000
# Statistics from the training months only: the validation months are "the future".
train_min, train_max = series[:split_time].min(), series[:split_time].max()


def normalise(values):
    """Map the training range to [0, 1].

    >>> float(normalise(train_min)), float(normalise(train_max))
    (0.0, 1.0)
    """
    return (values - train_min) / (train_max - train_min)


def denormalise(values):
    """Undo ``normalise``: back to sunspot numbers.

    >>> bool(np.allclose(denormalise(normalise(series[:5])), series[:5]))
    True
    """
    return values * (train_max - train_min) + train_min


scaled = normalise(series)
# --8<-- [end:normalise]

# --8<-- [start:train]
window_size = 30


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
        tf.keras.layers.Dense(30, activation="relu"),
        tf.keras.layers.Dense(10, activation="relu"),
        tf.keras.layers.Dense(1),
    ]
)
model.compile(loss=tf.keras.losses.Huber(), optimizer=tf.keras.optimizers.Adam(1e-3), metrics=["mae"])
history = model.fit(windows(scaled[:split_time], shuffle=True), epochs=50, verbose=0)
print(f"after {len(history.epoch)} epochs: training MAE {history.history['mae'][-1]:.4f} (scaled series)")
# --8<-- [end:train]

# --8<-- [start:forecast]
valid_windows = windows(scaled[split_time - window_size :], shuffle=False)  # in time order
forecast = denormalise(model.predict(valid_windows, verbose=0)[:, 0])  # back to sunspots

actual = series[split_time:]
naive = series[split_time - 1 : -1]
print(f"naive forecast MAE: {np.mean(np.abs(actual - naive)):.1f} sunspots")
print(f"model forecast MAE: {np.mean(np.abs(actual - forecast)):.1f} sunspots")
# --8<-- [end:forecast]

# --8<-- [start:plot]
months = np.arange(split_time, len(series))
fig, ax = plt.subplots(figsize=(10, 4))
ax.plot(months, actual, label="actual")
ax.plot(months, forecast, label="forecast")
ax.set_xlabel(f"month since {dates[0]}")
ax.set_ylabel("monthly mean sunspot number")
ax.set_title("sunspots, validation months: forecast against actual")
ax.legend()
plt.show()
# --8<-- [end:plot]

"""Forecast tomorrow's minimum temperature in Melbourne from the last 30 days."""

# --8<-- [start:load]
import csv

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "daily-min-temperatures.csv",
    origin="https://raw.githubusercontent.com/jbrownlee/Datasets/master/daily-min-temperatures.csv",
)

temperatures = []
with open(path, newline="", encoding="utf-8") as handle:
    reader = csv.reader(handle)
    next(reader)  # header: "Date","Temp"
    for date, temp in reader:
        temperatures.append(float(temp))
series = np.array(temperatures, dtype="float32")
print(len(series), "days")  # 3650: 1981 to 1990
# --8<-- [end:load]

# --8<-- [start:standardise]
split_time = 2500
mean, std = series[:split_time].mean(), series[:split_time].std()  # training days only
scaled = (series - mean) / std  # mean 0, standard deviation 1 on the training days
# --8<-- [end:standardise]

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
        tf.keras.layers.Reshape((window_size, 1)),
        tf.keras.layers.Conv1D(16, kernel_size=5, padding="causal", activation="relu"),
        tf.keras.layers.LSTM(16),
        tf.keras.layers.Dense(1),
    ]
)
model.compile(loss=tf.keras.losses.Huber(), optimizer="adam", metrics=["mae"])
history = model.fit(windows(scaled[:split_time], shuffle=True), epochs=20, verbose=0)
print(f"after {len(history.epoch)} epochs: training MAE {history.history['mae'][-1]:.4f} (scaled series)")
# --8<-- [end:train]

# --8<-- [start:forecast]
forecast = model.predict(windows(scaled[split_time - window_size :], shuffle=False), verbose=0)[:, 0]
forecast = forecast * std + mean  # de-normalise: back to degrees Celsius
actual = series[split_time:]
print(f"naive forecast MAE: {np.mean(np.abs(actual - series[split_time - 1 : -1])):.2f} °C")
print(f"model forecast MAE: {np.mean(np.abs(actual - forecast)):.2f} °C")
# --8<-- [end:forecast]

# --8<-- [start:plot]
days = np.arange(split_time, len(series))
fig, ax = plt.subplots(figsize=(10, 4))
ax.plot(days, actual, label="actual")
ax.plot(days, forecast, label="forecast")
ax.set_xlabel("day since 1 January 1981")
ax.set_ylabel("minimum temperature (°C)")
ax.set_title("Melbourne, validation days: forecast against actual")
ax.legend()
plt.show()
# --8<-- [end:plot]

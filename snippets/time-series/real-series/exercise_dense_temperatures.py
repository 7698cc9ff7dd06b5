"""Exercise solution: a dense forecaster for the daily minimum temperatures."""

# --8<-- [start:solution]
import csv

import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "daily-min-temperatures.csv",
    origin="https://raw.githubusercontent.com/jbrownlee/Datasets/master/daily-min-temperatures.csv",
)
with open(path, newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle))[1:]
series = np.array([float(temp) for _, temp in rows], dtype="float32")

split_time, window_size = 2500, 30
mean, std = series[:split_time].mean(), series[:split_time].std()
scaled = (series - mean) / std


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
model.compile(loss=tf.keras.losses.Huber(), optimizer="adam")
model.fit(windows(scaled[:split_time], shuffle=True), epochs=20, verbose=0)

forecast = model.predict(windows(scaled[split_time - window_size :], shuffle=False), verbose=0)[:, 0]
print(f"dense model MAE: {np.mean(np.abs(series[split_time:] - (forecast * std + mean))):.2f} °C")
# --8<-- [end:solution]

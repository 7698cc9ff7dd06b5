"""Practice exam, problem 5: a dense model on the same windows, for comparison."""

import csv

import numpy as np
import tensorflow as tf

TF_DATA = "https://storage.googleapis.com/download.tensorflow.org/data/"
SPLIT_TIME, WINDOW_SIZE = 3000, 30


def normalized_sunspots():
    path = tf.keras.utils.get_file("Sunspots.csv", origin=TF_DATA + "Sunspots.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        series = np.array([float(row[2]) for row in list(csv.reader(handle))[1:]])
    series -= np.min(series)
    series /= np.max(series)
    return series


def windowed_dataset(series, window_size, batch_size, shuffle_buffer):
    series = tf.expand_dims(series, axis=-1)
    ds = tf.data.Dataset.from_tensor_slices(series)
    ds = ds.window(window_size + 1, shift=1, drop_remainder=True)
    ds = ds.flat_map(lambda w: w.batch(window_size + 1))
    ds = ds.shuffle(shuffle_buffer)
    ds = ds.map(lambda w: (w[:-1], w[1:]))
    return ds.batch(batch_size).prefetch(1)


# --8<-- [start:solution-model]
def solution_model():
    series = normalized_sunspots()
    train = windowed_dataset(series[:SPLIT_TIME], WINDOW_SIZE, batch_size=32, shuffle_buffer=1000)
    # A dense model forecasts once per window: keep only the last label, shaped (1, 1).
    train = train.map(lambda window, labels: (window, labels[:, -1:]))

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(WINDOW_SIZE, 1)),
            # The window as 30 numbers. Flatten would do it on Keras 3.15, but on 3.10 (Colab) it
            # fails on these windows, whose length the dataset does not know in advance.
            tf.keras.layers.Reshape((WINDOW_SIZE,)),
            tf.keras.layers.Dense(32, activation="relu"),
            tf.keras.layers.Dense(1),
            tf.keras.layers.Reshape((1, 1)),  # a sequence of one step: the tester reads [:, -1, 0]
        ]
    )
    model.compile(
        optimizer=tf.keras.optimizers.Adam(learning_rate=1e-3), loss=tf.keras.losses.Huber(), metrics=["mae"]
    )
    model.fit(train, epochs=20)
    return model


if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:solution-model]

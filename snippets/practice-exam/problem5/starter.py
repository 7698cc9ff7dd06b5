"""Practice exam, problem 5 (category 5, time series): the starter file.

Run it, then grade the model it saves, from the repository's folder:

    python snippets/practice-exam/problem5/starter.py
    python scripts/grade.py problem5 mymodel.h5
"""

# --8<-- [start:data]
import csv

import numpy as np
import tensorflow as tf

TF_DATA = "https://storage.googleapis.com/download.tensorflow.org/data/"
SPLIT_TIME, WINDOW_SIZE = 3000, 30


def normalized_sunspots():
    """The monthly sunspot numbers, normalised as the exam's starter did: minus the minimum,
    divided by the maximum (the minimum of the real file is 0, so this is 0-1)."""
    path = tf.keras.utils.get_file("Sunspots.csv", origin=TF_DATA + "Sunspots.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        series = np.array([float(row[2]) for row in list(csv.reader(handle))[1:]])
    series -= np.min(series)
    series /= np.max(series)
    return series


# The exam starter's dataset function: the label of a window is the window shifted by one step.
def windowed_dataset(series, window_size, batch_size, shuffle_buffer):
    """Batches of (window, the same window one step later), both shaped (window_size, 1).

    >>> x, y = next(iter(windowed_dataset(np.arange(6.0), 3, 8, 1)))
    >>> x.shape, y.shape, x[0, :, 0].numpy().tolist(), y[0, :, 0].numpy().tolist()
    (TensorShape([3, 3, 1]), TensorShape([3, 3, 1]), [0.0, 1.0, 2.0], [1.0, 2.0, 3.0])
    """
    series = tf.expand_dims(series, axis=-1)
    ds = tf.data.Dataset.from_tensor_slices(series)
    ds = ds.window(window_size + 1, shift=1, drop_remainder=True)
    ds = ds.flat_map(lambda w: w.batch(window_size + 1))
    ds = ds.shuffle(shuffle_buffer)
    ds = ds.map(lambda w: (w[:-1], w[1:]))
    return ds.batch(batch_size).prefetch(1)


# --8<-- [end:data]


# --8<-- [start:solution-model]
def solution_model():
    series = normalized_sunspots()
    train = windowed_dataset(series[:SPLIT_TIME], WINDOW_SIZE, batch_size=32, shuffle_buffer=1000)

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(None, 1)),  # any number of months, one value each
            tf.keras.layers.Conv1D(32, 5, padding="causal", activation="relu"),
            tf.keras.layers.LSTM(32, return_sequences=True),  # one output per month: a sequence
            tf.keras.layers.Dense(16, activation="relu"),
            tf.keras.layers.Dense(1),
        ]
    )
    model.compile(
        optimizer=tf.keras.optimizers.Adam(learning_rate=1e-3), loss=tf.keras.losses.Huber(), metrics=["mae"]
    )
    model.fit(train, epochs=20)
    return model


# --8<-- [end:solution-model]


# --8<-- [start:save]
if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:save]

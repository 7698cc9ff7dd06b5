"""Practice exam, problem 5 (category 5, time series): the starter file.

Run it, then grade the model it saves, from the repository's folder:

    python snippets/practice-exam/problem5/starter.py
    python scripts/grade.py problem5 mymodel.h5
"""

import csv

import numpy as np
import tensorflow as tf

TF_DATA = "https://storage.googleapis.com/download.tensorflow.org/data/"
SPLIT_TIME, WINDOW_SIZE = 3000, 30


# --8<-- [start:data]
def normalized_sunspots():
    """The monthly sunspot numbers, scaled to 0-1 by the series' minimum and maximum."""
    path = tf.keras.utils.get_file("Sunspots.csv", origin=TF_DATA + "Sunspots.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        series = np.array([float(row[2]) for row in list(csv.reader(handle))[1:]], dtype=np.float32)
    return (series - series.min()) / (series.max() - series.min())


def windowed_dataset(series, window_size=WINDOW_SIZE, batch_size=32, shuffle=True):
    """Batches of (window of ``window_size`` values, the value after it), shaped for the model.

    >>> x, y = next(iter(windowed_dataset(np.arange(6, dtype=np.float32), 3, 8, shuffle=False)))
    >>> x.shape, y.numpy().tolist()
    (TensorShape([3, 3, 1]), [3.0, 4.0, 5.0])
    """
    dataset = tf.data.Dataset.from_tensor_slices(series[:, np.newaxis])
    dataset = dataset.window(window_size + 1, shift=1, drop_remainder=True)
    # drop_remainder=True: windows of a fixed length, which a Flatten layer needs on Keras 3.10 and older.
    dataset = dataset.flat_map(lambda window: window.batch(window_size + 1, drop_remainder=True))
    if shuffle:
        dataset = dataset.shuffle(1000, seed=0)
    dataset = dataset.map(lambda window: (window[:-1], window[-1, 0]))
    return dataset.batch(batch_size).prefetch(1)
# --8<-- [end:data]


# --8<-- [start:solution-model]
def solution_model():
    series = normalized_sunspots()
    train = windowed_dataset(series[:SPLIT_TIME])
    validation = windowed_dataset(series[SPLIT_TIME - WINDOW_SIZE:], shuffle=False)

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(WINDOW_SIZE, 1)),
        tf.keras.layers.Conv1D(32, 5, padding="causal", activation="relu"),
        tf.keras.layers.LSTM(32),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(1),
    ])
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=1e-3), loss=tf.keras.losses.Huber(),
                  metrics=["mae"])
    model.fit(train, epochs=20, validation_data=validation)
    return model
# --8<-- [end:solution-model]


# --8<-- [start:save]
if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:save]

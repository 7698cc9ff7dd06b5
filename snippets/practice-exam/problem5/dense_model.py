"""Practice exam, problem 5: a dense model on the same windows, for comparison."""

import csv

import numpy as np
import tensorflow as tf

TF_DATA = "https://storage.googleapis.com/download.tensorflow.org/data/"
SPLIT_TIME, WINDOW_SIZE = 3000, 30


def normalized_sunspots():
    path = tf.keras.utils.get_file("Sunspots.csv", origin=TF_DATA + "Sunspots.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        series = np.array([float(row[2]) for row in list(csv.reader(handle))[1:]], dtype=np.float32)
    return (series - series.min()) / (series.max() - series.min())


def windowed_dataset(series, window_size=WINDOW_SIZE, batch_size=32, shuffle=True):
    dataset = tf.data.Dataset.from_tensor_slices(series[:, np.newaxis])
    dataset = dataset.window(window_size + 1, shift=1, drop_remainder=True)
    # drop_remainder=True gives the windows a fixed length, so Flatten knows its size before
    # training (Keras 3.10 and older, as in Colab, fail without it: "Only one input size may be -1").
    dataset = dataset.flat_map(lambda window: window.batch(window_size + 1, drop_remainder=True))
    if shuffle:
        dataset = dataset.shuffle(1000, seed=0)
    dataset = dataset.map(lambda window: (window[:-1], window[-1, 0]))
    return dataset.batch(batch_size).prefetch(1)


# --8<-- [start:solution-model]
def solution_model():
    series = normalized_sunspots()
    train = windowed_dataset(series[:SPLIT_TIME])
    validation = windowed_dataset(series[SPLIT_TIME - WINDOW_SIZE:], shuffle=False)

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(WINDOW_SIZE, 1)),
        tf.keras.layers.Flatten(),  # the window as 30 numbers
        tf.keras.layers.Dense(32, activation="relu"),
        tf.keras.layers.Dense(1),
    ])
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=1e-3), loss=tf.keras.losses.Huber(),
                  metrics=["mae"])
    model.fit(train, epochs=20, validation_data=validation)
    return model


if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:solution-model]

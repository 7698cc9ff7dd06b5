"""Sequence bias: batches in time order are not a fair sample of the series; shuffling fixes it."""

# --8<-- [start:data]
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


def windowed_dataset(series, window_size, batch_size, shuffle_buffer=None):
    dataset = tf.data.Dataset.from_tensor_slices(series)
    dataset = dataset.window(window_size + 1, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(window_size + 1))
    dataset = dataset.map(lambda window: (window[:-1], window[-1]))
    if shuffle_buffer:
        dataset = dataset.shuffle(shuffle_buffer, seed=0)
    return dataset.batch(batch_size).prefetch(tf.data.AUTOTUNE)


time, series = synthetic_series()
split_time, window_size = 1000, 20  # 980 training windows
# --8<-- [end:data]


# --8<-- [start:batch-order]
def batch_label_means(dataset):
    """The mean label of each batch, in the order training would see them.

    >>> batch_label_means(windowed_dataset(np.arange(10.0), window_size=2, batch_size=4))
    array([3.5, 7.5])
    """
    return np.array([float(np.mean(y)) for _, y in dataset])


def order_correlation(means):
    """Correlation between a batch's position in the epoch and its mean label (0: no order)."""
    return float(np.corrcoef(np.arange(len(means)), means)[0, 1])


for buffer in [None, 10, 100, 1000]:
    means = batch_label_means(windowed_dataset(series[:split_time], window_size, 32, buffer))
    print(
        f"shuffle buffer {buffer!s:>4s}: first 4 batch means {np.round(means[:4], 1)}, "
        f"order correlation {order_correlation(means):+.2f}"
    )
# --8<-- [end:batch-order]


# --8<-- [start:effect]
class TrainingMAE(tf.keras.callbacks.Callback):
    """After each epoch, the MAE on *all* training windows (not just the last batches)."""

    def __init__(self, dataset):
        super().__init__()
        self.dataset, self.history = dataset, []

    def on_epoch_end(self, epoch, logs=None):
        self.history.append(self.model.evaluate(self.dataset, verbose=0)[1])


all_windows = windowed_dataset(series[:split_time], window_size, 256)
for buffer in [None, 1000]:
    tf.keras.utils.set_random_seed(0)  # same start weights for both runs
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(window_size,)),
            tf.keras.layers.Dense(10, activation="relu"),
            tf.keras.layers.Dense(1),
        ]
    )
    model.compile(
        loss="mse", optimizer=tf.keras.optimizers.SGD(learning_rate=1e-5, momentum=0.9), metrics=["mae"]
    )
    curve = TrainingMAE(all_windows)
    model.fit(
        windowed_dataset(series[:split_time], window_size, 32, buffer),
        epochs=15,
        verbose=0,
        callbacks=[curve],
    )
    print(f"shuffle buffer {buffer!s:>4s}: training MAE by epoch {np.round(curve.history, 2)}")
# --8<-- [end:effect]

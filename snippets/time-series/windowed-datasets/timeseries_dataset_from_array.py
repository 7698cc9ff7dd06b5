"""The same windows and labels with Keras's shortcut, tf.keras.utils.timeseries_dataset_from_array."""

# --8<-- [start:shortcut]
import numpy as np
import tensorflow as tf


def keras_windows(series, window_size, batch_size, shuffle=False, seed=None):
    """Batches of (window, next value) pairs, built by Keras instead of by hand.

    Window ``i`` is ``series[i:i + window_size]`` and its label is ``series[i + window_size]``,
    so the last step of ``data`` that a window may use is ``series[-2]``.

    >>> for x, y in keras_windows(np.arange(10), window_size=4, batch_size=4):
    ...     print(x.numpy().tolist(), "->", y.numpy().tolist())
    [[0, 1, 2, 3], [1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 5, 6]] -> [4, 5, 6, 7]
    [[4, 5, 6, 7], [5, 6, 7, 8]] -> [8, 9]
    """
    return tf.keras.utils.timeseries_dataset_from_array(
        data=series[:-1],  # the inputs: every step but the last
        targets=series[window_size:],  # targets[i] belongs to the window starting at step i
        sequence_length=window_size,
        batch_size=batch_size,
        shuffle=shuffle,  # shuffles the windows (not the steps inside them)
        seed=seed,
    )


series = np.arange(10, dtype="float32")
dataset = keras_windows(series, window_size=4, batch_size=32, shuffle=True, seed=0)
x, y = next(iter(dataset))
print("windows:", x.shape, "labels:", y.shape)  # (6, 4) and (6,)
print("labels in shuffled order:", y.numpy())
# --8<-- [end:shortcut]

"""Exercise solution: timeseries_dataset_from_array's shuffle leaves no order in the batches."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(1)
time = np.arange(4 * 365 + 1, dtype="float32")
season_time = (time % 365) / 365
season = np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), np.exp(-3 * season_time))
series = (10 + 0.05 * time + 40 * season + 3 * rng.standard_normal(len(time))).astype("float32")
split_time, window_size = 1000, 20

for shuffle in (False, True):
    dataset = tf.keras.utils.timeseries_dataset_from_array(
        series[: split_time - 1],
        targets=series[window_size:split_time],
        sequence_length=window_size,
        batch_size=32,
        shuffle=shuffle,
        seed=0,
    )
    means = np.array([float(np.mean(y)) for _, y in dataset])  # batch_label_means
    correlation = np.corrcoef(np.arange(len(means)), means)[0, 1]  # order_correlation
    print(f"shuffle={shuffle!s:5s}: order correlation {correlation:+.2f}")
# --8<-- [end:solution]

"""Lower the learning rate when the validation loss stops improving."""

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


def windowed_dataset(series, window_size, batch_size=32, shuffle_buffer=1000):
    """Shuffled batches of (window, next value), as on the Windowed datasets page."""
    dataset = tf.data.Dataset.from_tensor_slices(series)
    dataset = dataset.window(window_size + 1, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(window_size + 1))
    dataset = dataset.map(lambda window: (window[:-1], window[-1]))
    return dataset.shuffle(shuffle_buffer).batch(batch_size).prefetch(tf.data.AUTOTUNE)


tf.keras.utils.set_random_seed(0)  # the same shuffled batches every run
time, series = synthetic_series()
split_time, window_size = 1000, 20
train_set = windowed_dataset(series[:split_time], window_size)

# --8<-- [start:plateau]
# Every validation day with the 20 days before it, in time order (not shuffled).
valid_set = tf.keras.utils.timeseries_dataset_from_array(
    series[split_time - window_size : -1],
    targets=series[split_time:],
    sequence_length=window_size,
    batch_size=32,
)

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(window_size,)),
        tf.keras.layers.Rescaling(1 / 100),
        tf.keras.layers.Dense(20, activation="relu"),
        tf.keras.layers.Dense(10, activation="relu"),
        tf.keras.layers.Dense(1),
        tf.keras.layers.Rescaling(100),
    ]
)
model.compile(
    loss=tf.keras.losses.Huber(),
    optimizer=tf.keras.optimizers.SGD(learning_rate=4e-5, momentum=0.9),
    metrics=["mae"],
)

callbacks = [
    # Halve the rate when val_loss has not improved for 5 epochs, but not below 1e-8.
    tf.keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=5, min_lr=1e-8),
    # Stop when it has not improved for 15 epochs, and keep the best weights seen.
    tf.keras.callbacks.EarlyStopping(monitor="val_loss", patience=15, restore_best_weights=True),
]
history = model.fit(train_set, validation_data=valid_set, epochs=200, callbacks=callbacks, verbose=0)

rates = history.history["learning_rate"]  # ReduceLROnPlateau logs the rate of every epoch
print(
    f"{len(rates)} epochs; learning rate {rates[0]:.1e} -> {rates[-1]:.1e}; "
    f"best val MAE {min(history.history['val_mae']):.2f}"
)
# --8<-- [end:plateau]

"""Exercise solution: a learning-rate sweep for Adam."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(1)
time = np.arange(4 * 365 + 1, dtype="float32")
season_time = (time % 365) / 365
season = np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), np.exp(-3 * season_time))
series = (10 + 0.05 * time + 40 * season + 3 * rng.standard_normal(len(time))).astype("float32")
window_size = 20

train_set = tf.keras.utils.timeseries_dataset_from_array(
    series[:999],
    targets=series[window_size:1000],
    sequence_length=window_size,
    batch_size=32,
    shuffle=True,
    seed=0,
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
model.compile(loss=tf.keras.losses.Huber(), optimizer=tf.keras.optimizers.Adam(learning_rate=1e-5))
history = model.fit(
    train_set,
    epochs=80,
    verbose=0,
    callbacks=[tf.keras.callbacks.LearningRateScheduler(lambda epoch: 1e-5 * 10 ** (epoch / 20))],
)

rates = 1e-5 * 10 ** (np.arange(len(history.history["loss"])) / 20)
print(f"lowest loss at learning rate {rates[np.nanargmin(history.history['loss'])]:.1e}")
# --8<-- [end:solution]

"""Find a learning rate: raise it every epoch, plot the loss against it, pick from the curve."""

# --8<-- [start:data]
import matplotlib.pyplot as plt
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


def forecaster():
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(window_size,)),
            tf.keras.layers.Rescaling(1 / 100),  # inputs near [-1, 1]
            tf.keras.layers.Dense(20, activation="relu"),
            tf.keras.layers.Dense(10, activation="relu"),
            tf.keras.layers.Dense(1),
            tf.keras.layers.Rescaling(100),  # outputs back on the series' scale
        ]
    )


# --8<-- [end:data]


# --8<-- [start:schedule]
def sweep_rate(epoch):
    """The learning rate for ``epoch``: 1e-7 at first, ten times larger every 10 epochs.

    >>> [f"{sweep_rate(epoch):.0e}" for epoch in (0, 10, 20, 50)]
    ['1e-07', '1e-06', '1e-05', '1e-02']
    """
    return 1e-7 * 10 ** (epoch / 10)


tf.keras.utils.set_random_seed(0)
model = forecaster()
model.compile(
    loss=tf.keras.losses.Huber(), optimizer=tf.keras.optimizers.SGD(learning_rate=sweep_rate(0), momentum=0.9)
)
# Called before every epoch. Give it a function of the epoch only: a function that takes a second
# argument is called as schedule(epoch, current_rate), and a default argument would receive the rate.
lr_schedule = tf.keras.callbacks.LearningRateScheduler(sweep_rate)
history = model.fit(train_set, epochs=50, callbacks=[lr_schedule], verbose=0)
# --8<-- [end:schedule]

# --8<-- [start:plot]
rates = np.array(history.history["learning_rate"])  # the rate each epoch really ran at
losses = np.array(history.history["loss"])
fig, ax = plt.subplots(figsize=(8, 4))
ax.semilogx(rates, losses)  # a log scale for the rate: each decade gets the same width
ax.set_xlabel("learning rate")
ax.set_ylabel("loss (Huber)")
ax.set_title("training loss during a learning-rate sweep")
ax.set_ylim(0, 1.2 * losses[0])  # past some rate, the loss shoots up
ax.grid(True)
fig.tight_layout()
fig.savefig("lr-sweep.png", dpi=80)
plt.show()

best = rates[np.nanargmin(losses)]
print(
    f"lowest loss {np.nanmin(losses):.2f} at learning rate {best:.1e}; "
    f"train at a few times less, e.g. {best / 3:.0e}"
)
# --8<-- [end:plot]
# --8<-- [end:plot]

"""Exercise solution: the same sweep without the output Rescaling(100)."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(1)
time = np.arange(4 * 365 + 1, dtype="float32")
season_time = (time % 365) / 365
season = np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), np.exp(-3 * season_time))
wander = np.zeros(len(time))
for step in range(1, len(time)):
    wander[step] = 0.8 * wander[step - 1] + rng.standard_normal()
series = (10 + 0.05 * time + 40 * season + 2 * wander + 3 * rng.standard_normal(len(time))).astype("float32")
window_size = 20

tf.keras.utils.set_random_seed(0)
train_set = tf.keras.utils.timeseries_dataset_from_array(
    series[:999],
    targets=series[window_size:1000],
    sequence_length=window_size,
    batch_size=32,
    shuffle=True,
    seed=0,
)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(window_size,)),
        tf.keras.layers.Rescaling(1 / 100),
        tf.keras.layers.Dense(20, activation="relu"),
        tf.keras.layers.Dense(10, activation="relu"),
        tf.keras.layers.Dense(1),  # no Rescaling(100): the last layer must learn weights 100 times larger
    ]
)
model.compile(loss=tf.keras.losses.Huber(), optimizer=tf.keras.optimizers.SGD(momentum=0.9))
history = model.fit(
    train_set,
    epochs=70,
    verbose=0,
    callbacks=[tf.keras.callbacks.LearningRateScheduler(lambda epoch: 1e-7 * 10 ** (epoch / 10))],
)

rates, losses = np.array(history.history["learning_rate"]), np.array(history.history["loss"])
print(
    f"loss {losses[0]:.1f} at first; lowest {np.nanmin(losses):.2f} "
    f"at learning rate {rates[np.nanargmin(losses)]:.1e}"
)
print(
    "rates at which the loss first fell below half its start:",
    f"{rates[np.argmax(losses < losses[0] / 2)]:.1e}",
)
# --8<-- [end:solution]

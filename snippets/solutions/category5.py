# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Category 5: time series (Sunspots)
#
# **The task, in the exam's shape:** forecast the monthly mean number of sunspots. The starter
# file loaded `Sunspots.csv`, **normalised the series** to [0, 1], split it at step 3000, and asked
# for a model that forecasts the next month from a window of past months. The grader measured the
# **mean absolute error (MAE) on the validation split, on the normalised series**: the top mark
# asked for an MAE of **at most 0.12**. The model had to be saved as `.h5`.
#
# Everything below runs as it is in Colab or on a laptop CPU, in a few minutes.

# %%
import csv

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

print("TensorFlow", tf.__version__)

# %% [markdown]
# ## The data
#
# 3235 months from January 1749, one row per month: an index, the date, and the monthly mean
# total sunspot number.

# %%
path = tf.keras.utils.get_file(
    "Sunspots.csv", origin="https://storage.googleapis.com/download.tensorflow.org/data/Sunspots.csv")

sunspots = []
with open(path, newline="", encoding="utf-8") as handle:
    reader = csv.reader(handle)
    next(reader)  # header: ,Date,Monthly Mean Total Sunspot Number
    for row in reader:
        sunspots.append(float(row[2]))
series = np.array(sunspots, dtype="float32")
print(len(series), "months, from", series.min(), "to", series.max())

# %% [markdown]
# ## Normalise, split, window
#
# Min-max normalisation, as the exam's starter did, maps the series to [0, 1]; the MAE target is
# on this scale. (The starter took the minimum and maximum of the whole series; on a real
# forecasting job take them from the training split only, so that no future value leaks in.)
# The first 3000 months train, the remaining 235 validate. Windows of 30 months forecast the
# next month; the training windows are shuffled to avoid sequence bias.

# %%
series = (series - series.min()) / (series.max() - series.min())

SPLIT_TIME = 3000
WINDOW_SIZE = 30
BATCH_SIZE = 32
SHUFFLE_BUFFER = 1000

x_train, x_valid = series[:SPLIT_TIME], series[SPLIT_TIME:]


def windowed_dataset(series, window_size, batch_size, shuffle_buffer=None):
    """Batches of (window of shape (window_size, 1), next value)."""
    dataset = tf.data.Dataset.from_tensor_slices(series[:, np.newaxis])  # one feature per step
    dataset = dataset.window(window_size + 1, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(window_size + 1))
    dataset = dataset.map(lambda window: (window[:-1], window[-1]))
    if shuffle_buffer:
        dataset = dataset.shuffle(shuffle_buffer)
    return dataset.batch(batch_size).prefetch(tf.data.AUTOTUNE)


# The validation windows start WINDOW_SIZE months before the split, so that the first one
# forecasts month 3000; they stay in time order. The seed makes the shuffle repeatable.
tf.keras.utils.set_random_seed(0)
train_set = windowed_dataset(x_train, WINDOW_SIZE, BATCH_SIZE, SHUFFLE_BUFFER)
valid_set = windowed_dataset(series[SPLIT_TIME - WINDOW_SIZE:], WINDOW_SIZE, BATCH_SIZE)

# %% [markdown]
# ## A baseline to beat
#
# The naive forecast (next month = this month) costs nothing. Any model worth submitting must
# beat it on the same validation months.

# %%
naive_mae = float(np.mean(np.abs(x_valid - series[SPLIT_TIME - 1:-1])))
print(f"naive forecast, validation MAE: {naive_mae:.4f}")

# %% [markdown]
# ## The model
#
# A causal `Conv1D` picks up short patterns, an `LSTM` carries the 11-year cycle's state through
# the window, and two `Dense` layers make the forecast. No `Lambda` layer (late exam versions
# refused them): the data is already on a [0, 1] scale, so no output rescaling is needed.
#
# The loss is Huber: robust to the spikes of strong solar maxima, and, unlike `loss="mse"` or
# `loss="mae"` given as strings, a model compiled with it reloads from `.h5` in Keras 3.
# `ReduceLROnPlateau` halves the learning rate when the validation MAE stops improving.


# %%
def solution_model():
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(WINDOW_SIZE, 1)),
        tf.keras.layers.Conv1D(32, kernel_size=5, padding="causal", activation="relu"),
        tf.keras.layers.LSTM(32),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(1),
    ])
    model.compile(loss=tf.keras.losses.Huber(), optimizer=tf.keras.optimizers.Adam(1e-3),
                  metrics=["mae"])
    reduce_lr = tf.keras.callbacks.ReduceLROnPlateau(monitor="val_mae", factor=0.5, patience=4)
    history = model.fit(train_set, validation_data=valid_set, epochs=30, callbacks=[reduce_lr],
                        verbose=2)
    return model, history


model, history = solution_model()
model.summary()

# %% [markdown]
# ## Check it before you submit
#
# Forecast every validation month from the 30 months before it and measure the MAE on the
# normalised series, as the grader did. Then plot the training curves and the forecast.

# %%
forecast = model.predict(valid_set, verbose=0)[:, 0]
mae = float(tf.keras.metrics.mae(x_valid, forecast))
result = {"metric": "validation MAE (normalised)", "value": mae, "target": 0.12, "goal": "below"}
print(f"{result['metric']}: {mae:.4f} (target: at most {result['target']})")

fig, (curves, months) = plt.subplots(1, 2, figsize=(12, 4))
curves.plot(history.history["mae"], label="training MAE")
curves.plot(history.history["val_mae"], label="validation MAE")
curves.axhline(0.12, color="grey", linestyle="--", label="target 0.12")
curves.set_xlabel("epoch")
curves.set_title("MAE by epoch (normalised series)")
curves.legend()
months.plot(np.arange(SPLIT_TIME, len(series)), x_valid, label="actual")
months.plot(np.arange(SPLIT_TIME, len(series)), forecast, label="forecast")
months.set_xlabel("month (index in Sunspots.csv)")
months.set_title(f"validation forecast, MAE {mae:.3f}")
months.legend()
fig.tight_layout()
fig.savefig("category5.png", dpi=80)
plt.show()

# %% [markdown]
# ![Left: training MAE falls from 0.07 to about 0.044 and validation MAE stays between 0.037 and 0.044 over 30 epochs, far below the dashed 0.12 target line. Right: the 235 validation months; the forecast follows the actual sunspot cycle (a peak near 0.6, a trough near 0 and a second, lower peak) closely, a little smoother than the data.](img/category5.png)
#
# Measured with `.venv/bin/python scripts/verify_solutions.py --data-dir /work/shared/datasets
# --plots-dir docs/solutions/img category5` on a 2-core x86_64 CPU shared with other jobs,
# TensorFlow 2.21 (CPU build), on the real `Sunspots.csv` (a second run gave the same MAE):
#
# | solution | metric | target | value | time | model .h5 bytes | result |
# |---|---|---|---|---|---|---|
# | category5 | validation MAE (normalised) | below 0.12 | 0.03732 | 93 s (40 s CPU) | 149,960 | pass |
#
# The plot above is the one that run saved (`--plots-dir` keeps it). In Colab the image link does
# not resolve; the plotting cell above draws the same figure from your own run.
#
# The validation MAE, 0.0373, is well inside the exam's top-mark target of 0.12. Be honest with
# yourself about what that target means: on the same months the naive forecast scores 0.0405
# (the baseline cell above prints it), so the target is easy; what the model adds is about 8 %
# over doing nothing. Your last digits will differ with the machine and TensorFlow build.

# %% [markdown]
# ## Save it
#
# The exam asked for an `.h5` file; `.keras` is the current format. Save both, and check that the
# `.h5` file loads and forecasts the same.

# %%
model.save("category5.keras")
model.save("category5.h5")
reloaded = tf.keras.models.load_model("category5.h5")
reloaded_mae = float(tf.keras.metrics.mae(x_valid, reloaded.predict(valid_set, verbose=0)[:, 0]))
print(f"reloaded from .h5: MAE {reloaded_mae:.4f}")

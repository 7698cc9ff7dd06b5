"""Forecast the next 24 steps of 7 features from the last 24 steps of 7 features."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf

N_PAST, N_FUTURE, N_FEATURES = 24, 24, 7  # the shape of the exam's household power task


def power_like_series(steps=24 * 120, seed=0):
    """Seven related features with a daily cycle (24 steps a day), like household power data.

    >>> power_like_series(48).shape  # (time steps, features)
    (48, 7)
    """
    rng = np.random.default_rng(seed)
    hour = np.arange(steps) % 24
    evening = np.exp(-((hour - 19) ** 2) / 8)  # the evening peak of use
    morning = np.exp(-((hour - 7) ** 2) / 4)
    weekly = 1 + 0.2 * np.sin(2 * np.pi * np.arange(steps) / (24 * 7))
    active = weekly * (0.4 + 2.0 * evening + 1.0 * morning) + 0.1 * rng.standard_normal(steps)
    columns = [
        active,  # global active power (kW)
        0.1 + 0.05 * active + 0.02 * rng.standard_normal(steps),  # global reactive power (kW)
        240 - 2 * active + 0.5 * rng.standard_normal(steps),  # voltage (V): sags under load
        4.2 * active + 0.3 * rng.standard_normal(steps),  # global intensity (A)
        8 * morning * rng.random(steps),  # sub-metering 1: kitchen (Wh)
        3 * evening + rng.random(steps),  # sub-metering 2: laundry (Wh)
        6 * weekly * (hour > 6) + rng.random(steps),  # sub-metering 3: heater (Wh)
    ]
    return np.stack(columns, axis=-1).astype("float32")


series = power_like_series()
split_time = int(len(series) * 0.8)  # 2304 steps to train, 576 to validate
# Scale each feature by its training maximum, as the exam's starter did ("normalise by max").
data_max = series[:split_time].max(axis=0)
scaled = series / data_max
# --8<-- [end:data]


# --8<-- [start:windows]
def windowed_dataset(series, batch_size=32, n_past=N_PAST, n_future=N_FUTURE, shift=1, shuffle=True):
    """Batches of (past ``n_past`` steps, next ``n_future`` steps), every feature in both.

    >>> toy = np.arange(30, dtype="float32").reshape(10, 3)  # 10 steps of 3 features
    >>> x, y = next(iter(windowed_dataset(toy, batch_size=8, n_past=3, n_future=2, shuffle=False)))
    >>> x.shape, y.shape  # 10 - 3 - 2 + 1 = 6 windows
    (TensorShape([6, 3, 3]), TensorShape([6, 2, 3]))
    >>> x[0].numpy().tolist(), y[0].numpy().tolist()
    ([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]], [[9.0, 10.0, 11.0], [12.0, 13.0, 14.0]])
    """
    dataset = tf.data.Dataset.from_tensor_slices(series)  # one element: one step, all features
    dataset = dataset.window(n_past + n_future, shift=shift, drop_remainder=True)
    dataset = dataset.flat_map(lambda window: window.batch(n_past + n_future))
    dataset = dataset.map(lambda window: (window[:n_past], window[n_past:]))
    if shuffle:
        dataset = dataset.shuffle(1000, seed=0)
    return dataset.batch(batch_size).prefetch(tf.data.AUTOTUNE)


train_set = windowed_dataset(scaled[:split_time])
valid_set = windowed_dataset(scaled[split_time:], shuffle=False)
# --8<-- [end:windows]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(N_PAST, N_FEATURES)),  # (batch, 24, 7)
        tf.keras.layers.Conv1D(32, kernel_size=3, padding="causal", activation="relu"),
        tf.keras.layers.LSTM(64),  # reads the whole past day into one vector
        tf.keras.layers.Dense(N_FUTURE * N_FEATURES),  # 168 numbers ...
        tf.keras.layers.Reshape((N_FUTURE, N_FEATURES)),  # ... shaped (batch, 24, 7)
    ]
)
model.compile(loss=tf.keras.losses.Huber(), optimizer="adam", metrics=["mae"])
model.fit(train_set, validation_data=valid_set, epochs=20, verbose=0)
print("output shape:", model.output_shape)  # (None, 24, 7)
# --8<-- [end:model]

# --8<-- [start:evaluate]
_, model_mae = model.evaluate(valid_set, verbose=0)
# Baseline: the next 24 steps repeat the last 24 (tomorrow is like today).
naive_mae = np.mean([np.mean(np.abs(x.numpy() - y.numpy())) for x, y in valid_set.unbatch()])
print(f"validation MAE on the scaled features: model {model_mae:.4f}, repeat-last-day {naive_mae:.4f}")

# A forecast in the original units: undo the scaling, feature by feature.
x, y = next(iter(valid_set))
forecast = model.predict(x[:1], verbose=0)[0] * data_max  # (24, 7)
print("next 24 steps of global active power (kW):", np.round(forecast[:, 0], 2))
# --8<-- [end:evaluate]

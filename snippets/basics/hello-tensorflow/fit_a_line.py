"""Fit y = 2x - 1 with a single neuron: the smallest complete Keras workflow."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf


def make_line_data(n=6, slope=2.0, intercept=-1.0):
    """Return ``n`` points on the line ``y = slope * x + intercept``, from x = -1.

    >>> xs, ys = make_line_data(4)
    >>> xs
    array([-1.,  0.,  1.,  2.], dtype=float32)
    >>> ys
    array([-3., -1.,  1.,  3.], dtype=float32)
    """
    xs = np.arange(-1, n - 1, dtype=np.float32)
    return xs, (slope * xs + intercept).astype(np.float32)


xs, ys = make_line_data()
# --8<-- [end:data]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)  # same start weights every run

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(1,)),  # one number in ...
        tf.keras.layers.Dense(units=1),  # ... one number out: y = w * x + b
    ]
)
model.compile(optimizer="sgd", loss="mean_squared_error")
# --8<-- [end:model]

# --8<-- [start:fit]
history = model.fit(xs, ys, epochs=500, verbose=0)
print(f"loss after {len(history.epoch)} epochs: {history.history['loss'][-1]:.6f}")
# --8<-- [end:fit]

# --8<-- [start:predict]
prediction = model.predict(np.array([10.0]), verbose=0)
print("prediction for x = 10:", prediction)  # shape (1, 1): one row, one output unit

w, b = (value.item() for value in model.layers[0].get_weights())
print(f"learned: y = {w:.3f} * x + {b:.3f}")
# --8<-- [end:predict]

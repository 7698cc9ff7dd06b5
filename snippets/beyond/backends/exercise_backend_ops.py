"""Exercise solution: a loss written with keras.ops, so that it runs on every backend."""

# --8<-- [start:solution]
import keras
import numpy as np


def huber(y_true, y_pred, delta=1.0):
    """Huber loss with keras.ops: quadratic near zero, linear for large errors.

    >>> float(huber(np.array([0.0, 0.0]), np.array([0.5, 3.0])))
    1.3125
    """
    error = keras.ops.abs(keras.ops.convert_to_tensor(y_true) - y_pred)
    quadratic = keras.ops.minimum(error, delta)
    return keras.ops.mean(0.5 * quadratic**2 + delta * (error - quadratic))


rng = np.random.default_rng(0)
xs = rng.normal(size=(256, 1)).astype("float32")
ys = 3 * xs + rng.standard_t(2, size=(256, 1)).astype("float32")  # noise with large outliers
keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.1), loss=huber)
model.fit(xs, ys, epochs=50, verbose=0)
print(keras.backend.backend(), "slope:", round(float(model.layers[0].kernel.numpy()[0, 0]), 2))
# --8<-- [end:solution]

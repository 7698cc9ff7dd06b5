"""Exercise solution: a callback that stops training once the loss falls below a threshold."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf


class StopBelowLoss(tf.keras.callbacks.Callback):
    """Stop ``fit`` once the epoch's training loss is below ``threshold``.

    >>> model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
    >>> callback = StopBelowLoss(0.01)
    >>> callback.set_model(model)
    >>> callback.on_epoch_end(4, {"loss": 0.005})
    >>> model.stop_training
    True
    """

    def __init__(self, threshold):
        super().__init__()
        self.threshold = threshold

    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("loss", float("inf")) < self.threshold:
            self.model.stop_training = True


xs = np.arange(-1, 5, dtype=np.float32)
ys = 2 * xs - 1
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mean_squared_error")
history = model.fit(xs, ys, epochs=1000, callbacks=[StopBelowLoss(1e-3)], verbose=0)
print(f"stopped after {len(history.epoch)} epochs, loss {history.history['loss'][-1]:.5f}")
# --8<-- [end:solution]

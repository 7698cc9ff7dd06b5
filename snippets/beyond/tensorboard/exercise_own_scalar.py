"""Exercise solution: log a value of your own, per epoch, next to the callback's."""

# --8<-- [start:solution]
from pathlib import Path

import numpy as np
import tensorflow as tf


class LogWeightNorm(tf.keras.callbacks.Callback):
    """Write the norm of the first layer's kernel to ``log_dir`` at the end of every epoch."""

    def __init__(self, log_dir):
        super().__init__()
        self.writer = tf.summary.create_file_writer(str(log_dir))

    def on_epoch_end(self, epoch, logs=None):
        norm = float(np.linalg.norm(self.model.layers[0].kernel.numpy()))
        with self.writer.as_default():
            tf.summary.scalar("kernel_norm", norm, step=epoch)
        self.writer.flush()


rng = np.random.default_rng(1)
xs = rng.normal(size=(512, 4)).astype("float32")
ys = xs.sum(axis=1, keepdims=True)
tf.keras.utils.set_random_seed(1)
model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
log_dir = Path("logs") / "weights"
model.fit(
    xs,
    ys,
    epochs=5,
    verbose=0,
    callbacks=[tf.keras.callbacks.TensorBoard(log_dir), LogWeightNorm(log_dir / "norm")],
)
print(sorted(path.name for path in log_dir.iterdir()))
# --8<-- [end:solution]

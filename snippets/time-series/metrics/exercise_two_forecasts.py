"""Exercise solution: the metric decides which of two forecasts is better."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

actual = np.zeros(100)
steady = actual + 2.0  # off by 2 every day
spiky = actual.copy()
spiky[[10, 30, 50, 70, 90]] = 40.0  # exact, except five days off by 40

for name, forecast in [("steady", steady), ("spiky", spiky)]:
    mae = float(tf.keras.metrics.mae(actual, forecast))
    mse = float(tf.keras.metrics.mse(actual, forecast))
    print(f"{name:6s}  MAE {mae:5.2f}   MSE {mse:6.2f}")
# --8<-- [end:solution]

"""MAE versus MSE: the same forecast errors, two very different scores."""

# --8<-- [start:metrics]
import numpy as np
import tensorflow as tf

actual = np.array([10.0, 12.0, 11.0, 13.0, 12.0, 14.0, 13.0, 15.0])
forecast = np.array([11.0, 11.0, 12.0, 12.0, 13.0, 13.0, 14.0, 14.0])  # off by 1 every step

errors = forecast - actual
print("MAE:", np.mean(np.abs(errors)), "MSE:", np.mean(errors**2))
# The Keras functions compute the same thing over the last axis, and take arrays directly.
print("tf.keras.metrics.mae:", float(tf.keras.metrics.mae(actual, forecast)))
print("tf.keras.metrics.mse:", float(tf.keras.metrics.mse(actual, forecast)))
# --8<-- [end:metrics]

# --8<-- [start:outlier]
# One bad day: a spike of 20 on a step the forecast was already 1 below, so it misses by 21.
spiky = actual.copy()
spiky[3] += 20
for name, target in [("without the spike", actual), ("with one spike", spiky)]:
    mae = float(tf.keras.metrics.mae(target, forecast))
    mse = float(tf.keras.metrics.mse(target, forecast))
    print(f"{name:17s}  MAE {mae:5.2f}   MSE {mse:6.2f}   RMSE {np.sqrt(mse):5.2f}")
# --8<-- [end:outlier]

# --8<-- [start:per-window]
# On batches of forecasts (windows x steps), the metric averages the last axis: one score per window.
windows_actual = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
windows_forecast = np.array([[1.5, 2.0, 2.5], [4.0, 8.0, 6.0]])
print("MAE per window:", tf.keras.metrics.mae(windows_actual, windows_forecast).numpy())
print("overall MAE:   ", float(tf.reduce_mean(tf.keras.metrics.mae(windows_actual, windows_forecast))))
# --8<-- [end:per-window]

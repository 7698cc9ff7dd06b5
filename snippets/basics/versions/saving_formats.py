"""Saving in Keras 3: .keras files, .h5 and its loss="mse" trap, and export() for serving."""

# --8<-- [start:model]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
xs = np.linspace(-1, 1, 20, dtype="float32").reshape(-1, 1)
model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")  # "mse": the short name of the course
model.fit(xs, 3 * xs + 1, epochs=5, verbose=0)
# --8<-- [end:model]

# --8<-- [start:save-directory]
try:
    model.save("my_model")  # course-era: a SavedModel directory
except ValueError as err:
    print(f"{type(err).__name__}: {err}")

model.save("my_model.keras")  # Keras 3: one file
model.export("my_model_serving")  # a SavedModel directory, for TF Serving / TFLite
# --8<-- [end:save-directory]

# --8<-- [start:h5-mse]
model.save("my_model.h5")  # works (with a "legacy format" warning) ...
try:
    tf.keras.models.load_model("my_model.h5")  # ... but loading fails
except (TypeError, ValueError) as err:  # TypeError up to Keras 3.10 (Colab), ValueError in 3.15
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:h5-mse]

# --8<-- [start:h5-fixes]
# 1. The .keras format has no such problem:
restored = tf.keras.models.load_model("my_model.keras")
# 2. Load the .h5 without its training configuration (enough to predict or evaluate):
restored = tf.keras.models.load_model("my_model.h5", compile=False)
restored.compile(optimizer="sgd", loss="mse")
# 3. Or compile with the full name before saving the .h5:
model.compile(optimizer="sgd", loss="mean_squared_error")
model.save("my_model.h5")
restored = tf.keras.models.load_model("my_model.h5")
print(
    "reloaded, same predictions:", np.allclose(restored.predict(xs, verbose=0), model.predict(xs, verbose=0))
)
# --8<-- [end:h5-fixes]

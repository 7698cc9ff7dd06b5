"""Check a saved model the way the grader will see it: file size, input and output shapes, a prediction."""

# --8<-- [start:model]
import os

import numpy as np
import tensorflow as tf

# A model as you would have it at the end of a category (untrained here: only its shapes matter).
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
# --8<-- [end:model]

# --8<-- [start:file-size]
model.save("mymodel.h5")
size = os.path.getsize("mymodel.h5")
print(f"mymodel.h5: {size:,} bytes ({size / 1e6:.1f} MB)")
# --8<-- [end:file-size]

# --8<-- [start:reload]
# Reload the file, not the model in memory: it is the file that gets graded.
# compile=False: Keras 3 cannot restore some losses saved in .h5 files (loss="mse").
saved = tf.keras.models.load_model("mymodel.h5", compile=False)
print("input: ", saved.input_shape)  # (None, 28, 28): None is the batch size
print("output:", saved.output_shape)  # (None, 10)
print("last activation:", saved.layers[-1].activation.__name__)
# --8<-- [end:reload]

# --8<-- [start:test-batch]
(_, _), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
x_test = x_test / 255.0  # scaled exactly as in training
assert x_test.shape[1:] == saved.input_shape[1:], (x_test.shape, saved.input_shape)
probabilities = saved.predict(x_test[:5], verbose=0)
print(probabilities.shape)  # (5, 10): one row per image, one column per class
print("sums to 1:", np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-5))
print("predicted:", probabilities.argmax(axis=1), "true:", y_test[:5])
# --8<-- [end:test-batch]

"""Print the versions that matter, and check that tf.keras is Keras 3."""

# --8<-- [start:versions]
import sys

import keras
import tensorflow as tf

print("Python    ", sys.version.split()[0])
print("TensorFlow", tf.__version__)
print("Keras     ", keras.__version__)
print("GPUs      ", tf.config.list_physical_devices("GPU") or "none (a CPU is enough)")
# --8<-- [end:versions]

# --8<-- [start:keras3]
# Since TensorFlow 2.16, tf.keras *is* Keras 3: the same classes under two names.
print("tf.keras is Keras 3:", tf.keras.Model is keras.Model)
# --8<-- [end:keras3]

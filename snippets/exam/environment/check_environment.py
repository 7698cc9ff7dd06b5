"""Which TensorFlow, Keras and Python this environment runs, and one exam-relevant Keras 3 difference."""

# --8<-- [start:versions]
import sys
from importlib import metadata

import tensorflow as tf


def keras_version():
    """The version of the Keras that tf.keras is, on any TensorFlow 2 release."""
    if hasattr(tf.keras, "version"):  # Keras 3: TensorFlow 2.16 and later
        return tf.keras.version()
    if hasattr(tf.keras, "__version__"):  # Keras 2 where tf.keras still had it
        return tf.keras.__version__
    return metadata.version("keras")  # Keras 2 of TensorFlow 2.14 and 2.15: the installed package


print("Python    ", sys.version.split()[0])
print("TensorFlow", tf.__version__)
keras = keras_version()
print("Keras     ", keras)
print("tf.keras is Keras 3" if keras.startswith("3.") else "tf.keras is Keras 2 (the exam era's)")
# --8<-- [end:versions]

# --8<-- [start:h5-mse]
model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.save("model.h5")
try:
    tf.keras.models.load_model("model.h5")  # fine in the exam era's TensorFlow (Keras 2)
except (TypeError, ValueError) as error:  # Keras 3 cannot rebuild the loss "mse" of an .h5 file
    print("cannot reload compiled:", str(error).splitlines()[0][:70])
reloaded = tf.keras.models.load_model("model.h5", compile=False)
print("reloads with compile=False:", reloaded.output_shape)
# --8<-- [end:h5-mse]

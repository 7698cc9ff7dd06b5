"""Which TensorFlow, Keras and Python this environment runs, and one exam-relevant Keras 3 difference."""

import sys

import tensorflow as tf

# --8<-- [start:versions]
print("Python    ", sys.version.split()[0])
print("TensorFlow", tf.__version__)
print("Keras     ", tf.keras.version())
keras3 = tf.keras.version().startswith("3.")
print("tf.keras is Keras 3" if keras3 else "tf.keras is Keras 2 (the exam era's)")
# --8<-- [end:versions]

# --8<-- [start:h5-mse]
model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.save("model.h5")
try:
    tf.keras.models.load_model("model.h5")  # fine in the exam era's TensorFlow (Keras 2)
except (TypeError, ValueError) as error:  # Keras 3 cannot rebuild the loss "mse" saved in an .h5 file
    print("cannot reload compiled:", str(error).splitlines()[0][:70])
reloaded = tf.keras.models.load_model("model.h5", compile=False)
print("reloads with compile=False:", reloaded.output_shape)
# --8<-- [end:h5-mse]

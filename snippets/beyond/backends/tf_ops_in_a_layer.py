"""A layer written with tf.* calls: fine on the TensorFlow backend, broken on JAX."""

# --8<-- [start:tf-layer]
import keras
import tensorflow as tf


class TfRadius(keras.layers.Layer):
    def call(self, points):
        return tf.concat([points, tf.norm(points, axis=-1, keepdims=True)], axis=-1)


try:
    model = keras.Sequential([keras.Input(shape=(2,)), TfRadius(), keras.layers.Dense(3)])
    print(keras.backend.backend(), "built the model:", model.output_shape)
except AttributeError as error:  # pragma: no cover (JAX: tests/beyond/test_backends.py runs it)
    print(keras.backend.backend(), "refused it:", str(error).splitlines()[0])
# --8<-- [end:tf-layer]

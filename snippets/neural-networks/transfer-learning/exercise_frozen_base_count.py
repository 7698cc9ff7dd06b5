"""Exercise solution: compare trainable parameters of a frozen and a partly unfrozen base."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

base = tf.keras.applications.MobileNetV2(
    input_shape=(96, 96, 3), alpha=0.35, include_top=False, weights="imagenet")


def trainable_params(model):
    """The number of values ``fit`` may change: the sizes of the trainable weights, summed.

    >>> trainable_params(tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(2)]))
    8
    """
    return int(sum(np.prod(weight.shape) for weight in model.trainable_weights))


base.trainable = False
print("frozen:", trainable_params(base))  # 0
base.trainable = True
for layer in base.layers[:-20]:
    layer.trainable = False
print("top 20 layers unfrozen:", trainable_params(base), "of", base.count_params())
# --8<-- [end:solution]

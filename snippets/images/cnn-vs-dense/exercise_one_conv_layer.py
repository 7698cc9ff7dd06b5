"""Exercise solution: how many parameters does each layer of a CNN cost?"""

# --8<-- [start:solution]
import tensorflow as tf


def conv_params(kernel_size, channels_in, filters):
    """Weights of a Conv2D layer: one kernel per (input channel, filter) pair, plus a bias per filter.

    >>> conv_params(3, 1, 32)
    320
    >>> conv_params(3, 32, 64)
    18496
    """
    return kernel_size * kernel_size * channels_in * filters + filters


model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28, 1)),
        tf.keras.layers.Conv2D(32, (3, 3), activation="relu"),
        tf.keras.layers.MaxPooling2D((2, 2)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
conv, flat_size = model.layers[0], 13 * 13 * 32
print("Conv2D:", conv.count_params(), "=", conv_params(3, 1, 32))
print("Dense :", model.layers[-1].count_params(), "=", flat_size * 10 + 10)
# --8<-- [end:solution]

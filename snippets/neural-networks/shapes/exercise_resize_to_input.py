"""Exercise solution: make 28x28 grey images fit a model that expects 32x32 colour images."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.fashion_mnist.load_data()
images = x_train[:8] / 255.0  # (8, 28, 28)

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(32, 32, 3)),
        tf.keras.layers.Conv2D(8, 3, activation="relu"),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)

fitted = images[..., np.newaxis]  # (8, 28, 28, 1): add the channel axis
fitted = tf.image.resize(fitted, (32, 32))  # (8, 32, 32, 1): resize height and width
fitted = tf.image.grayscale_to_rgb(fitted)  # (8, 32, 32, 3): repeat the grey channel 3 times
print("fitted:", fitted.shape, "model input:", model.input_shape)
print("output:", model.predict(fitted, verbose=0).shape)  # (8, 10)
# --8<-- [end:solution]

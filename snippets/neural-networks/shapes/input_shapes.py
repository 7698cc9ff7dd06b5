"""Make the data's shape match the model's input shape: Flatten, the channel axis, the batch axis."""

# --8<-- [start:data-shape]
import numpy as np
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
print("x_train:", x_train.shape, x_train.dtype)  # (60000, 28, 28) uint8: 60000 images of 28x28
print("y_train:", y_train.shape)  # (60000,): one integer label per image
x_train, x_test = x_train / 255.0, x_test / 255.0  # the test data gets exactly the same treatment
# --8<-- [end:data-shape]

# --8<-- [start:dense-input]
tf.keras.utils.set_random_seed(0)
dense_model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),  # the shape of ONE example: x_train.shape[1:]
        tf.keras.layers.Flatten(),  # (28, 28) -> (784,): Dense layers want a flat vector
        tf.keras.layers.Dense(64, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
print(
    "model input:", dense_model.input_shape, "output:", dense_model.output_shape
)  # (None, 28, 28) (None, 10)
dense_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = dense_model.fit(x_train, y_train, epochs=2, verbose=0)
print("accuracy after 2 epochs:", round(history.history["accuracy"][-1], 3))  # it trains: shapes agree
# --8<-- [end:dense-input]

# --8<-- [start:channel-axis]
# Conv2D wants (height, width, channels): a grey image has one channel that the array lacks.
conv_model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28, 1)),
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
x_train_c = x_train[..., np.newaxis]  # (60000, 28, 28, 1); np.expand_dims(x_train, -1) is the same
x_test_c = x_test[..., np.newaxis]
print("with a channel axis:", x_test_c.shape)
conv_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = conv_model.fit(x_train_c, y_train, epochs=2, verbose=0)
print("accuracy after 2 epochs:", round(history.history["accuracy"][-1], 3))
# --8<-- [end:channel-axis]

# --8<-- [start:one-example]
image = x_test[0]  # shape (28, 28): one image, but the model wants a batch
batch = image[np.newaxis, ...]  # shape (1, 28, 28): a batch of one (or np.expand_dims(image, 0))
print("one image:", image.shape, "-> batch of one:", batch.shape)
print("prediction shape:", dense_model.predict(batch, verbose=0).shape)  # (1, 10)
# --8<-- [end:one-example]

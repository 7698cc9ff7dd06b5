"""A custom callback that ends training as soon as the training accuracy reaches a target."""

# --8<-- [start:callback]
import tensorflow as tf


class StopAtAccuracy(tf.keras.callbacks.Callback):
    """Stop ``fit`` at the end of the first epoch whose accuracy reaches ``target``.

    >>> model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
    >>> callback = StopAtAccuracy(0.9)
    >>> callback.set_model(model)
    >>> model.stop_training = False  # fit sets this when training starts
    >>> callback.on_epoch_end(0, {"accuracy": 0.85, "loss": 0.4})
    >>> model.stop_training
    False
    >>> callback.on_epoch_end(1, {"accuracy": 0.93, "loss": 0.2})
    Reached 93.0% accuracy after 2 epochs: stopping.
    >>> model.stop_training
    True
    """

    def __init__(self, target):
        super().__init__()
        self.target = target

    def on_epoch_end(self, epoch, logs=None):
        accuracy = (logs or {}).get("accuracy", 0.0)
        if accuracy >= self.target:
            print(f"Reached {accuracy:.1%} accuracy after {epoch + 1} epochs: stopping.")
            self.model.stop_training = True  # fit finishes this epoch, then returns


# --8<-- [end:callback]


# --8<-- [start:use]
(x_train, y_train), _ = tf.keras.datasets.fashion_mnist.load_data()
x_train = x_train / 255.0

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_train, y_train, epochs=50, callbacks=[StopAtAccuracy(0.9)], verbose=0)
print("trained for", len(history.epoch), "of at most 50 epochs")
# --8<-- [end:use]

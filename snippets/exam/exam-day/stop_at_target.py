"""Stop training as soon as a metric reaches the target, instead of after a fixed number of epochs."""

# --8<-- [start:callback]
import tensorflow as tf


class StopAtTarget(tf.keras.callbacks.Callback):
    """Stop training at the end of the first epoch where ``metric`` reaches ``target``.

    >>> callback = StopAtTarget("val_accuracy", 0.9, goal="above")
    >>> callback.reached({"val_accuracy": 0.91}), callback.reached({"val_accuracy": 0.5}), callback.reached({})
    (True, False, False)
    >>> StopAtTarget("val_mae", 0.12, goal="below").reached({"val_mae": 0.1})
    True
    """

    def __init__(self, metric, target, goal="above"):
        super().__init__()
        self.metric, self.target, self.goal = metric, target, goal

    def reached(self, logs):
        value = logs.get(self.metric)
        if value is None:
            return False
        return value >= self.target if self.goal == "above" else value <= self.target

    def on_epoch_end(self, epoch, logs=None):
        if self.reached(logs or {}):
            print(f"\n{self.metric} reached {self.target} after epoch {epoch + 1}: stopping.")
            self.model.stop_training = True


# --8<-- [end:callback]


# --8<-- [start:use]
(x_train, y_train), _ = tf.keras.datasets.fashion_mnist.load_data()
x_train = x_train / 255.0

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(64, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(
    x_train, y_train, epochs=50, validation_split=0.2, callbacks=[StopAtTarget("val_accuracy", 0.85)]
)
print("epochs run:", len(history.history["loss"]))
# --8<-- [end:use]

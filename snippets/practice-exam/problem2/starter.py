"""Practice exam, problem 2 (category 2, Fashion-MNIST): the starter file.

Run it, then grade the model it saves, from the repository's folder:

    python snippets/practice-exam/problem2/starter.py
    python scripts/grade.py problem2 mymodel.h5
"""

# --8<-- [start:stop-at-target]
import tensorflow as tf


class StopAtTarget(tf.keras.callbacks.Callback):
    """Stop training at the end of the first epoch where ``metric`` reaches ``target``."""

    def __init__(self, metric, target):
        super().__init__()
        self.metric, self.target = metric, target

    def on_epoch_end(self, epoch, logs=None):
        self.model.stop_training = (logs or {}).get(self.metric, 0.0) >= self.target


# --8<-- [end:stop-at-target]


# --8<-- [start:solution-model]
def solution_model():
    (x_train, y_train), _ = tf.keras.datasets.fashion_mnist.load_data()
    x_train = x_train / 255.0  # the grader feeds pixels scaled to 0-1, shape (28, 28)

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
    model.fit(
        x_train, y_train, epochs=10, validation_split=0.1, callbacks=[StopAtTarget("val_accuracy", 0.88)]
    )
    return model


# --8<-- [end:solution-model]


# --8<-- [start:save]
if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:save]

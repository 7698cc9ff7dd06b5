"""Exercise solution: find the best epoch from a History, then retrain for exactly that long."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf


def best_epoch(val_losses):
    """The 1-based epoch with the lowest validation loss.

    >>> best_epoch([0.90, 0.52, 0.47, 0.49, 0.61])
    3
    """
    return int(np.argmin(val_losses)) + 1


(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
x_small, y_small = x_train[:2500] / 255.0, y_train[:2500]  # fit holds out the last 500 for validation


def build():
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(28, 28)),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(512, activation="relu"),
            tf.keras.layers.Dense(10, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


history = build().fit(x_small, y_small, epochs=30, validation_split=0.2, verbose=0)
epochs = best_epoch(history.history["val_loss"])
final = build()
final.fit(x_small, y_small, epochs=epochs, validation_split=0.2, verbose=0)  # the same 2000 images
# The epoch count was chosen on the validation images; the test set, untouched until now, is used once.
test_accuracy = final.evaluate(x_test / 255.0, y_test, verbose=0)[1]
print(f"retrained for {epochs} epochs; test accuracy {test_accuracy:.3f}")
# --8<-- [end:solution]

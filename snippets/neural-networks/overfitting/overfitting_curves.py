"""See overfitting: a large model, little data, and training vs validation curves that part ways."""

# --8<-- [start:overfit]
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
# Little data makes overfitting quick: 2500 training images, of which fit holds out the last 500.
x_small, y_small = x_train[:2500] / 255.0, y_train[:2500]

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(512, activation="relu"),  # far more capacity than 2000 images need
        tf.keras.layers.Dense(512, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=40, validation_split=0.2, verbose=0)
# --8<-- [end:overfit]

# --8<-- [start:curves]
loss, val_loss = history.history["loss"], history.history["val_loss"]
best = int(np.argmin(val_loss))  # index of the epoch with the lowest validation loss
print(
    f"lowest val_loss {val_loss[best]:.3f} at epoch {best + 1}; at the end: "
    f"loss {loss[-1]:.3f}, val_loss {val_loss[-1]:.3f}"
)

epochs = range(1, len(loss) + 1)
plt.plot(epochs, loss, label="training loss")
plt.plot(epochs, val_loss, label="validation loss")
plt.axvline(best + 1, color="grey", linestyle=":", label="best epoch")
plt.xlabel("epoch")
plt.legend()
plt.savefig("overfitting.png")
plt.show()
# --8<-- [end:curves]

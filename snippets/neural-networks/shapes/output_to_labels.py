"""Read a model's output shape and turn its probabilities into labels you can compare."""

# --8<-- [start:setup]
import numpy as np
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
x_train, x_test = x_train / 255.0, x_test / 255.0
class_names = [
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
]

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
history = model.fit(x_train, y_train, epochs=5, verbose=0)
print("training accuracy after 5 epochs:", round(history.history["accuracy"][-1], 3))
# --8<-- [end:setup]

# --8<-- [start:multi-class]
probabilities = model.predict(x_test[:5], verbose=0)
print("output shape:", probabilities.shape)  # (5, 10): one row per image, one column per class
print("row sums:", probabilities.sum(axis=1).round(3))  # softmax rows sum to 1

predicted = np.argmax(probabilities, axis=1)  # (5,): the most probable class of each row
print("predicted:", predicted, "true:", y_test[:5])  # same shape as the labels: comparable
print("as names:", [class_names[i] for i in predicted])
print("accuracy on these 5:", np.mean(predicted == y_test[:5]))
# --8<-- [end:multi-class]


# --8<-- [start:binary]
def to_binary_labels(probabilities, threshold=0.5):
    """Turn the ``(n, 1)`` output of a sigmoid head into ``n`` labels 0 or 1.

    >>> to_binary_labels(np.array([[0.93], [0.12], [0.5]]))
    array([1, 0, 0])
    >>> to_binary_labels(np.array([[0.93], [0.12]]), threshold=0.1)
    array([1, 1])
    """
    return (probabilities[:, 0] > threshold).astype(int)


# --8<-- [end:binary]

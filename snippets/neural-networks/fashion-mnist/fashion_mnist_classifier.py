"""Fashion-MNIST end to end: load, look, normalise, train, evaluate, predict, confusion matrix, curves."""

# --8<-- [start:load]
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
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
print("train:", x_train.shape, "test:", x_test.shape)  # (60000, 28, 28) (10000, 28, 28)
print("pixel range:", x_train.min(), "to", x_train.max(), x_train.dtype)  # 0 to 255 uint8
print("first label:", y_train[0], class_names[y_train[0]])
# --8<-- [end:load]

# --8<-- [start:samples]
figure, axes = plt.subplots(3, 6, figsize=(9, 5))
for axis, image, label in zip(axes.flat, x_train, y_train):  # the first 18 training images
    axis.imshow(image, cmap="gray_r")  # gray_r: dark clothes on white
    axis.set_title(class_names[label], fontsize=9)
    axis.axis("off")
figure.tight_layout()
plt.show()
# --8<-- [end:samples]

# --8<-- [start:preprocess]
x_train = x_train.astype("float32") / 255.0  # pixels 0..255 -> 0..1
x_test = x_test.astype("float32") / 255.0  # the test data gets the same scaling
# --8<-- [end:preprocess]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),  # ten classes
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# --8<-- [end:model]

# --8<-- [start:fit]
history = model.fit(x_train, y_train, epochs=10, validation_split=0.1, verbose=2)
# --8<-- [end:fit]

# --8<-- [start:evaluate]
test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test accuracy: {test_accuracy:.3f}")
# --8<-- [end:evaluate]

# --8<-- [start:predict]
probabilities = model.predict(x_test, verbose=0)  # (10000, 10): one probability per class
predicted = probabilities.argmax(axis=1)  # the most probable class of each image
confidence = probabilities.max(axis=1)  # and its probability
for index in range(3):
    print(
        f"predicted {class_names[predicted[index]]:<12} ({confidence[index]:.0%})  "
        f"true {class_names[y_test[index]]}"
    )
# --8<-- [end:predict]

# --8<-- [start:show-predictions]
rng = np.random.default_rng(0)
sample = rng.choice(len(x_test), size=15, replace=False)  # 15 test images at random
figure, axes = plt.subplots(3, 5, figsize=(10, 6.5))
for axis, index in zip(axes.flat, sample):
    right = predicted[index] == y_test[index]
    axis.imshow(x_test[index], cmap="gray_r")
    axis.set_title(
        f"{class_names[predicted[index]]} {confidence[index]:.0%}\n(true: {class_names[y_test[index]]})",
        fontsize=8,
        color="tab:blue" if right else "tab:red",
    )  # mistakes in red
    axis.axis("off")
figure.tight_layout()
plt.show()
# --8<-- [end:show-predictions]

# --8<-- [start:confusion-matrix]
matrix = tf.math.confusion_matrix(y_test, predicted, num_classes=10).numpy()  # rows: true, columns: predicted
print(
    "correct per class:",
    {name: f"{matrix[i, i] / max(matrix[i].sum(), 1):.0%}" for i, name in enumerate(class_names)},
)

figure, axis = plt.subplots(figsize=(7, 6))
image = axis.imshow(matrix, cmap="Blues")
axis.set_xticks(range(10), class_names, rotation=60, ha="right")
axis.set_yticks(range(10), class_names)
axis.set_xlabel("predicted class")
axis.set_ylabel("true class")
for true in range(10):
    for guess in range(10):  # write each count in its cell
        axis.text(
            guess,
            true,
            matrix[true, guess],
            ha="center",
            va="center",
            fontsize=7,
            color="white" if matrix[true, guess] > matrix.max() / 2 else "black",
        )
figure.colorbar(image)
figure.tight_layout()
plt.show()
# --8<-- [end:confusion-matrix]
# --8<-- [end:predict]


# --8<-- [start:plot]
def plot_history(history, metrics=("loss", "accuracy")):
    """Plot each metric of a ``fit`` history, training and validation, against the epoch.

    >>> figure = plot_history(history)
    >>> [axis.get_title() for axis in figure.axes]
    ['loss', 'accuracy']
    >>> [line.get_label() for line in figure.axes[0].get_lines()]
    ['training', 'validation']
    """
    figure, axes = plt.subplots(1, len(metrics), figsize=(5 * len(metrics), 3.5))
    epochs = np.arange(1, len(history.epoch) + 1)
    for axis, metric in zip(np.atleast_1d(axes), metrics):
        axis.plot(epochs, history.history[metric], label="training")
        if f"val_{metric}" in history.history:
            axis.plot(epochs, history.history[f"val_{metric}"], label="validation")
        axis.set_title(metric)
        axis.set_xlabel("epoch")
        axis.legend()
    figure.tight_layout()
    return figure


print("recorded:", list(history.history))  # ['accuracy', 'loss', 'val_accuracy', 'val_loss']
plot_history(history).savefig("training_curves.png")
plt.show()
# --8<-- [end:plot]

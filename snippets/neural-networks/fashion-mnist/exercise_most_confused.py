"""Exercise solution: which two classes does the model confuse most often?"""

# --8<-- [start:solution]
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
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=10, verbose=0)

predicted = model.predict(x_test, verbose=0).argmax(axis=1)
matrix = tf.math.confusion_matrix(y_test, predicted, num_classes=10).numpy()
mistakes = matrix + matrix.T  # A taken for B plus B taken for A
np.fill_diagonal(mistakes, 0)  # the diagonal holds the right answers
first, second = np.unravel_index(mistakes.argmax(), mistakes.shape)
print(
    f"most confused: {class_names[first]} and {class_names[second]}, "
    f"{mistakes[first, second]} of {len(y_test)} test images"
)
# --8<-- [end:solution]

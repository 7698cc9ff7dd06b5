"""Practice exam, problem 2: a convolutional model that keeps the grader's (28, 28) input."""

import tensorflow as tf


# --8<-- [start:solution-model]
def solution_model():
    (x_train, y_train), _ = tf.keras.datasets.fashion_mnist.load_data()
    x_train = x_train / 255.0

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(28, 28)),  # what the grader feeds
            tf.keras.layers.Reshape((28, 28, 1)),  # what Conv2D needs: one colour channel
            tf.keras.layers.Conv2D(32, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(64, activation="relu"),
            tf.keras.layers.Dense(10, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x_train, y_train, epochs=5, validation_split=0.1)
    return model


if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:solution-model]

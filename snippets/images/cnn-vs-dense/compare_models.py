"""A dense network and a small CNN on the same Fashion-MNIST data, side by side."""

# --8<-- [start:data]
import time

import numpy as np
import tensorflow as tf

(train_images, train_labels), (test_images, test_labels) = tf.keras.datasets.fashion_mnist.load_data()
# Conv2D wants a channel axis: (n, 28, 28) -> (n, 28, 28, 1). Scale pixels to [0, 1].
train_images = train_images[..., np.newaxis].astype("float32") / 255.0
test_images = test_images[..., np.newaxis].astype("float32") / 255.0
print("train", train_images.shape, "test", test_images.shape)
# --8<-- [end:data]


# --8<-- [start:models]
def dense_model():
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(28, 28, 1)),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(128, activation="relu"),
            tf.keras.layers.Dense(10, activation="softmax"),
        ],
        name="dense",
    )


def cnn_model():
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(28, 28, 1)),
            tf.keras.layers.Conv2D(32, (3, 3), activation="relu"),  # 32 filters learn 32 feature maps
            tf.keras.layers.MaxPooling2D((2, 2)),  # 26x26 -> 13x13
            tf.keras.layers.Conv2D(64, (3, 3), activation="relu"),
            tf.keras.layers.MaxPooling2D((2, 2)),  # 11x11 -> 5x5
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(128, activation="relu"),
            tf.keras.layers.Dense(10, activation="softmax"),
        ],
        name="cnn",
    )


# --8<-- [end:models]


# --8<-- [start:compare]
tf.keras.utils.set_random_seed(0)
rows = []
for build in (dense_model, cnn_model):
    model = build()
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    start = time.perf_counter()
    history = model.fit(train_images, train_labels, epochs=5, verbose=0)
    seconds = (time.perf_counter() - start) / len(history.epoch)
    _, test_accuracy = model.evaluate(test_images, test_labels, verbose=0)
    rows.append((model.name, model.count_params(), history.history["accuracy"][-1], test_accuracy, seconds))

print(f"{'model':6} {'parameters':>10} {'train acc':>9} {'test acc':>8} {'s/epoch':>7}")
for name, params, train_accuracy, test_accuracy, seconds in rows:
    print(f"{name:6} {params:>10,} {train_accuracy:>9.3f} {test_accuracy:>8.3f} {seconds:>7.1f}")
# --8<-- [end:compare]

# --8<-- [start:summary]
cnn_model().summary()  # watch the image shrink and the channels grow, layer by layer
# --8<-- [end:summary]

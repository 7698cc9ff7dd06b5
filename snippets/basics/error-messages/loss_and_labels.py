"""The loss must match the label format: integer class ids or one-hot rows."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
features = np.random.rand(60, 4).astype("float32")
labels = np.arange(60) % 3  # integer class ids: 0, 1, 2, 0, ...
one_hot = tf.keras.utils.to_categorical(labels, num_classes=3)  # rows like [1, 0, 0]
print("integer labels:", labels.shape, " one-hot labels:", one_hot.shape)


def classifier(loss):
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(4,)),
            tf.keras.layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    return model


# --8<-- [end:data]


# --8<-- [start:sparse-with-one-hot]
try:
    classifier("sparse_categorical_crossentropy").fit(features, one_hot, epochs=1, verbose=0)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:sparse-with-one-hot]

# --8<-- [start:categorical-with-integers]
try:
    classifier("categorical_crossentropy").fit(features, labels, epochs=1, verbose=0)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:categorical-with-integers]

# --8<-- [start:fix]
# Integer ids go with the sparse loss, one-hot rows with the plain one:
classifier("sparse_categorical_crossentropy").fit(features, labels, epochs=1, verbose=0)
classifier("categorical_crossentropy").fit(features, one_hot, epochs=1, verbose=0)
# Or convert the labels: one-hot -> ids with argmax, ids -> one-hot with to_categorical.
print("back to ids:", np.argmax(one_hot[:4], axis=1))
# --8<-- [end:fix]

"""Fight overfitting with dropout and L2 weight regularisation, and compare with the plain model."""

# --8<-- [start:data]
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
x_small, y_small = x_train[:2500] / 255.0, y_train[:2500]  # fit holds out the last 500 for validation
# --8<-- [end:data]


# --8<-- [start:models]
def build(dropout=0.0, l2=0.0):
    """The overfitting model of the previous section, optionally with dropout and L2.

    >>> [layer.__class__.__name__ for layer in build(dropout=0.4).layers]
    ['Flatten', 'Dense', 'Dropout', 'Dense', 'Dropout', 'Dense']
    >>> round(build(l2=1e-3).layers[1].kernel_regularizer.get_config()["l2"], 6)
    0.001
    """
    regularizer = tf.keras.regularizers.l2(l2) if l2 else None
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(28, 28)),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(512, activation="relu", kernel_regularizer=regularizer),
            tf.keras.layers.Dropout(dropout),  # during training only: zeroes this share of the outputs
            tf.keras.layers.Dense(512, activation="relu", kernel_regularizer=regularizer),
            tf.keras.layers.Dropout(dropout),
            tf.keras.layers.Dense(10, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


# --8<-- [end:models]


# --8<-- [start:compare]
for name, settings in [("plain", {}), ("dropout 0.4", {"dropout": 0.4}), ("L2 1e-3", {"l2": 1e-3})]:
    tf.keras.utils.set_random_seed(0)
    history = build(**settings).fit(x_small, y_small, epochs=40, validation_split=0.2, verbose=0)
    accuracy, val_accuracy = history.history["accuracy"][-1], history.history["val_accuracy"][-1]
    print(
        f"{name:<12} training accuracy {accuracy:.3f}  validation accuracy {val_accuracy:.3f}  "
        f"gap {accuracy - val_accuracy:.3f}"
    )
# --8<-- [end:compare]

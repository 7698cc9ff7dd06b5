"""A logits head: Dense(K) with no activation, and a loss told so with from_logits=True."""

# --8<-- [start:logits]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
points = rng.uniform(-2, 2, (1500, 2)).astype(np.float32)
angles = np.arctan2(points[:, 1], points[:, 0]) + np.pi
labels = np.minimum((angles // (2 * np.pi / 3)).astype(np.int64), 2)  # integers 0, 1, 2

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(3),  # no activation: three raw scores ("logits"), any real numbers
    ]
)
model.compile(
    optimizer="adam",
    loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # the loss applies softmax
    metrics=["accuracy"],
)
history = model.fit(points, labels, epochs=60, validation_split=0.2, verbose=0)

logits = model.predict(np.array([[1.0, 0.1], [-1.0, 1.0]]), verbose=0)  # shape (2, 3)
print("logits:", logits.round(1))
print("probabilities:", tf.nn.softmax(logits).numpy().round(2), "-> classes:", logits.argmax(axis=1))
# --8<-- [end:logits]


# --8<-- [start:mismatch]
def train(activation, from_logits):
    """The same model and data; only the head's activation and the loss's from_logits differ."""
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(2,)),
            tf.keras.layers.Dense(16, activation="relu"),
            tf.keras.layers.Dense(3, activation=activation),
        ]
    )
    loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=from_logits)
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    history = model.fit(points, labels, epochs=60, validation_split=0.2, verbose=0)
    return history.history["val_accuracy"][-1]


print(f"logits head, from_logits=True:   {train(None, True):.2f}")
print(f"softmax head, from_logits=False: {train('softmax', False):.2f}")
# Wrong: raw scores read as probabilities. No error, no warning; the model just learns badly.
print(f"logits head, from_logits=False:  {train(None, False):.2f}")
# Wrong: softmax twice. Keras 3 on TensorFlow warns and computes the loss from the scores before
# the softmax (see the page); other backends apply softmax twice.
print(f"softmax head, from_logits=True:  {train('softmax', True):.2f}")
# --8<-- [end:mismatch]

"""How big should a model be? Parameter count, file size and accuracy for a range of sizes."""

# --8<-- [start:data]
import os

import numpy as np
import tensorflow as tf


def make_rings(n=1000, noise=0.15, seed=0):
    """``n`` points on two noisy rings: label 0 on the inner ring (radius 1), 1 on the outer (radius 2).

    >>> x, y = make_rings(6)
    >>> x.shape, x.dtype, y.tolist()
    ((6, 2), dtype('float32'), [0, 1, 0, 1, 0, 1])
    """
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 2
    angles = rng.uniform(0, 2 * np.pi, n)
    radius = 1 + labels + rng.normal(0, noise, n)
    points = np.stack([radius * np.cos(angles), radius * np.sin(angles)], axis=1)
    return points.astype(np.float32), labels


x_train, y_train = make_rings(2000, seed=0)
x_test, y_test = make_rings(1000, seed=1)
# --8<-- [end:data]


# --8<-- [start:build]
def build_model(hidden):
    """A binary classifier with one Dense layer of each width in ``hidden`` (none: a straight line)."""
    model = tf.keras.Sequential([tf.keras.Input(shape=(2,))])
    for width in hidden:
        model.add(tf.keras.layers.Dense(width, activation="relu"))
    model.add(tf.keras.layers.Dense(1, activation="sigmoid"))
    model.compile(
        optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


# --8<-- [end:build]


# --8<-- [start:compare]
print("| hidden layers | parameters | test accuracy | .h5 file |")
print("|---|---|---|---|")
for hidden in [(), (4,), (16,), (64, 64), (512, 512)]:
    tf.keras.utils.set_random_seed(0)
    model = build_model(hidden)
    model.fit(x_train, y_train, epochs=30, batch_size=64, verbose=0)
    _, accuracy = model.evaluate(x_test, y_test, verbose=0)
    model.save("rings.h5")
    size = os.path.getsize("rings.h5")
    print(f"| {list(hidden)} | {model.count_params():,} | {accuracy:.3f} | {size / 1024:,.0f} kB |")
# --8<-- [end:compare]

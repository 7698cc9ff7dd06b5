"""Stack several Dense layers in a Sequential model, read its summary, and see why depth helps."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf


def make_circle(n, seed=0):
    """Return ``n`` random points in the square [-2, 2]² and labels: 1 inside the circle of radius 1.5.

    >>> points, labels = make_circle(4)
    >>> points.shape, labels.shape
    ((4, 2), (4,))
    >>> sorted(set(make_circle(200)[1].tolist()))
    [0, 1]
    """
    rng = np.random.default_rng(seed)
    points = rng.uniform(-2, 2, (n, 2)).astype(np.float32)
    labels = (np.sum(points**2, axis=1) < 1.5**2).astype(np.int64)
    return points, labels


points, labels = make_circle(1000)
print("share inside the circle:", labels.mean())
# --8<-- [end:data]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),  # each example: two numbers (x, y)
        tf.keras.layers.Dense(16, activation="relu"),  # hidden layer 1
        tf.keras.layers.Dense(16, activation="relu"),  # hidden layer 2
        tf.keras.layers.Dense(1, activation="sigmoid"),  # output: probability of "inside"
    ]
)
model.summary()
# --8<-- [end:model]


# --8<-- [start:params]
def dense_params(inputs, units):
    """Parameters of a Dense layer: one weight per input and unit, plus one bias per unit.

    >>> dense_params(2, 16), dense_params(16, 16), dense_params(16, 1)
    (48, 272, 17)
    """
    return inputs * units + units


print(
    "by hand:",
    dense_params(2, 16) + dense_params(16, 16) + dense_params(16, 1),
    "Keras:",
    model.count_params(),
)
# --8<-- [end:params]

# --8<-- [start:compare]
# The same data with no hidden layer: a single Dense layer can only draw a straight boundary.
linear = tf.keras.Sequential([tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(1, activation="sigmoid")])
for name, candidate in [("no hidden layer", linear), ("two hidden layers", model)]:
    candidate.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    history = candidate.fit(points, labels, epochs=100, validation_split=0.2, verbose=0)
    print(f"{name}: validation accuracy {history.history['val_accuracy'][-1]:.2f}")
# --8<-- [end:compare]

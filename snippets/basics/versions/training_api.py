"""Optimizer arguments, fit_generator and metric names: course-era calls and their Keras 3 forms."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
xs = np.random.rand(100, 2).astype("float32")
ys = (xs.sum(axis=1) > 1).astype("float32")
model = tf.keras.Sequential([tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(1, activation="sigmoid")])
# --8<-- [end:data]

# --8<-- [start:learning-rate]
try:
    tf.keras.optimizers.Adam(lr=0.01)  # course-era keyword
except ValueError as err:
    print(f"{type(err).__name__}: {err}")

optimizer = tf.keras.optimizers.Adam(learning_rate=0.01)
# --8<-- [end:learning-rate]

# --8<-- [start:metric-names]
model.compile(optimizer=optimizer, loss="binary_crossentropy", metrics=["accuracy"])
history = model.fit(xs, ys, epochs=3, verbose=0)
print(list(history.history))  # the key is the name you passed to compile
try:
    history.history["acc"]  # course-era key, from code that compiled with metrics=["acc"]
except KeyError as err:
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:metric-names]


# --8<-- [start:fit-generator]
def batches(batch_size=20):
    """Yield (features, labels) batches forever, as course-era generators did."""
    while True:
        picks = np.random.randint(0, len(xs), batch_size)
        yield xs[picks], ys[picks]


try:
    model.fit_generator(batches(), steps_per_epoch=5, epochs=2)  # course-era method
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")

model.fit(batches(), steps_per_epoch=5, epochs=2, verbose=0)  # fit takes generators and datasets
# --8<-- [end:fit-generator]

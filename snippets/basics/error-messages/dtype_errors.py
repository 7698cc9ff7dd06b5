"""TensorFlow ops do not convert types for you: strings and int/float mixes fail."""

# --8<-- [start:string-numbers]
import tensorflow as tf

# Numbers read from a text file or CSV often arrive as strings.
prices = tf.constant(["1.5", "2.25", "4.0"])
try:
    prices + 1.0
except tf.errors.InvalidArgumentError as err:
    print(f"{type(err).__name__}: {err}")

prices = tf.strings.to_number(prices)  # float32 by default
print(prices + 1.0)
# --8<-- [end:string-numbers]

# --8<-- [start:int-and-float]
counts = tf.constant([1, 2, 3])  # int32: Python ints make an integer tensor
weights = tf.constant([0.5, 0.25, 0.25])  # float32
try:
    counts * weights
except tf.errors.InvalidArgumentError as err:
    print(f"{type(err).__name__}: {err}")

print(tf.cast(counts, tf.float32) * weights)  # make the types agree explicitly
# --8<-- [end:int-and-float]

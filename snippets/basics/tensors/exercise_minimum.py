"""Exercise solution: find the minimum of a function with a Variable and GradientTape."""

# --8<-- [start:solution]
import tensorflow as tf

x = tf.Variable(0.0)
for step in range(100):
    with tf.GradientTape() as tape:
        y = (x - 4.0) ** 2 + 1.0  # smallest (1.0) at x = 4
    x.assign_sub(0.1 * tape.gradient(y, x))
print(f"x = {x.numpy():.4f}, y = {((x - 4.0) ** 2 + 1.0).numpy():.4f}")  # x = 4.0000, y = 1.0000
# --8<-- [end:solution]

"""tf.Variable holds state a model learns; tf.GradientTape computes how a result depends on it."""

# --8<-- [start:variable]
import tensorflow as tf

w = tf.Variable(2.0)  # a tensor whose value can change: weights are variables
print(w.numpy(), w.trainable)  # 2.0 True
w.assign(3.0)  # set a new value in place
w.assign_add(0.5)  # w += 0.5, in place
print(w.numpy())  # 3.5

layer = tf.keras.layers.Dense(1)
layer.build((None, 4))  # 4 inputs -> a (4, 1) kernel and a (1,) bias are created
print([(v.path, tuple(v.shape)) for v in layer.trainable_variables])
# --8<-- [end:variable]

# --8<-- [start:gradient]
x = tf.Variable(3.0)
with tf.GradientTape() as tape:  # records the operations on variables ...
    y = x**2 + 2 * x  # y = x^2 + 2x
print(tape.gradient(y, x).numpy())  # ... to compute dy/dx = 2x + 2 = 8.0 at x = 3
# --8<-- [end:gradient]


# --8<-- [start:training-step]
def train_line(xs, ys, steps=200, learning_rate=0.05):
    """Fit ``y = w * x + b`` by gradient descent by hand: what ``model.fit`` does for you.

    >>> w, b = train_line([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0], [-3.0, -1.0, 1.0, 3.0, 5.0, 7.0])
    >>> round(float(w), 2), round(float(b), 2)
    (2.0, -1.0)
    """
    xs, ys = tf.constant(xs), tf.constant(ys)
    w, b = tf.Variable(0.0), tf.Variable(0.0)
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((w * xs + b - ys) ** 2)  # mean squared error
        dw, db = tape.gradient(loss, [w, b])
        w.assign_sub(learning_rate * dw)  # one step downhill
        b.assign_sub(learning_rate * db)
    return w, b


w, b = train_line([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0], [-3.0, -1.0, 1.0, 3.0, 5.0, 7.0])
print(f"w = {w.numpy():.3f}, b = {b.numpy():.3f}")  # close to 2 and -1
# --8<-- [end:training-step]

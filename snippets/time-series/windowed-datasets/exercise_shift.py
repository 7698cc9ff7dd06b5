"""Exercise solution: windows that move two steps at a time."""

# --8<-- [start:solution]
import tensorflow as tf

window_size = 3
dataset = tf.data.Dataset.range(20)
dataset = dataset.window(window_size + 1, shift=2, drop_remainder=True)
dataset = dataset.flat_map(lambda window: window.batch(window_size + 1))
dataset = dataset.map(lambda window: (window[:-1], window[-1])).batch(2)

count = 0
for x, y in dataset:
    print(x.numpy().tolist(), "->", y.numpy().tolist())
    count += len(y)
print("windows:", count)  # 9
# --8<-- [end:solution]

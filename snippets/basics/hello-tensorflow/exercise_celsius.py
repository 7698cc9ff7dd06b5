"""Exercise solution: learn to convert Celsius to Fahrenheit from examples."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

celsius = np.array([-40, -10, 0, 8, 15, 22, 38], dtype=np.float32)
fahrenheit = celsius * 1.8 + 32  # the rule the model has to discover

# Inputs reach 40: plain SGD on raw temperatures takes steps far too big and diverges. Scale the
# inputs instead: a Normalization layer, adapted to the examples, maps them to mean 0 and
# standard deviation 1 inside the model, so the model still takes degrees Celsius.
normalize = tf.keras.layers.Normalization(axis=None)
normalize.adapt(celsius)

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), normalize, tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.1), loss="mean_squared_error")
model.fit(celsius, fahrenheit, epochs=300, verbose=0)

print("100 °C ->", model.predict(np.array([100.0]), verbose=0)[0, 0], "°F (exact: 212)")
# --8<-- [end:solution]

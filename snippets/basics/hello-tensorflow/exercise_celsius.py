"""Exercise solution: learn to convert Celsius to Fahrenheit from examples."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

celsius = np.array([-40, -10, 0, 8, 15, 22, 38], dtype=np.float32)
fahrenheit = celsius * 1.8 + 32  # the rule the model has to discover

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
# Inputs reach 40, so plain SGD at its default rate diverges; Adam with a large step does not.
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.5), loss="mean_squared_error")
model.fit(celsius, fahrenheit, epochs=300, verbose=0)

print("100 °C ->", model.predict(np.array([100.0]), verbose=0)[0, 0], "°F (exact: 212)")
# --8<-- [end:solution]

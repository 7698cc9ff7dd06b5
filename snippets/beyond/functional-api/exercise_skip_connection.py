"""Exercise solution: a skip connection, which Sequential cannot express."""

# --8<-- [start:solution]
import keras

inputs = keras.Input(shape=(32,))
x = keras.layers.Dense(32, activation="relu")(inputs)
x = keras.layers.Dense(32, activation="relu")(x)
x = keras.layers.Add()([inputs, x])  # the input skips the two layers and is added back
outputs = keras.layers.Dense(1)(x)
residual = keras.Model(inputs, outputs)

print("layers:", [type(layer).__name__ for layer in residual.layers])
print("parameters:", residual.count_params())
# --8<-- [end:solution]

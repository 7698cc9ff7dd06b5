"""Practice exam, problem 4: an LSTM in place of the pooling layer, same input and output."""

# --8<-- [start:model]
import tensorflow as tf

VOCAB_SIZE, MAX_LENGTH = 1000, 120  # as the starter: vocab_size, max_length

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(MAX_LENGTH,)),
        tf.keras.layers.Embedding(VOCAB_SIZE, 16),
        tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(32)),
        tf.keras.layers.Dense(24, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
print(model.input_shape, "->", model.output_shape, f"{model.count_params():,} parameters")
# --8<-- [end:model]

"""Exercise solution: a course-era text model rewritten for Keras 3."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf


def batches(batch_size=16):
    """Random padded sequences of word ids and 0/1 labels, forever."""
    rng = np.random.default_rng(0)
    while True:
        yield rng.integers(1, 1000, (batch_size, 20)), rng.integers(0, 2, (batch_size, 1))


model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(20,)),  # was Embedding(..., input_length=20)
        tf.keras.layers.Embedding(1000, 16),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=tf.keras.optimizers.Adam(learning_rate=0.001),  # was lr=0.001
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.fit(batches(), steps_per_epoch=10, epochs=5, verbose=0)  # was fit_generator
model.save("text_model.keras")  # was model.save("text_model")
print(model.count_params(), "parameters saved to text_model.keras")
# --8<-- [end:solution]

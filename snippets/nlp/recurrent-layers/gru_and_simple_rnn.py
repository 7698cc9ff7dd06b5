"""GRU and SimpleRNN layers in a text classifier: same place in the model as an LSTM."""

# --8<-- [start:data]
import json

import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path, encoding="utf-8") as handle:
    records = json.load(handle)
headlines = [record["headline"] for record in records]
labels = np.array([record["is_sarcastic"] for record in records], dtype=np.float32)
split = min(20000, int(0.8 * len(headlines)))
vectorizer = tf.keras.layers.TextVectorization(max_tokens=10000, output_sequence_length=32)
vectorizer.adapt(headlines[:split])
x_train, x_validation = vectorizer(headlines[:split]), vectorizer(headlines[split:])
y_train, y_validation = labels[:split], labels[split:]
# --8<-- [end:data]


# --8<-- [start:models]
def classifier(recurrent_layer):
    """The same classifier around any recurrent layer."""
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(32,)),
            tf.keras.layers.Embedding(10000, 16, mask_zero=True),  # skip the padding
            recurrent_layer,
            tf.keras.layers.Dense(1, activation="sigmoid"),
        ]
    )


layers = {
    "SimpleRNN": lambda: tf.keras.layers.SimpleRNN(32),
    "GRU": lambda: tf.keras.layers.GRU(32),
    "bidirectional GRU": lambda: tf.keras.layers.Bidirectional(tf.keras.layers.GRU(32)),
}
for name, make_layer in layers.items():
    tf.keras.utils.set_random_seed(0)
    model = classifier(make_layer())
    model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
    history = model.fit(
        x_train, y_train, epochs=5, validation_data=(x_validation, y_validation), batch_size=64, verbose=0
    )
    print(
        f"{name:>17}: {model.count_params():>7,} parameters, "
        f"validation accuracy {history.history['val_accuracy'][-1]:.3f}"
    )
# --8<-- [end:models]

"""The text classifiers the comparison table measures, built by name on the same input shape."""

# --8<-- [start:models]
import tensorflow as tf

MODEL_KINDS = ("pooling", "conv1d", "simple-rnn", "gru", "lstm", "stacked-lstm", "bidirectional-lstm")


def build_model(kind, vocab_size=1000, sequence_length=120, embedding_dim=16):
    """An Embedding, then the layer(s) named by ``kind``, then one sigmoid unit.

    >>> [build_model(kind).count_params() for kind in ("pooling", "lstm")]
    [16017, 22305]
    """
    middle = {
        "pooling": [tf.keras.layers.GlobalAveragePooling1D()],
        "conv1d": [tf.keras.layers.Conv1D(32, 5, activation="relu"), tf.keras.layers.GlobalMaxPooling1D()],
        "simple-rnn": [tf.keras.layers.SimpleRNN(32)],
        "gru": [tf.keras.layers.GRU(32)],
        "lstm": [tf.keras.layers.LSTM(32)],
        "stacked-lstm": [tf.keras.layers.LSTM(32, return_sequences=True), tf.keras.layers.LSTM(32)],
        "bidirectional-lstm": [tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(32))],
    }[kind]
    return tf.keras.Sequential([
        tf.keras.Input(shape=(sequence_length,)),
        tf.keras.layers.Embedding(vocab_size, embedding_dim),
        *middle,
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ], name=kind.replace("-", "_"))
# --8<-- [end:models]


if __name__ == "__main__":
    # --8<-- [start:count]
    for kind in MODEL_KINDS:
        print(f"{kind:>18}: {build_model(kind).count_params():>6,} parameters")
    # --8<-- [end:count]

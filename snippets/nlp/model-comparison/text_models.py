"""Compare text classifiers on the same data: parameters, seconds per epoch, accuracy, overfitting gap."""

# --8<-- [start:models]
import json
import time

import tensorflow as tf

MODEL_KINDS = ("pooling", "conv1d", "simple-rnn", "gru", "lstm", "stacked-lstm", "bidirectional-lstm")


def build_model(kind, vocab_size=1000, sequence_length=120, embedding_dim=16):
    """An Embedding, then the layer(s) named by ``kind``, then one sigmoid unit.

    >>> [build_model(kind).count_params() for kind in ("pooling", "lstm")]
    [16017, 22305]
    >>> build_model("gru").layers[0].mask_zero, build_model("conv1d").layers[0].mask_zero
    (True, False)
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
    return tf.keras.Sequential(
        [
            tf.keras.Input(shape=(sequence_length,)),
            # Mask the padding (id 0) for the layers that read a mask; Conv1D does not, so no mask there.
            tf.keras.layers.Embedding(vocab_size, embedding_dim, mask_zero=kind != "conv1d"),
            *middle,
            tf.keras.layers.Dense(1, activation="sigmoid"),
        ],
        name=kind.replace("-", "_"),
    )


# --8<-- [end:models]


# --8<-- [start:count]
for kind in MODEL_KINDS:
    print(f"{kind:>18}: {build_model(kind).count_params():>6,} parameters")
# --8<-- [end:count]

# --8<-- [start:data]
path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path, encoding="utf-8") as handle:
    records = json.load(handle)
headlines = [record["headline"] for record in records]
labels = tf.constant([record["is_sarcastic"] for record in records], dtype=tf.float32)
split = min(20000, int(0.8 * len(headlines)))  # the exam's 20000 training headlines
# --8<-- [end:data]


# --8<-- [start:compare]
class EpochTimer(tf.keras.callbacks.Callback):
    """Records the wall-clock and CPU seconds of every epoch."""

    def on_train_begin(self, logs=None):
        self.seconds, self.cpu_seconds = [], []

    def on_epoch_begin(self, epoch, logs=None):
        self.started = time.perf_counter(), time.process_time()

    def on_epoch_end(self, epoch, logs=None):
        self.seconds.append(time.perf_counter() - self.started[0])
        self.cpu_seconds.append(time.process_time() - self.started[1])


def mean_after_first(values):
    """The mean of all but the first value (the first epoch includes tracing), if there are more.

    >>> mean_after_first([9.0, 2.0, 4.0]), mean_after_first([5.0])
    (3.0, 5.0)
    """
    rest = values[1:] or values
    return sum(rest) / len(rest)


def compare(kinds=MODEL_KINDS, sequence_length=120, epochs=10):
    """Train each kind on the same vectorized headlines with the same seed; print a table."""
    vectorizer = tf.keras.layers.TextVectorization(max_tokens=1000, output_sequence_length=sequence_length)
    vectorizer.adapt(headlines[:split])
    x_train, x_valid = vectorizer(headlines[:split]), vectorizer(headlines[split:])
    y_train, y_valid = labels[:split], labels[split:]
    print("| model | parameters | s/epoch | CPU s/epoch | train accuracy | validation accuracy | gap |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind in kinds:
        tf.keras.utils.set_random_seed(0)
        model = build_model(kind, sequence_length=sequence_length)
        model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
        timer = EpochTimer()
        history = model.fit(
            x_train,
            y_train,
            validation_data=(x_valid, y_valid),
            epochs=epochs,
            batch_size=32,
            callbacks=[timer],
            verbose=0,
        )
        train, valid = history.history["accuracy"][-1], history.history["val_accuracy"][-1]
        print(
            f"| {kind} | {model.count_params():,} | {mean_after_first(timer.seconds):.1f} | "
            f"{mean_after_first(timer.cpu_seconds):.1f} | {train:.3f} | {valid:.3f} | {train - valid:.3f} |"
        )


# --8<-- [end:compare]

# --8<-- [start:run]
compare()  # all seven models, 10 epochs each: minutes per model on a laptop CPU
# --8<-- [end:run]

# --8<-- [start:exercise]
compare(["pooling", "lstm"], sequence_length=120, epochs=3)
compare(["pooling", "lstm"], sequence_length=32, epochs=3)
# --8<-- [end:exercise]

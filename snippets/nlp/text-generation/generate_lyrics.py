"""Train an LSTM on Irish song lyrics, then write new lyrics one predicted word at a time."""

# --8<-- [start:load]
import time

import numpy as np
import tensorflow as tf

path = tf.keras.utils.get_file(
    "irish-lyrics-eof.txt",
    origin="https://storage.googleapis.com/learning-datasets/irish-lyrics-eof.txt",
)
with open(path, encoding="utf-8") as handle:
    lines = [line.strip().lower() for line in handle if line.strip()]
print(f"{len(lines)} lines, for example: {lines[0]!r}")
# --8<-- [end:load]

# --8<-- [start:vocabulary]
# No max_tokens and no output_sequence_length: every word gets an id, and ragged=True keeps
# each line as long as it is (no padding yet).
vectorizer = tf.keras.layers.TextVectorization(ragged=True)
vectorizer.adapt(lines)
vocabulary = vectorizer.get_vocabulary()
vocab_size = len(vocabulary)  # includes 0 (padding) and 1 ([UNK])
token_lines = [ids.tolist() for ids in vectorizer(lines).numpy()]
print("vocabulary size:", vocab_size)
print(lines[0], "->", token_lines[0])
# --8<-- [end:vocabulary]


# --8<-- [start:ngrams]
def ngram_sequences(token_lines):
    """Every beginning of every line that is at least two words long: the n-gram sequences.

    A line of n words gives n - 1 training examples: the model sees the first words and
    learns to predict the next one.

    >>> ngram_sequences([[5, 6, 7, 8], [9, 10]])
    [[5, 6], [5, 6, 7], [5, 6, 7, 8], [9, 10]]
    """
    return [ids[:end] for ids in token_lines for end in range(2, len(ids) + 1)]


sequences = ngram_sequences(token_lines)
max_length = max(len(sequence) for sequence in sequences)
# Pad at the front ("pre"), so the word to predict is always in the last column.
padded = tf.keras.utils.pad_sequences(sequences, maxlen=max_length, padding="pre")
xs, ys = padded[:, :-1], padded[:, -1]
print("examples:", xs.shape, "labels:", ys.shape)
print("one example:", xs[2], "->", ys[2])
# --8<-- [end:ngrams]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(max_length - 1,)),
        tf.keras.layers.Embedding(vocab_size, 100),
        tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(150)),
        tf.keras.layers.Dense(vocab_size, activation="softmax"),  # one probability per word
    ]
)
# The labels are word ids, so the sparse loss: no need to one-hot encode them.
model.compile(
    loss="sparse_categorical_crossentropy",
    optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
    metrics=["accuracy"],
)
model.summary()
# --8<-- [end:model]

# --8<-- [start:fit]
started = time.perf_counter()
history = model.fit(xs, ys, epochs=50, batch_size=64, verbose=2)
seconds = time.perf_counter() - started
print(
    f"{len(history.epoch)} epochs in {seconds:.0f} s; "
    f"final training accuracy {history.history['accuracy'][-1]:.3f}"
)
# --8<-- [end:fit]


# --8<-- [start:temperature]
def reweight(probabilities, temperature):
    """Sharpen (temperature < 1) or flatten (temperature > 1) a probability distribution.

    >>> reweight([0.1, 0.2, 0.7], 1.0).round(3)
    array([0.1, 0.2, 0.7])
    >>> reweight([0.1, 0.2, 0.7], 0.5).round(3)
    array([0.019, 0.074, 0.907])
    >>> reweight([0.1, 0.2, 0.7], 2.0).round(3)
    array([0.198, 0.279, 0.523])
    """
    logits = np.log(np.asarray(probabilities, dtype=np.float64) + 1e-9) / temperature
    weights = np.exp(logits - logits.max())
    return weights / weights.sum()


# --8<-- [end:temperature]


# --8<-- [start:generate]
def generate(seed_text, next_words, temperature=0.0, rng=None):
    """Continue ``seed_text`` by ``next_words`` words; temperature 0 always takes the likeliest."""
    rng = rng or np.random.default_rng(0)
    words = seed_text.lower().split()
    for _ in range(next_words):
        ids = vectorizer([" ".join(words)])[0].numpy().tolist()
        window = tf.keras.utils.pad_sequences([ids], maxlen=max_length - 1, padding="pre")
        probabilities = model(window, training=False).numpy()[0]
        probabilities[:2] = 0  # never pick padding or [UNK]
        probabilities /= probabilities.sum()
        if temperature == 0:
            next_id = int(np.argmax(probabilities))
        else:
            next_id = int(rng.choice(vocab_size, p=reweight(probabilities, temperature)))
        words.append(vocabulary[next_id])
    return " ".join(words)


for temperature in (0.0, 0.5, 1.0):
    print(f"temperature {temperature}: {generate('help me obi wan kenobi', 12, temperature)}")
    print(f"temperature {temperature}: {generate('in the town of athy', 12, temperature)}")
# --8<-- [end:generate]

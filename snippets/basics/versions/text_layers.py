"""Course-era text preprocessing (Tokenizer, Embedding(input_length=)) next to the Keras 3 way."""

# --8<-- [start:text-vectorization]
import warnings

import tensorflow as tf

sentences = ["I love my dog", "I love my cat", "You love my dog!"]

vectorize = tf.keras.layers.TextVectorization(max_tokens=100, output_sequence_length=6)
vectorize.adapt(sentences)  # builds the vocabulary, like Tokenizer.fit_on_texts
print([str(word) for word in vectorize.get_vocabulary()])  # 0: padding, 1: '[UNK]' (out of vocabulary)
print(vectorize(["I love my fish"]))  # lower-cased, punctuation stripped, padded at the end
# --8<-- [end:text-vectorization]

# --8<-- [start:tokenizer-import]
try:
    from keras.preprocessing.text import Tokenizer  # noqa: F401 (course-era import)
except ImportError as err:
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:tokenizer-import]

# --8<-- [start:embedding]
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(120,)),  # the sequence length goes on the Input
        tf.keras.layers.Embedding(input_dim=1000, output_dim=16),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
print("parameters:", model.count_params())  # 1000*16 + 16 + 1 = 16017
# --8<-- [end:embedding]

# --8<-- [start:embedding-input-length]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = tf.keras.Sequential(
        [
            tf.keras.layers.Embedding(1000, 16, input_length=120),  # course-era
            tf.keras.layers.GlobalAveragePooling1D(),
            tf.keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
print(f"{caught[0].category.__name__}: {caught[0].message}")
try:
    old.count_params()  # no Input, so the model has no shapes and no weights yet
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:embedding-input-length]

"""The course-era way: Tokenizer and pad_sequences (legacy in Keras 3)."""

# --8<-- [start:tokenizer]
import tensorflow as tf
from tensorflow.keras.preprocessing.text import Tokenizer  # legacy: only under tf.keras

sentences = [
    "I love my dog",
    "I love my cat",
    "You love my dog!",
    "Do you think my dog is amazing?",
]
tokenizer = Tokenizer(num_words=100, oov_token="<OOV>")
tokenizer.fit_on_texts(sentences)
print(tokenizer.word_index)  # {'<OOV>': 1, 'my': 2, 'love': 3, 'dog': 4, ...}

sequences = tokenizer.texts_to_sequences(["I love my dog", "my dog loves manatees"])
print(sequences)
# --8<-- [end:tokenizer]

# --8<-- [start:pad]
padded = tf.keras.utils.pad_sequences(sequences, maxlen=5, padding="post", truncating="post")
print(padded)
# --8<-- [end:pad]

# --8<-- [start:keras3]
import keras
from tensorflow.keras.preprocessing.text import Tokenizer

# Standalone Keras 3 has no Tokenizer at all: keras.preprocessing has no "text" module.
print("keras.preprocessing.text exists:", hasattr(keras.preprocessing, "text"))
print("tf.keras Tokenizer lives in:", Tokenizer.__module__)
# --8<-- [end:keras3]

"""Turn sentences into padded sequences of word ids with TextVectorization (the Keras 3 way)."""

# --8<-- [start:adapt]
import tensorflow as tf

sentences = [
    "I love my dog",
    "I love my cat",
    "You love my dog!",
    "Do you think my dog is amazing?",
]
vectorizer = tf.keras.layers.TextVectorization(max_tokens=100)
vectorizer.adapt(sentences)  # learn the vocabulary from the training text
vocabulary = vectorizer.get_vocabulary()  # id -> word: index 0 is padding, 1 is [UNK]
print([str(word) for word in vocabulary])
# --8<-- [end:adapt]

# --8<-- [start:vectorize]
print(vectorizer(["I love my dog", "my dog loves manatees"]))
# --8<-- [end:vectorize]


# --8<-- [start:decode]
def decode(ids, vocabulary):
    """The words behind a sequence of ids, without the padding.

    >>> decode([5, 2, 1, 0, 0], ["", "[UNK]", "my", "love", "i", "dog"])
    'dog my [UNK]'
    """
    return " ".join(vocabulary[i] for i in ids if i != 0)


print(decode(vectorizer(["my dog loves manatees"])[0].numpy(), vocabulary))
# --8<-- [end:decode]

# --8<-- [start:length]
fixed = tf.keras.layers.TextVectorization(max_tokens=100, output_sequence_length=5)
fixed.adapt(sentences)
print(fixed(["I love my dog", "Do you think my dog is amazing?"]))
# --8<-- [end:length]

# --8<-- [start:max-tokens]
small = tf.keras.layers.TextVectorization(max_tokens=6)  # '' + '[UNK]' + the 4 commonest words
small.adapt(sentences)
print([str(word) for word in small.get_vocabulary()])
print(small(["Do you think my dog is amazing?"]))
# --8<-- [end:max-tokens]

# --8<-- [start:standardize]
print(vectorizer(["I LOVE my dog!!!"]))  # the default lower-cases and strips punctuation


def keep_case(text):
    """Strip punctuation but keep capital letters."""
    return tf.strings.regex_replace(text, r"[^\w\s]", "")


cased = tf.keras.layers.TextVectorization(standardize=keep_case)
cased.adapt(sentences)
print([str(word) for word in cased.get_vocabulary()[:6]])
# --8<-- [end:standardize]

# --8<-- [start:pre-padding]
# TextVectorization pads and truncates at the end ("post"). For padding at the front, get
# ragged sequences and pad them yourself:
ragged = tf.keras.layers.TextVectorization(ragged=True)
ragged.adapt(sentences)
sequences = ragged(["I love my dog", "Do you think my dog is amazing?"])
print(tf.keras.utils.pad_sequences(sequences.to_list(), maxlen=5, padding="pre", truncating="pre"))
# --8<-- [end:pre-padding]

"""Exercise solution: a vectorizer for the exam's shape, and what it does to unseen words."""

# --8<-- [start:solution]
import tensorflow as tf

train_text = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "a cat and a dog met on a mat",
]
vectorizer = tf.keras.layers.TextVectorization(max_tokens=8, output_sequence_length=6)
vectorizer.adapt(train_text)
vocabulary = [str(word) for word in vectorizer.get_vocabulary()]
print(len(vocabulary), vocabulary)

ids = vectorizer(["the cat met a zebra on the mat at noon"])[0].numpy()
print(ids)
print([vocabulary[i] for i in ids])
# --8<-- [end:solution]

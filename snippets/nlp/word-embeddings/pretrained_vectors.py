"""Start an Embedding from pretrained word vectors (GloVe-style), frozen, instead of random numbers."""

# --8<-- [start:pretrained]
import numpy as np
import tensorflow as tf

# Pretrained vectors map a word to numbers learned on a large corpus. Real ones come as a text
# file, one word and its numbers per line (GloVe's glove.6B.100d.txt: 400,000 words, 100 each).
# Three made-up 4-number vectors stand in for that file here.
pretrained = {
    "dog": [0.9, 0.1, 0.0, 0.3],
    "cat": [0.8, 0.2, 0.1, 0.3],
    "election": [0.0, 0.9, 0.7, 0.1],
}
vectorizer = tf.keras.layers.TextVectorization(max_tokens=100, output_sequence_length=4)
vectorizer.adapt(["the dog and the cat", "the election result"])
vocabulary = vectorizer.get_vocabulary()


def embedding_matrix(vocabulary, vectors, dim):
    """One row per id of the vocabulary: the word's pretrained vector, zeros for unknown words.

    >>> embedding_matrix(["", "[UNK]", "dog", "moon"], {"dog": [1.0, 2.0]}, 2).tolist()
    [[0.0, 0.0], [0.0, 0.0], [1.0, 2.0], [0.0, 0.0]]
    """
    matrix = np.zeros((len(vocabulary), dim), dtype="float32")
    for index, word in enumerate(vocabulary):
        if word in vectors:
            matrix[index] = vectors[word]
    return matrix


matrix = embedding_matrix(vocabulary, pretrained, dim=4)
embedding = tf.keras.layers.Embedding(
    len(vocabulary),
    4,
    embeddings_initializer=tf.keras.initializers.Constant(matrix),
    mask_zero=True,
    trainable=False,  # frozen: training the rest of the model leaves the vectors as they are
)
vectors = embedding(vectorizer(["cat dog"]))[0, :2].numpy()
print("cat:", vectors[0], "dog:", vectors[1])
print("found", int((np.abs(matrix).sum(axis=1) > 0).sum()), "of", len(vocabulary), "words")
# --8<-- [end:pretrained]

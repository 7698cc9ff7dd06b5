"""Padding and masking: what mask_zero=True changes for recurrent layers and for pooling."""

# --8<-- [start:mask]
import numpy as np
import tensorflow as tf

headline = np.array([[12, 7, 33, 0, 0, 0]])  # 3 words, then padding (id 0) up to 6 ids
embedding = tf.keras.layers.Embedding(100, 4, mask_zero=True)  # id 0 means "no word here"
print(embedding(headline).shape)  # (1, 6, 4): a vector for every id, padding included
print(embedding.compute_mask(headline).numpy())  # and a mask: True for a word, False for padding
# --8<-- [end:mask]

# --8<-- [start:more-padding]
tf.keras.utils.set_random_seed(0)
lstm = tf.keras.layers.LSTM(8)
plain = tf.keras.layers.Embedding(100, 4)  # the same table of word vectors, but no mask
plain.build((None, None))
plain.set_weights(embedding.get_weights())
longer = np.array([[12, 7, 33] + [0] * 27])  # the same 3 words, padded to 30 ids


def same(a, b):
    """Whether two outputs are equal up to float rounding.

    >>> same(np.ones(3), np.ones(3) + 1e-7), same(np.ones(3), np.zeros(3))
    (True, False)
    """
    return bool(np.allclose(a, b, atol=1e-6))


print("masked LSTM, 3 or 27 pads:  ", same(lstm(embedding(headline)), lstm(embedding(longer))))
print("unmasked LSTM, 3 or 27 pads:", same(lstm(plain(headline)), lstm(plain(longer))))
# --8<-- [end:more-padding]

# --8<-- [start:pre-post]
post = tf.keras.utils.pad_sequences([[12, 7, 33]], maxlen=6, padding="post")
pre = tf.keras.utils.pad_sequences([[12, 7, 33]], maxlen=6)  # padding="pre" is the default
print("post:", post[0], " pre:", pre[0])
print("masked LSTM, pre or post:   ", same(lstm(embedding(pre)), lstm(embedding(post))))
print("unmasked LSTM, pre or post: ", same(lstm(plain(pre)), lstm(plain(post))))
# --8<-- [end:pre-post]

# --8<-- [start:pooling]
pooling = tf.keras.layers.GlobalAveragePooling1D()
words_only = pooling(plain(np.array([[12, 7, 33]])))  # the mean of the 3 word vectors
print("masked average = mean of the words:  ", same(pooling(embedding(longer)), words_only))
print("unmasked average = mean of the words:", same(pooling(plain(longer)), words_only))
# --8<-- [end:pooling]

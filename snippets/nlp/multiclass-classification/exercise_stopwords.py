"""Exercise solution: drop common words ("stopwords") inside TextVectorization's standardize step."""

# --8<-- [start:solution]
import tensorflow as tf

STOPWORDS = ["a", "an", "and", "the", "of", "to", "in", "on", "is", "was", "that", "it", "for"]
PATTERN = r"\b(" + "|".join(STOPWORDS) + r")\b"


def standardize_without_stopwords(text):
    text = tf.strings.lower(text)
    text = tf.strings.regex_replace(text, r"[^\w\s]", "")
    return tf.strings.regex_replace(text, PATTERN, "")


vectorizer = tf.keras.layers.TextVectorization(standardize=standardize_without_stopwords)
vectorizer.adapt(["The cat sat on the mat, and it was happy.", "A dog in the house is a dog for life."])
print([str(word) for word in vectorizer.get_vocabulary()])
# --8<-- [end:solution]

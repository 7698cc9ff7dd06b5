"""Turn an error message into a search: keep what is generic, drop what is yours."""

# --8<-- [start:search-terms]
import re
from urllib.parse import quote_plus

import tensorflow as tf


def search_terms(message):
    """The generic part of an error message: no values, shapes, addresses, paths or names of yours.

    >>> search_terms("Argument(s) not recognized: {'lr': 0.01}")
    'Argument(s) not recognized'
    >>> search_terms("Expected shape (None, 28, 28), but input has incompatible shape (32, 784)")
    'Expected shape, but input has incompatible shape'
    >>> search_terms("Could not deserialize 'keras.metrics.mse' because it is not a KerasSaveable subclass")
    'Could not deserialize because it is not a KerasSaveable subclass'
    """
    text = message.splitlines()[0]
    text = re.sub(r"\{[^}]*\}|\([^)]*(?:\d|None)[^)]*\)", " ", text)  # dicts and shapes: your values
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", " ", text)  # quoted names and values
    text = re.sub(r"0x[0-9a-fA-F]+|\S*[/\\]\S*|\b\d[\d.e-]*\b", " ", text)  # addresses, paths, numbers
    text = re.sub(r"\s+([,.:;])", r"\1", text)
    return " ".join(text.split()).strip(" :,.")


def search_urls(terms):
    """Where to paste the terms, in the order worth trying."""
    query = quote_plus(f'"{terms}"')
    return {
        "Keras issues": f"https://github.com/keras-team/keras/issues?q={query}",
        "TensorFlow issues": f"https://github.com/tensorflow/tensorflow/issues?q={query}",
        "Stack Overflow": f"https://stackoverflow.com/search?q=%5Btensorflow%5D+{query}",
    }


# --8<-- [end:search-terms]


# --8<-- [start:example]
try:
    tf.keras.optimizers.Adam(lr=0.01)  # code copied from a course-era tutorial
except ValueError as err:
    terms = search_terms(str(err))
    print("error:", err)
    print("search:", terms)
    for site, url in search_urls(terms).items():
        print(f"{site:<18} {url}")
# --8<-- [end:example]

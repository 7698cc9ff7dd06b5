"""From a symbol's public name to its API reference page on tensorflow.org."""

# --8<-- [start:url]


def api_docs_url(name):
    """The tensorflow.org API page of a public TensorFlow name such as ``tf.keras.layers.Dense``.

    >>> api_docs_url("tf.keras.layers.Dense")
    'https://www.tensorflow.org/api_docs/python/tf/keras/layers/Dense'
    >>> api_docs_url("tf.data.Dataset.from_tensor_slices")
    'https://www.tensorflow.org/api_docs/python/tf/data/Dataset#from_tensor_slices'
    >>> api_docs_url("keras.layers.Dense")
    Traceback (most recent call last):
    ValueError: use the public name that starts with tf., got 'keras.layers.Dense'
    """
    parts = name.split(".")
    if parts[0] != "tf":
        raise ValueError(f"use the public name that starts with tf., got {name!r}")
    # A method or attribute is an anchor on its class's page (classes are Capitalised).
    for index in range(len(parts) - 1, 0, -1):
        if parts[index][:1].isupper() and index < len(parts) - 1:
            return (
                "https://www.tensorflow.org/api_docs/python/" + "/".join(parts[: index + 1]) + "#" + parts[-1]
            )
    return "https://www.tensorflow.org/api_docs/python/" + "/".join(parts)


for name in [
    "tf.keras.layers.TextVectorization",
    "tf.keras.utils.image_dataset_from_directory",
    "tf.keras.Model.fit",
]:
    print(api_docs_url(name))
# --8<-- [end:url]

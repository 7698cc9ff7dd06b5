"""Ask Python itself about a TensorFlow API: signature, docstring, names, source."""

# --8<-- [start:signature]
import inspect

import tensorflow as tf

print(inspect.signature(tf.keras.layers.Dense))  # every argument and its default
# --8<-- [end:signature]

# --8<-- [start:docstring]
doc = inspect.getdoc(tf.keras.layers.Dense)  # the text help() shows, without the pager
print("\n".join(doc.splitlines()[:3]))
# --8<-- [end:docstring]

# --8<-- [start:help]
help(
    tf.keras.losses.sparse_categorical_crossentropy
)  # in Colab: tf.keras.losses.sparse_categorical_crossentropy?
# --8<-- [end:help]

# --8<-- [start:names]
print([name for name in dir(tf.keras.layers) if "Conv" in name])  # what is there?
print([name for name in dir(tf.keras.callbacks) if not name.startswith("_")])
# --8<-- [end:names]

# --8<-- [start:source]
print(inspect.getsourcefile(tf.keras.layers.Dense))  # the file that defines it: read the code
print(tf.keras.layers.Dense.__module__)  # keras.src...: Keras code lives in the keras package
# --8<-- [end:source]

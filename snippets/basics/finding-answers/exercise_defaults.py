"""Exercise solution: look up default arguments from Python, and the matching API pages."""

# --8<-- [start:solution]
import inspect
import operator

import tensorflow as tf

for name, argument in [
    ("tf.keras.optimizers.RMSprop", "learning_rate"),
    ("tf.keras.callbacks.EarlyStopping", "patience"),
]:
    obj = operator.attrgetter(name.removeprefix("tf."))(tf)  # the object the name refers to
    default = inspect.signature(obj).parameters[argument].default
    url = "https://www.tensorflow.org/api_docs/python/" + name.replace(".", "/")
    print(f"{name}: {argument}={default}  ({url})")
# --8<-- [end:solution]

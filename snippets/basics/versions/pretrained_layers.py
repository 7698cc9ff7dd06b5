"""Why hub.KerasLayer no longer fits in a Keras 3 Sequential, and how to wrap a SavedModel instead."""

# --8<-- [start:export]
import numpy as np
import tensorflow as tf

# Stand-in for a downloaded SavedModel (what TF Hub serves): a small model exported to a folder.
tf.keras.utils.set_random_seed(0)
features = tf.keras.Sequential([tf.keras.Input(shape=(8,)), tf.keras.layers.Dense(4, activation="relu")])
features.export("feature_extractor")  # writes a SavedModel directory
# --8<-- [end:export]

# --8<-- [start:not-a-layer]
loaded = tf.saved_model.load("feature_extractor")  # a TensorFlow object, not a Keras 3 layer
try:
    tf.keras.Sequential([tf.keras.Input(shape=(8,)), loaded])
except ValueError as err:
    print(f"{type(err).__name__}: {str(err).split(' Received:')[0]}")
# --8<-- [end:not-a-layer]

# --8<-- [start:tfsm-layer]
frozen_features = tf.keras.layers.TFSMLayer("feature_extractor", call_endpoint="serve", trainable=False)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(8,)),
        frozen_features,  # frozen: only the new layer below learns
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(np.random.rand(32, 8), np.arange(32) % 2, epochs=2, verbose=0)
print("trainable weights:", [w.name for w in model.trainable_weights])  # only the new Dense layer
# --8<-- [end:tfsm-layer]

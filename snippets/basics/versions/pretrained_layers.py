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
frozen_features = tf.keras.layers.TFSMLayer("feature_extractor", call_endpoint="serve")
x, y = np.random.rand(32, 8).astype("float32"), np.arange(32) % 2
features = frozen_features(x)  # run the SavedModel once: 4 numbers per example
head = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1, activation="sigmoid")])
head.compile(optimizer="adam", loss="binary_crossentropy")
head.fit(features, y, epochs=2, verbose=0)  # only the new layer learns
print("trainable weights:", [w.name for w in head.trainable_weights])

model = tf.keras.Sequential([tf.keras.Input(shape=(8,)), frozen_features, head])  # raw inputs in
print("predictions:", model.predict(x[:3], verbose=0).shape)
# --8<-- [end:tfsm-layer]

# --8<-- [start:trainable-false]
# Keras 3.10 and later also accept the layer frozen inside a model that you fit; Keras 3.3 cannot
# mark the reloaded SavedModel's variables as not trainable.
try:
    tf.keras.layers.TFSMLayer("feature_extractor", call_endpoint="serve", trainable=False)
    print("TFSMLayer(trainable=False): accepted")
except AttributeError as err:  # only on Keras 3.3 (course labs)
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:trainable-false]

"""Exercise solution: count the weights that train when the top 40 layers are unfrozen."""

# --8<-- [start:solution]
import tensorflow as tf

base = tf.keras.applications.MobileNetV2(
    input_shape=(96, 96, 3), alpha=0.35, include_top=False, weights="imagenet"
)
for top in (0, 20, 40):
    # Set the base's flag, then every layer's flag. base.trainable = True alone would do nothing
    # here from the second round on: the flag already holds True, and the TensorFlow backend skips
    # an assignment of the value an attribute already holds, so the layers frozen before stay frozen.
    base.trainable = True
    for index, layer in enumerate(base.layers):
        layer.trainable = index >= len(base.layers) - top
    trainable = sum(w.numpy().size for w in base.trainable_weights)
    print(f"top {top:2} layers unfrozen: {trainable:,} of {base.count_params():,} weights train")
# --8<-- [end:solution]

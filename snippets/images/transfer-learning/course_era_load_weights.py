"""The course-era pattern: build the network without weights, then load a downloaded weights file."""

# --8<-- [start:load-weights]
import tensorflow as tf

name = "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_96_no_top.h5"
weights_file = tf.keras.utils.get_file(
    name,
    origin="https://storage.googleapis.com/tensorflow/keras-applications/mobilenet_v2/" + name,
    cache_subdir="models",
)  # the file keras.applications itself would download
pre_trained_model = tf.keras.applications.MobileNetV2(
    input_shape=(96, 96, 3), alpha=0.35, include_top=False, weights=None
)
pre_trained_model.load_weights(weights_file)
for layer in pre_trained_model.layers:
    layer.trainable = False  # the course froze layer by layer; base.trainable = False does the same
print(len(pre_trained_model.layers), "layers, trainable weights:", len(pre_trained_model.trainable_weights))
# --8<-- [end:load-weights]

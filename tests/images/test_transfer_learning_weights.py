"""The fake ImageNet weights in the Keras cache match Keras's MobileNetV2 and load offline."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.harness import datasets, pretrained

WEIGHTS = "models/mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_96_no_top.h5"

pytestmark = pytest.mark.xdist_group("images/transfer-learning")


def test_weight_spec_matches_the_keras_architecture():
    import tensorflow as tf

    base = tf.keras.applications.MobileNetV2(
        input_shape=(96, 96, 3), alpha=0.35, include_top=False, weights=None
    )
    expected = [
        [layer.name, [list(w.shape) for w in layer.trainable_weights + layer.non_trainable_weights]]
        for layer in base.layers
        if layer.weights
    ]
    manifest = json.loads(pretrained.MANIFEST.read_text())
    spec = [[name, [shape for _, shape in weights]] for name, weights in manifest]
    assert spec == expected, (
        "Keras changed MobileNetV2: regenerate the manifest with python -m tests.harness.pretrained"
    )


def test_imagenet_weights_load_from_the_cache_without_network(keras_home):
    import tensorflow as tf

    entry = next(d for d in datasets.REGISTRY if d.cache_path == WEIGHTS)
    assert entry.origin == (
        "https://storage.googleapis.com/tensorflow/keras-applications/mobilenet_v2/"
        "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_96_no_top.h5"
    )
    assert (keras_home / WEIGHTS).is_file()
    base = tf.keras.applications.MobileNetV2(
        input_shape=(96, 96, 3), alpha=0.35, include_top=False, weights="imagenet"
    )
    conv = base.get_layer("Conv1").get_weights()[0]
    assert conv.shape == (3, 3, 3, 16) and float(np.std(conv)) > 0  # the fixture's values, not zeros
    features = base(np.zeros((1, 96, 96, 3), np.float32), training=False)
    assert features.shape == (1, 3, 3, 1280) and np.isfinite(features.numpy()).all()

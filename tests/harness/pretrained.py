"""Stand-in weight files for the Keras applications a page loads with ``weights="imagenet"``.

Keras downloads pre-trained weights with ``get_file(NAME, URL, cache_subdir="models")`` into
``$KERAS_HOME/models/NAME``. For MobileNetV2 it passes no file hash (check
``keras/src/applications/mobilenet_v2.py``), so a file already in the cache is used as it is.
The harness writes there a real Keras weight file (legacy HDF5 layout, read by
``Model.load_weights``) with the right layer list and shapes, filled with seeded random values
instead of ImageNet's. Code that loads ``weights="imagenet"`` therefore runs offline and
unmodified; what it learns in tests means nothing, and the pages never quote it.

The layer list lives in a small JSON manifest next to this file. Regenerate it after a Keras
upgrade with ``python -m tests.harness.pretrained`` (the snippet tests fail loudly with a
"Layer count mismatch" or shape error if it is stale).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

MOBILENET_V2_BASE = "https://storage.googleapis.com/tensorflow/keras-applications/mobilenet_v2/"
MOBILENET_V2_NAME = "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_96_no_top.h5"
MANIFEST = Path(__file__).with_name("mobilenet_v2_0.35_96_no_top.json")


def _value(name: str, shape: list[int], rng: np.random.Generator) -> np.ndarray:
    if name in ("gamma", "moving_variance"):
        return np.ones(shape, dtype=np.float32)
    if name in ("beta", "moving_mean", "bias"):
        return np.zeros(shape, dtype=np.float32)
    fan_in = int(np.prod(shape[:-1])) if shape[-1] != 1 else int(np.prod(shape[:2]))
    return (rng.normal(0, np.sqrt(2.0 / max(fan_in, 1)), shape)).astype(np.float32)


def stand_in_weights(target: Path) -> None:
    """Write a legacy-HDF5 weight file with the manifest's layers and shapes, seeded values."""
    import h5py

    layers = json.loads(MANIFEST.read_text(encoding="utf-8"))
    rng = np.random.default_rng(11)
    with h5py.File(target, "w") as handle:
        handle.attrs["layer_names"] = [name.encode() for name, _ in layers]
        handle.attrs["backend"] = b"tensorflow"
        handle.attrs["keras_version"] = b"stand-in"
        for layer, weights in layers:
            group = handle.create_group(layer)
            group.attrs["weight_names"] = [f"{layer}/{name}".encode() for name, _ in weights]
            for name, shape in weights:
                group.create_dataset(f"{layer}/{name}", data=_value(name, shape, rng))


def write_manifest() -> None:  # pragma: no cover - run by hand after a Keras upgrade
    import keras
    from keras.src.legacy.saving.legacy_h5_format import _legacy_weights

    model = keras.applications.MobileNetV2(
        input_shape=(96, 96, 3), alpha=0.35, include_top=False, weights=None
    )
    layers = [
        [layer.name, [[w.path.split("/")[-1], list(w.shape)] for w in _legacy_weights(layer)]]
        for layer in model.layers
        if _legacy_weights(layer)
    ]
    MANIFEST.write_text(json.dumps(layers, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MANIFEST} ({len(layers)} layers)")


if __name__ == "__main__":  # pragma: no cover
    write_manifest()

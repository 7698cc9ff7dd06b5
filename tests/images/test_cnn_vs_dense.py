"""docs/images/cnn-vs-dense.md: the summary and parameter counts it quotes are what Keras prints.

They depend on the architecture only, not on the data or training, so they are checked exactly
(apart from the per-process layer numbering, such as ``conv2d_2``).
"""

from __future__ import annotations

import re

from tests.sections import ROOT, run_sections

SNIPPET = ROOT / "snippets" / "images" / "cnn-vs-dense" / "compare_models.py"
PAGE = "images/cnn-vs-dense.md"


def _models() -> dict:
    import tensorflow as tf

    namespace, _ = run_sections(SNIPPET, "models", namespace={"__name__": "__main__", "tf": tf})
    return namespace


def test_the_counts_in_the_prose_are_the_models_counts():
    namespace = _models()
    dense, cnn = namespace["dense_model"](), namespace["cnn_model"]()
    text = re.sub(r"\s+", " ", (ROOT / "docs" / PAGE).read_text(encoding="utf-8"))
    assert f"the dense model has **{dense.count_params():,}** and the CNN **{cnn.count_params():,}**" in text
    convs = [layer.count_params() for layer in cnn.layers if "conv" in layer.name]
    flat_dense = next(layer for layer in cnn.layers if layer.__class__.__name__ == "Dense")
    assert f"({flat_dense.count_params():,} of them)" in text
    assert f"cost only {convs[0]:,} + {convs[1]:,}" in text

"""docs/nlp/recurrent-layers.md: masking is taught with output a real run prints, and used.

The masking demonstration uses made-up ids, so the page quotes what the code prints (checked by
tests/site/test_quoted_output.py). Checked here: a masked LSTM ignores padding (more of it, or before instead of
after the words), an unmasked one does not; masked average pooling averages the words only.
"""

from __future__ import annotations

import ast

import pytest

from tests.harness import offline
from tests.sections import ROOT, run_sections

PAGE = "nlp/recurrent-layers.md"
SNIPPETS = ROOT / "snippets" / "nlp" / "recurrent-layers"


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()


def test_mask_makes_the_lstm_ignore_padding_and_the_unmasked_one_does_not():
    namespace, _ = run_sections(SNIPPETS / "masking.py", "mask", "more-padding")
    lstm, same = namespace["lstm"], namespace["same"]
    masked, plain, headline, longer = (
        namespace[name] for name in ("embedding", "plain", "headline", "longer")
    )
    assert same(lstm(masked(headline)), lstm(masked(longer)))
    assert not same(lstm(plain(headline)), lstm(plain(longer)))


@pytest.mark.parametrize("name", ["lstm_classifier.py", "gru_and_simple_rnn.py", "exercise_bbc_lstm.py"])
def test_every_recurrent_model_on_the_page_masks_its_padding(name):
    """Read without training (the snippet runs are elsewhere): each Sequential with a recurrent layer
    starts with an Embedding(..., mask_zero=True)."""
    tree = ast.parse((SNIPPETS / name).read_text(encoding="utf-8"))
    models = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("Sequential")
    ]
    checked = 0
    for model in models:
        source = ast.unparse(model)
        if not any(layer in source for layer in ("LSTM", "GRU", "SimpleRNN", "recurrent_layer")):
            continue
        embeddings = [
            node
            for node in ast.walk(model)
            if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("Embedding")
        ]
        assert embeddings, f"{name}: a recurrent model without an Embedding"
        for embedding in embeddings:
            flags = {keyword.arg: ast.unparse(keyword.value) for keyword in embedding.keywords}
            assert flags.get("mask_zero") == "True", (
                f"{name}: {ast.unparse(embedding)} reads padding unmasked"
            )
        checked += 1
    assert checked, f"{name} builds no recurrent model"


@pytest.mark.parametrize("kind", ["GRU", "SimpleRNN", "Bidirectional"])
def test_what_the_page_says_of_lstm_holds_for_the_other_recurrent_layers(kind):
    import numpy as np
    import tensorflow as tf

    tf.keras.utils.set_random_seed(0)
    layer = (
        tf.keras.layers.Bidirectional(tf.keras.layers.GRU(4))
        if kind == "Bidirectional"
        else getattr(tf.keras.layers, kind)(4)
    )
    masked = tf.keras.layers.Embedding(50, 3, mask_zero=True)
    plain = tf.keras.layers.Embedding(50, 3)
    short, long, pre = np.array([[5, 9, 0]]), np.array([[5, 9] + [0] * 20]), np.array([[0, 5, 9]])
    plain.build((None, None))
    masked.build((None, None))
    plain.set_weights(masked.get_weights())
    assert np.allclose(layer(masked(short)), layer(masked(long)), atol=1e-6)
    assert np.allclose(layer(masked(short)), layer(masked(pre)), atol=1e-6)
    assert not np.allclose(layer(plain(short)), layer(plain(long)), atol=1e-6)

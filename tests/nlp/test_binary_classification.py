"""docs/nlp/binary-classification.md: what the page says about saving a model that takes raw strings.

The page says a `.keras` file keeps the vectorizer's vocabulary and a legacy `.h5` file does not:
the `.h5` model loads, then fails at its first prediction with "Table not initialized". Checked
here on a tiny vectorizer, and that both pooled models of the NLP pages mask their padding.
"""

from __future__ import annotations

import ast

import pytest

from tests.sections import ROOT

pytestmark = pytest.mark.xdist_group("nlp/binary-classification")


@pytest.fixture(scope="module")
def end_to_end():
    import tensorflow as tf

    vectorizer = tf.keras.layers.TextVectorization(max_tokens=20, output_sequence_length=4)
    vectorizer.adapt(["the cat sat", "a dog ran far"])
    words = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(4,)),
            tf.keras.layers.Embedding(20, 2, mask_zero=True),
            tf.keras.layers.GlobalAveragePooling1D(),
            tf.keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    return tf.keras.Sequential([tf.keras.Input(shape=(1,), dtype="string"), vectorizer, words])


def test_keras_file_keeps_the_vocabulary(end_to_end, tmp_path):
    import numpy as np
    import tensorflow as tf

    raw = tf.constant([["the cat ran"], ["a dog"]])
    end_to_end.save(tmp_path / "model.keras")
    reloaded = tf.keras.models.load_model(tmp_path / "model.keras")
    np.testing.assert_allclose(reloaded.predict(raw, verbose=0), end_to_end.predict(raw, verbose=0))


def test_h5_file_loses_the_vocabulary_and_fails_at_the_first_prediction(end_to_end, tmp_path):
    import tensorflow as tf

    end_to_end.save(tmp_path / "model.h5")
    reloaded = tf.keras.models.load_model(tmp_path / "model.h5")  # loads without complaint
    with pytest.raises(tf.errors.FailedPreconditionError, match="Table not initialized"):
        reloaded.predict(tf.constant([["the cat ran"]]), verbose=0)
    page = (ROOT / "docs" / "nlp" / "binary-classification.md").read_text(encoding="utf-8")
    assert "FailedPreconditionError: ... Table not initialized." in page


@pytest.mark.parametrize(
    "snippet",
    [
        "binary-classification/sarcasm_classifier.py",
        "word-embeddings/embedding_projector.py",
        "multiclass-classification/bbc_classifier.py",
    ],
)
def test_pooled_models_mask_their_padding(snippet):
    """GlobalAveragePooling1D after an Embedding without mask_zero would average the padding too."""
    tree = ast.parse((ROOT / "snippets" / "nlp" / snippet).read_text(encoding="utf-8"))
    embeddings = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and ast.unparse(node.func).endswith("layers.Embedding")
        and len(node.args) >= 2  # the classifier's table, not the page's 5-word lookup demo
    ]
    assert embeddings
    for call in embeddings:
        assert any(k.arg == "mask_zero" and ast.literal_eval(k.value) is True for k in call.keywords), (
            ast.unparse(call)
        )

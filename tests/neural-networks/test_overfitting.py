"""docs/neural-networks/overfitting.md: choices are made on validation data, the test set is used once.

Every ``fit`` on the page holds out validation data from the training images; no snippet passes
test images to ``fit``, and the exercise evaluates its final model on the test set exactly once,
after all training.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.harness import offline
from tests.harness.markdown import DOCS
from tests.harness.snippets import run_snippet
from tests.sections import ROOT

SNIPPETS = ROOT / "snippets" / "neural-networks" / "overfitting"


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()


@pytest.fixture
def calls(monkeypatch):
    import keras

    seen, inside_fit = [], []
    real_fit, real_evaluate = keras.Model.fit, keras.Model.evaluate

    def fit(self, x=None, y=None, *args, **kwargs):
        seen.append(("fit", np.asarray(x), kwargs))
        inside_fit.append(True)
        try:
            return real_fit(self, x, y, *args, **kwargs)
        finally:
            inside_fit.pop()

    def evaluate(self, x=None, y=None, *args, **kwargs):
        if not inside_fit:  # fit evaluates its validation data itself: not the snippet's call
            seen.append(("evaluate", np.asarray(x), kwargs))
        return real_evaluate(self, x, y, *args, **kwargs)

    monkeypatch.setattr(keras.Model, "fit", fit)
    monkeypatch.setattr(keras.Model, "evaluate", evaluate)
    return seen


def _is_test_data(x) -> bool:
    import tensorflow as tf

    _, (x_test, _) = tf.keras.datasets.fashion_mnist.load_data()
    return x.shape[1:] == x_test.shape[1:] and any(
        np.allclose(x, x_test[: len(x)] / scale) for scale in (1.0, 255.0) if len(x) <= len(x_test)
    )


def _assert_training_never_sees_the_test_set(calls):
    fits = [(x, kwargs) for kind, x, kwargs in calls if kind == "fit"]
    assert fits
    for x, kwargs in fits:
        assert "validation_data" not in kwargs and kwargs.get("validation_split") == 0.2
        assert not _is_test_data(x)


@pytest.mark.parametrize("name", ["overfitting_curves.py", "dropout_and_l2.py"])
def test_training_never_sees_the_test_set(name, calls):
    run_snippet(SNIPPETS / name)
    _assert_training_never_sees_the_test_set(calls)


def test_the_exercise_measures_the_test_set_once_after_choosing_the_epoch(calls):
    run_snippet(SNIPPETS / "exercise_best_epoch.py")
    _assert_training_never_sees_the_test_set(calls)  # the same rule as the page's own snippets
    kinds = [kind for kind, _, _ in calls]
    assert kinds == ["fit", "fit", "evaluate"]
    assert _is_test_data(calls[-1][1])


def test_the_page_says_why_once():
    text = (DOCS / "neural-networks" / "overfitting.md").read_text(encoding="utf-8")
    assert text.count("Why validation data, and not the test set") == 1
    assert "2,000\ntest images as validation" not in text and "test images as validation" not in text

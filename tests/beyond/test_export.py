"""docs/beyond/export.md: the SavedModel and the LiteRT file answer as the Keras model does, and the
LiteRT file is the smallest of the three."""

from __future__ import annotations

import numpy as np
import pytest

from scripts.lib import pages as page_model
from tests.harness import offline
from tests.harness.markdown import DOCS
from tests.harness.pages import page_namespace

PAGE = "beyond/export.md"
pytestmark = pytest.mark.xdist_group("page:beyond/export")


@pytest.fixture
def namespace():  # per test: the page runs (once, cached) in the test's own folder
    offline.clamp_training()
    return page_namespace(page_model.parse(DOCS / PAGE))


def test_the_saved_model_answers_as_keras_does(namespace):
    np.testing.assert_allclose(namespace["served"], namespace["keras_probabilities"], atol=1e-6)


def test_the_litert_interpreter_answers_as_keras_does(namespace):
    lite, keras_probabilities = namespace["lite_probabilities"], namespace["keras_probabilities"]
    assert lite.shape == keras_probabilities.shape == (3, 3)
    np.testing.assert_allclose(lite, keras_probabilities, atol=1e-5)
    assert type(namespace["interpreter"]).__module__.startswith("ai_edge_litert")  # not tf.lite


def test_the_exercise_compares_both_converters(namespace):
    np.testing.assert_allclose(namespace["by_keras"], namespace["by_converter"], atol=1e-6)

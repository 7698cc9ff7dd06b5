"""docs/beyond/functional-api.md: the two ways build the same model, the shared layer counts once,
and the numbers the prose gives are the ones the code prints."""

from __future__ import annotations

import pytest

from scripts.lib import pages as page_model
from tests.harness import offline
from tests.harness.markdown import DOCS
from tests.harness.pages import page_namespace

PAGE = "beyond/functional-api.md"
pytestmark = pytest.mark.xdist_group("page:beyond/functional-api")  # the page runs once per worker


@pytest.fixture
def namespace():  # per test: the page runs (once, cached) in the test's own folder
    offline.clamp_training()
    return page_namespace(page_model.parse(DOCS / PAGE))


def test_sequential_and_functional_are_the_same_model(namespace):
    sequential, functional = namespace["sequential"], namespace["functional"]
    assert functional.count_params() == sequential.count_params() == 101_770
    assert [type(layer).__name__ for layer in functional.layers[1:]] == [
        type(layer).__name__ for layer in sequential.layers
    ]


def test_two_inputs_two_outputs_train_and_predict_by_name(namespace):
    model = namespace["model"]
    assert [tensor.name for tensor in model.inputs] == ["features", "district"]
    assert set(model.output_names) == {"price", "expensive"}
    assert {"price_mae", "expensive_accuracy", "val_price_loss"} <= set(namespace["history"].history)
    assert namespace["predicted_price"].shape == namespace["predicted_expensive"].shape == (3, 1)


def test_the_shared_layer_counts_once_as_the_page_says(namespace):
    encoder, pair_model = namespace["encoder"], namespace["pair_model"]
    names = [layer.name for layer in pair_model.layers]
    assert names.count("shared_encoder") == 1
    extra = pair_model.count_params() - encoder.count_params()
    text = (DOCS / PAGE).read_text(encoding="utf-8")
    assert f"its {encoder.count_params():,} weights (100 × 16 + 16)" in text
    assert f"adds only the {extra} weights of its last layer" in text


def test_the_exercise_answer_matches_the_model(namespace):
    residual = namespace["residual"]
    text = (DOCS / PAGE).read_text(encoding="utf-8")
    assert f"{residual.count_params():,} in all" in text
    assert "Add" in [type(layer).__name__ for layer in residual.layers]

"""The Fashion-MNIST page shows sample images, per-image predictions with confidence, and a
confusion matrix that agrees with the accuracy ``evaluate`` reports."""

from __future__ import annotations

import os

import matplotlib.pyplot as plt
import numpy as np
import pytest

from tests.harness import offline
from tests.harness.snippets import ROOT, run_snippet

SNIPPET = ROOT / "snippets" / "neural-networks" / "fashion-mnist" / "fashion_mnist_classifier.py"
PAGE = ROOT / "docs" / "neural-networks" / "fashion-mnist.md"

pytestmark = pytest.mark.xdist_group("neural-networks/fashion-mnist")


@pytest.fixture(scope="module")
def shown(tmp_path_factory):
    """Run the snippet (training clamped) and keep the title texts of every figure it shows."""
    offline.clamp_training()
    figures: list[list[str]] = []
    show = plt.show

    def record(*args, **kwargs):
        figures.append([axis.get_title() for axis in plt.gcf().axes])
        plt.close("all")

    plt.show = record
    cwd = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("run"))  # the snippet saves a PNG in its working directory
    try:
        namespace = run_snippet(SNIPPET)
    finally:
        plt.show = show
        os.chdir(cwd)
    return figures, namespace


def test_the_sample_grid_titles_each_image_with_its_class(shown):
    figures, namespace = shown
    titles = figures[0]
    assert len(titles) == 18
    assert titles == [namespace["class_names"][label] for label in namespace["y_train"][:18]]


def test_the_prediction_grid_shows_class_confidence_and_truth(shown):
    figures, namespace = shown
    grid = next(titles for titles in figures if len(titles) == 15)
    for title in grid:
        predicted, truth = title.split("\n")
        assert predicted.rsplit(" ", 1)[0] in namespace["class_names"]
        assert predicted.endswith("%") and truth.startswith("(true: ")
    assert len(set(namespace["sample"])) == 15  # 15 different images picked at random


def test_the_confusion_matrix_agrees_with_evaluate(shown):
    _, namespace = shown
    matrix, y_test = namespace["matrix"], namespace["y_test"]
    assert matrix.shape == (10, 10) and matrix.sum() == len(y_test)
    assert np.array_equal(matrix.sum(axis=1), np.bincount(y_test, minlength=10))  # rows are true classes
    assert np.trace(matrix) / len(y_test) == pytest.approx(namespace["test_accuracy"], abs=1e-6)


def test_the_page_states_the_expected_accuracy_and_its_source():
    text = PAGE.read_text(encoding="utf-8")
    section = text.split("{ #expected-accuracy }")[1].split("\n## ")[0]
    assert "https://www.tensorflow.org/tutorials/keras/classification" in section
    assert "91%" in section and "0.88" in section
    for name in ("samples", "show-predictions", "confusion-matrix"):
        assert f"fashion_mnist_classifier.py:{name}" in text

"""docs/beyond/metrics.md: the rare class is rare, the metrics are Keras metrics, the confusion matrix
counts every test image, class weights balance the classes, and the threshold is chosen on
validation data, not the test set."""

from __future__ import annotations

import numpy as np
import pytest

from scripts.lib import pages as page_model
from tests.harness import offline
from tests.harness.markdown import DOCS, ROOT
from tests.harness.pages import page_namespace

PAGE = "beyond/metrics.md"
pytestmark = pytest.mark.xdist_group("page:beyond/metrics")


@pytest.fixture
def namespace():  # per test: the page runs (once, cached) in the test's own folder
    offline.clamp_training()
    return page_namespace(page_model.parse(DOCS / PAGE))


def test_the_positive_class_is_rare_in_every_split(namespace):
    for name in ("y_train", "y_valid", "y_test"):
        labels = namespace[name]
        assert set(np.unique(labels)) <= {0.0, 1.0}
        assert labels.mean() < 0.05, name  # every tenth shirt: about 1 % (the stand-in: a few)
    assert len(namespace["x_valid"]) + len(namespace["x_train"]) > len(namespace["x_test"])


def test_precision_recall_and_auc_are_keras_metrics(namespace):
    import keras

    kinds = {type(metric) for metric in namespace["METRICS"]}
    assert {keras.metrics.Precision, keras.metrics.Recall, keras.metrics.AUC} <= kinds
    assert {"precision", "recall", "auc", "accuracy", "loss"} == set(namespace["results"])


def test_the_confusion_matrix_counts_every_test_image(namespace):
    matrix = namespace["confusion"](namespace["plain"], namespace["x_test"], namespace["y_test"])
    assert matrix.shape == (2, 2) and matrix.sum() == len(namespace["y_test"])
    assert matrix[1].sum() == namespace["y_test"].sum()  # the second row: the true shirts


def test_class_weights_make_both_classes_weigh_the_same(namespace):
    weights, labels = namespace["class_weight"], namespace["y_train"]
    positives = labels.sum()
    assert weights[1] * positives == pytest.approx(weights[0] * (len(labels) - positives))
    assert weights[1] > 10 * weights[0]


def test_the_threshold_is_chosen_on_validation_data_not_on_the_test_set():
    code = (ROOT / "snippets/beyond/metrics/rare_class.py").read_text(encoding="utf-8")
    threshold = code.split("[start:threshold]")[1].split("[end:threshold]")[0]
    assert "x_valid" in threshold and "x_test" not in threshold
    assert [metric.thresholds for metric in page_namespace(page_model.parse(DOCS / PAGE))["strict"]] == [
        [0.9],
        [0.9],
    ]

"""The curriculum map and the resources page name every course of the DeepLearning.AI specialisation."""

from __future__ import annotations

import pytest

from tests.harness.snippets import ROOT

COURSES = [
    "Introduction to TensorFlow for Artificial Intelligence, Machine Learning, and Deep Learning",
    "Convolutional Neural Networks in TensorFlow",
    "Natural Language Processing in TensorFlow",
    "Sequences, Time Series and Prediction",
]


def _text(page: str) -> str:
    # Join wrapped lines so a title broken over two lines still matches.
    return " ".join((ROOT / "docs" / page).read_text(encoding="utf-8").split())


@pytest.mark.parametrize("page", ["curriculum.md", "exam/resources.md"])
@pytest.mark.parametrize("course", COURSES)
def test_the_page_names_the_course(page, course):
    assert course in _text(page), f"docs/{page} does not name the course {course!r}"


@pytest.mark.parametrize("page", ["curriculum.md", "exam/resources.md"])
def test_the_images_area_points_to_the_cnn_course(page):
    row = next(
        line
        for line in (ROOT / "docs" / page).read_text(encoding="utf-8").splitlines()
        if line.startswith("| 3.")
    )
    assert "Convolutional Neural Networks in TensorFlow" in row

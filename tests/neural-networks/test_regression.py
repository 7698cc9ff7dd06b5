"""docs/neural-networks/regression.md: the exercise compares the two models on the page's own houses."""

from __future__ import annotations

import numpy as np

from tests.sections import ROOT

FOLDER = ROOT / "snippets" / "neural-networks" / "regression"


def _run_until(path, marker: str) -> dict:
    source = path.read_text(encoding="utf-8").split(marker)[0]
    namespace: dict = {"__name__": "houses"}
    exec(compile(source, str(path), "exec"), namespace)  # noqa: S102
    return namespace


def test_the_exercise_trains_on_the_same_noisy_houses_as_the_page():
    page = _run_until(FOLDER / "house_prices_normalized.py", "features, prices = make_houses(500)")
    exercise = _run_until(FOLDER / "exercise_without_normalization.py", "def train(")
    features, prices = page["make_houses"](500)
    np.testing.assert_array_equal(exercise["features"], features)
    np.testing.assert_array_equal(exercise["prices"], prices)

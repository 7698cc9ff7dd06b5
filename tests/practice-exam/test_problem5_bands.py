"""docs/practice-exam/problem5.md#scoring: the score bands come from docs/targets.yml, and the five
measured seeds are scored by them.

The baseline (the naive forecast's MAE on the real Sunspots.csv, 0.04052) is read from the page's
own table: the tests have no real data. Everything else is computed by the grader's functions.
"""

from __future__ import annotations

import re

import yaml

from scripts.lib.grading.problems import score, thresholds
from tests.harness.markdown import DOCS

PAGE = DOCS / "practice-exam" / "problem5.md"


def _tables() -> tuple[dict[int, float], list[tuple[int, float, int]]]:
    text = PAGE.read_text(encoding="utf-8")
    bands = {int(k): float(v) for k, v in re.findall(r"^\| (\d) \| (0\.\d+) \|$", text, re.M)}
    seeds = [
        (int(a), float(b), int(c)) for a, b, c in re.findall(r"^\| (\d) \| (0\.\d+) \| (\d) \|$", text, re.M)
    ]
    return bands, seeds


def test_the_bands_on_the_page_are_the_graders_with_the_margin_in_targets_yml():
    targets = yaml.safe_load((DOCS / "targets.yml").read_text(encoding="utf-8"))
    bands, _ = _tables()
    assert sorted(bands) == [1, 2, 3, 4, 5]
    steps = thresholds(
        "below", bands[1], targets["categories"]["category5"]["value"], "linear", targets["skill_margin"]
    )
    for k, value in bands.items():
        assert abs(steps[k - 1] - value) < 1e-5, (k, steps[k - 1], value)
    margin = round(100 * targets["skill_margin"])
    assert f"*and* {margin} % less error than the baseline" in " ".join(
        PAGE.read_text(encoding="utf-8").split()
    )


def test_the_five_seeds_are_scored_by_those_bands_and_their_spread_is_quoted():
    bands, seeds = _tables()
    steps = tuple(bands[k] for k in range(1, 6))
    assert [seed for seed, _, _ in seeds] == [1, 2, 3, 4, 5]
    for seed, mae, given in seeds:
        assert score(mae, "below", steps) == given, seed
    low, high = min(m for _, m, _ in seeds), max(m for _, m, _ in seeds)
    scores = [s for _, _, s in seeds]
    text = " ".join(PAGE.read_text(encoding="utf-8").split())
    assert f"span {low:.4f} to {high:.4f}" in text
    assert f"between {low:.4f} and {high:.4f} (score {min(scores)} to {max(scores)}" in text
    # a band is wider than before the margin grew (0.0005), and the page says how the spread compares
    assert steps[0] - steps[1] >= 0.001 - 1e-6

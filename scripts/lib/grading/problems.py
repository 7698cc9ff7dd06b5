"""The five practice problems, their targets and the 0-5 score scale.

A scale starts at a no-skill baseline measured on the same held-out data (the majority class
for classification; for errors, the best constant or naive forecast): a model no better than
that scores 0 or 1. It ends at the problem's target (docs/targets.yml), which scores 5.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TARGETS_FILE = ROOT / "docs" / "targets.yml"
MAX_SCORE = 5


class GradeError(Exception):
    """Bad input: reported as one ``error: ...`` line and exit code 2."""


def load_targets(path: Path = TARGETS_FILE) -> dict:
    """docs/targets.yml as a dict (the targets of all five categories)."""
    import yaml

    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@dataclass(frozen=True)
class Problem:
    name: str
    category: str  # the key in docs/targets.yml
    title: str
    input_shape: tuple  # per example; None matches any size
    output_shape: tuple  # per example; None matches any size
    activation: str | None  # required activation of the output, None for regression
    data_files: tuple  # cache paths (under the Keras cache) of the held-out data

    @property
    def target(self) -> dict:
        return load_targets()["categories"][self.category]

    @property
    def metric(self) -> str:
        return self.target["metric"]

    @property
    def goal(self) -> str:
        return self.target["goal"]


PROBLEMS = {
    problem.name: problem
    for problem in (
        Problem(
            "problem1", "category1", "a basic model: learn the rule behind xs and ys", (1,), (1,), None, ()
        ),
        Problem(
            "problem2",
            "category2",
            "Fashion-MNIST: ten kinds of clothing",
            (28, 28),
            (10,),
            "softmax",
            (
                "datasets/fashion-mnist/t10k-images-idx3-ubyte.gz",
                "datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz",
            ),
        ),
        Problem(
            "problem3",
            "category3",
            "rock, paper, scissors from photos",
            (150, 150, 3),
            (3,),
            "softmax",
            ("datasets/rps-test-set.zip",),
        ),
        Problem(
            "problem4",
            "category4",
            "sarcasm in news headlines",
            (120,),
            (1,),
            "sigmoid",
            ("datasets/sarcasm.json",),
        ),
        # The tester reads forecast[:, -1, 0]: a sequence output, one forecast per input step.
        Problem(
            "problem5",
            "category5",
            "forecast monthly sunspots",
            (30, 1),
            (None, None),
            None,
            ("datasets/Sunspots.csv",),
        ),
    )
}


def thresholds(
    goal: str, baseline: float, target: float, scale: str = "linear", margin: float = 0.05
) -> tuple:
    """The value each score from 1 to 5 needs: 1 at the no-skill baseline, 5 at the target.

    When the baseline already meets the target, 5 asks for ``margin`` of the way from the
    baseline to a perfect value (accuracy 1, error 0) instead, so that no skill never scores 5.

    >>> thresholds("above", 0.5, 0.75)
    (0.5, 0.5625, 0.625, 0.6875, 0.75)
    >>> thresholds("below", 0.04, 0.12)  # the naive forecast beats the target: 5 needs 5 % less error
    (0.04, 0.0395, 0.039, 0.0385, 0.038)
    >>> thresholds("below", 100.0, 1e-4, scale="log")
    (100.0, 3.162278, 0.1, 0.003162278, 0.0001)
    """
    if goal == "above":
        top = max(target, baseline + margin * (1 - baseline))
    else:
        top = min(target, baseline * (1 - margin))
    steps = []
    for k in range(MAX_SCORE):
        share = k / (MAX_SCORE - 1)
        if scale == "log" and baseline > 0 and top > 0:
            value = math.exp(math.log(baseline) + (math.log(top) - math.log(baseline)) * share)
        else:
            value = baseline + (top - baseline) * share
        steps.append(float(f"{value:.7g}"))
    return tuple(steps)


def score(value: float, goal: str, steps: tuple) -> int:
    """The highest score whose threshold ``value`` meets (0 if none, or if it is not a number).

    >>> steps = thresholds("above", 0.1, 0.83)
    >>> score(0.70, "above", steps), score(0.83, "above", steps), score(0.1, "above", steps), score(0.05, "above", steps)
    (4, 5, 1, 0)
    >>> score(float("nan"), "below", thresholds("below", 0.3, 0.12))
    0
    """
    if not math.isfinite(value):
        return 0
    met = [value >= t if goal == "above" else value <= t for t in steps]
    return max([k for k, ok in enumerate(met, start=1) if ok], default=0)


def sarcasm_split(count: int) -> int:
    """Headlines used for training: the first 20,000, or three quarters of a shorter file.

    >>> sarcasm_split(26709), sarcasm_split(60)
    (20000, 45)
    """
    targets = load_targets()
    return min(targets["sarcasm_training_size"], int(count * targets["sarcasm_short_file_fraction"]))

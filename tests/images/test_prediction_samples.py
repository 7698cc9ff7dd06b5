"""The prediction demos of docs/images/binary-and-multiclass.md show photos of every class.

The validation folders are read in class order without shuffling, so "the first few images" are
all of one class; the demos pick a few of each class instead. Checked on what they print.
"""

from __future__ import annotations

import collections
import re

import pytest

from tests.harness import offline
from tests.sections import ROOT, run_sections

SNIPPETS = ROOT / "snippets" / "images" / "binary-and-multiclass"


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()


@pytest.mark.parametrize(
    ("name", "classes"),
    [
        ("horses_or_humans_binary.py", {"horses", "humans"}),
        ("rock_paper_scissors_multiclass.py", {"paper", "rock", "scissors"}),
    ],
)
def test_the_prediction_sample_holds_every_class(name, classes):
    namespace, _ = run_sections(SNIPPETS / name, "unpack", "data", "model")
    _, printed = run_sections(SNIPPETS / name, "predict", namespace=namespace)
    shown = collections.Counter(re.findall(r"\(true: (\w+)\)", printed))
    assert shown == dict.fromkeys(classes, 2), printed  # two photos of every class

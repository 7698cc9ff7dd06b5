"""docs/exam/format.md states the facts of the exam's grading, including the weighting."""

from __future__ import annotations

import re

from tests.harness.markdown import DOCS


def test_the_format_page_says_categories_were_weighted_by_difficulty():
    text = re.sub(r"\s+", " ", (DOCS / "exam" / "format.md").read_text(encoding="utf-8"))
    assert "categories were weighted by difficulty" in text
    assert "five categories together decided the pass, weighted by difficulty" in text

"""Learner pages speak of the reader's machine and results, not of our tests or build machines.

Notes about the test harness, stand-in data and the machines that build the site belong on
docs/contributing.md. The home page keeps one sentence on the site's guarantee (its code is
tested).
"""

from __future__ import annotations

import re

from tests.harness.markdown import DOCS, pages

PHRASES = re.compile(
    r"harness|stand-in|test suite|the tests check|machine that builds|builds this site|where this site is built|"
    r"site is built|build machine|this machine|clamp|measured here",
    re.I,
)
NOT_LEARNER_PAGES = {"contributing.md"}
SITE_PROMISE = {"index.md": "Every line of code on this site is run\nby its test suite"}
# Pages being rewritten in parallel work (issue 13 part B; issue 12 for solutions and the practice
# exam) that still hold such a note when this test was written. Each entry must still match, so
# the list can only shrink: delete an entry when its page is clean.
PENDING: dict[str, str] = {}


def test_no_learner_page_talks_about_the_tests_or_our_machines():
    offenders = []
    for page in pages():
        name = page.relative_to(DOCS).as_posix()
        if name in NOT_LEARNER_PAGES:
            continue
        text = page.read_text(encoding="utf-8")
        text = text.replace(SITE_PROMISE.get(name, "\0"), "")
        if name in PENDING:
            assert PENDING[name] in re.sub(r"\s+", " ", text), f"{name} is clean now: remove it from PENDING"
            continue
        offenders += [f"{name}: {match.group(0)!r}" for match in PHRASES.finditer(text)]
    assert not offenders, "move these notes to docs/contributing.md:\n" + "\n".join(offenders)


def test_the_notes_live_on_the_contributing_page():
    text = (DOCS / "contributing.md").read_text(encoding="utf-8")
    assert "## How pages run offline in the tests" in text
    for topic in ("tests/harness/pretrained.py", "tests/harness/tfds_data.py", "Stand-in data", "Timings"):
        assert topic in text

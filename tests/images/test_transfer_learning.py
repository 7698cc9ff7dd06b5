"""docs/images/transfer-learning.md: the one transfer-learning page, and the numbers it states.

The counts it quotes depend on MobileNetV2's architecture, not on its trained values, so they
are checked against Keras here. The page replaced a near-duplicate in the neural-networks area,
which now links to it.
"""

from __future__ import annotations

import re

import yaml

from tests.harness.markdown import DOCS
from tests.sections import ROOT, run_sections

PAGE = DOCS / "images" / "transfer-learning.md"
SNIPPETS = ROOT / "snippets" / "images" / "transfer-learning"


def _text() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_the_details_announced_are_the_details_listed():
    text = _text()
    words = {"Two": 2, "Three": 3, "Four": 4, "Five": 5}
    match = re.search(r"^(\w+) details matter:\n\n((?:- .*\n(?:  .*\n)*)+)", text, re.M)
    assert match, "the fine-tuning details list is missing"
    assert words[match[1]] == len(re.findall(r"^- ", match[2], re.M))


def test_sizes_in_the_prose_match_the_architecture():
    namespace, _ = run_sections(SNIPPETS / "exercise_unfreeze_more.py", "solution")
    base = namespace["base"]
    text = re.sub(r"\s+", " ", _text())
    assert f"{base.count_params():,} weights" in text
    assert base.output.shape[1:] == (3, 3, 1280) and "3x3x1280" in text
    assert f"Only the head's {1280 + 1:,} weights train" in text
    assert f"about {base.count_params() * 4 / 1e6:.1f} MB of weights" in text


def test_one_page_in_one_place_linked_from_the_other_area():
    assert not (DOCS / "neural-networks" / "transfer-learning.md").exists()
    assert not (ROOT / "snippets" / "neural-networks" / "transfer-learning").exists()
    assert "](../images/transfer-learning.md)" in (DOCS / "neural-networks" / "index.md").read_text(
        encoding="utf-8"
    )
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert nav.count("transfer-learning.md") == 1
    skills = yaml.safe_load((DOCS / "skills.yml").read_text(encoding="utf-8"))
    items = {item["id"]: item for area in skills["areas"] for item in area["items"]}
    for number, anchors in {17: {"#frozen-base", "#fine-tune"}, 18: {"#extract-features"}}.items():
        pages = {entry["page"] for entry in items[number]["taught_in"]}
        assert pages == {f"images/transfer-learning.md{anchor}" for anchor in anchors}
        for anchor in anchors:
            assert f"{{ {anchor} }}" in _text()

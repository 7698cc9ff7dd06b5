"""The "Tensors and variables" page: in the navigation beside Hello, TensorFlow, and linked from
the checklist items it teaches. Its code runs in tests/test_snippets.py, its pycon blocks in
tests/site/test_page_code.py."""

from __future__ import annotations

import yaml

from tests.harness.snippets import ROOT

PAGE = "basics/tensors.md"


def test_the_page_is_in_the_navigation_right_after_hello_tensorflow():
    nav = [
        line.split(":")[-1].strip()
        for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("- ") and line.rstrip().endswith(".md")
    ]
    assert nav[nav.index("basics/hello-tensorflow.md") + 1] == PAGE


def test_the_checklist_items_it_teaches_link_to_it():
    skills = yaml.safe_load((ROOT / "docs" / "skills.yml").read_text(encoding="utf-8"))
    linked = {
        item["id"]
        for area in skills["areas"]
        for item in area["items"]
        for place in item.get("taught_in", [])
        if place["page"].split("#")[0] == PAGE
    }
    assert {8, 19} <= linked


def test_the_page_opens_with_its_goal_and_ends_with_a_tested_exercise():
    text = (ROOT / "docs" / PAGE).read_text(encoding="utf-8")
    assert "By the end of this page you will be able to" in text.split("\n## ")[0]
    exercise = text.split("## Try it yourself")[1]
    assert '??? success "Solution"' in exercise
    assert "snippets/basics/tensors/exercise_minimum.py:solution" in exercise

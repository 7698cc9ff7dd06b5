"""Targets are stated once, in docs/targets.yml, and every place that shows or checks one agrees.

The worked solutions are self-contained notebooks, so they repeat their target as a literal in
``result = {...}``; this test holds them to the data. Pages write ``{{ target.categoryN }}``
and overrides/hooks/targets.py renders it.
"""

from __future__ import annotations

import re
import runpy

import pytest
import yaml

from overrides.hooks import targets as hook
from scripts import grade
from scripts.lib.site import ROOT

TARGETS = yaml.safe_load((ROOT / "docs" / "targets.yml").read_text(encoding="utf-8"))
CATEGORIES = TARGETS["categories"]


@pytest.mark.parametrize("category", list(CATEGORIES))
def test_each_worked_solution_checks_the_target_in_the_data(category):
    source = (ROOT / "snippets" / "solutions" / f"{category}.py").read_text(encoding="utf-8")
    (found,) = re.findall(r'"target": ([0-9.e-]+), "goal": "(above|below)"', source)
    assert float(found[0]) == CATEGORIES[category]["value"] and found[1] == CATEGORIES[category]["goal"]


@pytest.mark.parametrize("problem", list(grade.PROBLEMS))
def test_the_grader_scores_to_the_same_target(problem):
    target = grade.PROBLEMS[problem].target
    assert target == CATEGORIES[f"category{problem[-1]}"]


def test_one_sarcasm_split_everywhere():
    from scripts.lib.grading.problems import sarcasm_split

    starter = runpy.run_path(
        str(ROOT / "snippets" / "practice-exam" / "problem4" / "starter.py"), run_name="starter"
    )
    for count in (26709, 60, 100, 27000, 1000):
        assert starter["training_split"](count) == sarcasm_split(count)
    fraction = TARGETS["sarcasm_short_file_fraction"]
    source = (ROOT / "snippets" / "solutions" / "category4.py").read_text(encoding="utf-8")
    assert f"split = min(training_size, int(len(sentences) * {fraction}))" in source
    assert TARGETS["sarcasm_training_size"] == 20000


def test_the_hook_renders_words_and_values_and_refuses_unknown_names():
    assert hook.render("{{ target.category5 }} / {{ target.category5.value }}", CATEGORIES) == (
        "validation MAE of at most 0.12 on the normalised series / 0.12"
    )
    with pytest.raises(Exception, match="unknown target 'category9'"):
        hook.render("{{ target.category9 }}", CATEGORIES)


def test_pages_state_targets_only_through_the_data():
    pages = [
        ROOT / "docs" / "solutions" / "index.md",
        *sorted((ROOT / "docs" / "practice-exam").glob("*.md")),
    ]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "{{ target." in text, f"{page.name} states no target through docs/targets.yml"
        for line in text.splitlines():
            if re.search(r"\btarget\b", line, re.IGNORECASE):
                assert not re.search(r"(at least|at most|>=|<=) 0\.\d", line), (
                    f"{page.name}: a literal target: {line}"
                )


def test_the_built_pages_show_the_targets(built_site):
    for page in ("practice-exam/index.html", "solutions/index.html", "practice-exam/problem4/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        assert "{{ target" not in html
    html = (built_site / "practice-exam" / "problem4" / "index.html").read_text(encoding="utf-8")
    assert CATEGORIES["category4"]["text"] in html

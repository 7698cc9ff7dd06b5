"""docs/nlp/model-comparison.md: self-contained code, parameter counts that are real, a working table.

The page once ran a project script readers do not have; its code is now all on the page. The
parameter counts it quotes do not depend on data, so they must be exactly what the code prints.
"""

from __future__ import annotations

import re

import pytest

from scripts.lib import pages as page_model
from tests.harness import offline
from tests.harness.markdown import DOCS
from tests.harness.pages import page_printed
from tests.sections import ROOT, run_sections

PAGE = "nlp/model-comparison.md"
SNIPPET = ROOT / "snippets" / "nlp" / "model-comparison" / "text_models.py"


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()


def test_the_page_needs_no_script_readers_do_not_have():
    text = (DOCS / PAGE).read_text(encoding="utf-8")
    assert "scripts/" not in text and "```bash" not in text
    assert not (ROOT / "scripts" / "compare_text_models.py").exists()


def test_prose_numbers_match_the_counts():
    namespace, _ = run_sections(SNIPPET, "models")
    counts = {kind: namespace["build_model"](kind).count_params() for kind in namespace["MODEL_KINDS"]}
    text = (DOCS / PAGE).read_text(encoding="utf-8")
    extra = {kind: count - 16000 for kind, count in counts.items()}
    assert f"adds between {min(extra.values())} (pooling" in text and min(extra, key=extra.get) == "pooling"
    assert f"and {max(extra.values()):,} (stacked" in text and max(extra, key=extra.get) == "stacked-lstm"


def _tables(printed: str) -> list[list[list[str]]]:
    """The Markdown tables in ``printed``: per table, per row, its cells."""
    tables: list[list[list[str]]] = []
    for line in printed.splitlines():
        if line.startswith("| model "):
            tables.append([])
        elif line.startswith("| ") and tables:
            tables[-1].append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return tables


# In the page's xdist group: the page runs once per worker, and its notebook test shares that run.
@pytest.mark.xdist_group("page:nlp/model-comparison")
def test_the_comparison_prints_one_row_per_model_with_accuracy_and_gap():
    namespace, printed = run_sections(SNIPPET, "models", "data", "compare")
    assert printed == ""  # the section only defines compare(); the page's next line calls it
    # What the page printed when it ran top to bottom (tests/site/test_page_notebooks.py).
    tables = _tables(page_printed(page_model.parse(DOCS / PAGE)))
    kinds = list(namespace["MODEL_KINDS"])
    assert [[row[0] for row in table] for table in tables] == [
        kinds,
        ["pooling", "lstm"],
        ["pooling", "lstm"],
    ]
    for row in (row for table in tables for row in table):
        train, valid, gap = (float(cell) for cell in row[4:])
        assert 0 <= valid <= 1 and gap == pytest.approx(train - valid, abs=2e-3)
        assert float(row[2]) >= 0 and float(row[3]) >= 0 and re.fullmatch(r"[\d,]+", row[1])

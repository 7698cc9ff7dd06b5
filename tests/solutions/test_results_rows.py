"""Worked solutions quote their measured run from docs/solutions/results.json, never by hand.

Each notebook holds ``<!-- solution-results:NAME -->`` (invisible in Jupyter and Colab), and
overrides/hooks/results.py renders that solution's row of the results table on the site.
"""

from __future__ import annotations

import json

import pytest

from scripts.lib.site import ROOT

RESULTS = json.loads((ROOT / "docs" / "solutions" / "results.json").read_text(encoding="utf-8"))
TYPED = {"category1": ("10 s of CPU", "40 s on a shared", "1.5e-12"), "category5": ("0.03663", "0.0366,")}


@pytest.mark.parametrize("name", sorted(TYPED))
def test_the_notebook_quotes_its_run_through_the_marker(name):
    text = (ROOT / "snippets" / "solutions" / f"{name}.py").read_text(encoding="utf-8")
    assert f"<!-- solution-results:{name} -->" in text
    for typed in TYPED[name]:
        assert typed not in text, f"{name}: {typed!r} is typed; render it from results.json"


@pytest.mark.parametrize("name", sorted(TYPED))
def test_the_site_page_renders_the_row_from_results_json(built_site, name):
    entry = RESULTS[name]
    html = (built_site / "solutions" / name / "index.html").read_text(encoding="utf-8")
    assert "solution-results:" not in html
    assert f"<strong>{entry['metric']}: {entry['value']:.4g}</strong>" in html
    assert f"{entry['wall_seconds']:.0f} s ({entry['cpu_seconds']:.0f} s of CPU time)" in html

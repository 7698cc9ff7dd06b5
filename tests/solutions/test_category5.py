"""The category 5 solution page shows the plot its verify run saved, and quotes that run."""

from __future__ import annotations

import re

from scripts.lib.site import ROOT

SOURCE = ROOT / "snippets" / "solutions" / "category5.py"
PLOT = ROOT / "docs" / "solutions" / "img" / "category5.png"


def test_the_plot_is_committed_and_the_script_saves_it():
    assert PLOT.read_bytes().startswith(b"\x89PNG"), "run verify_solutions.py --plots-dir docs/solutions/img category5"
    assert 'fig.savefig("category5.png"' in SOURCE.read_text(encoding="utf-8")


def test_the_published_row_meets_the_target():
    text = SOURCE.read_text(encoding="utf-8")
    row = re.search(r"^# \| category5 \| (.+) \|$", text, re.MULTILINE).group(1).split(" | ")
    assert row[1] == "below 0.12" and float(row[2]) <= 0.12 and row[-1] == "pass"
    assert int(row[4].replace(",", "")) > 0  # the .h5 size in bytes


def test_every_image_on_the_site_page_resolves(built_site):
    page = built_site / "solutions" / "category5" / "index.html"
    sources = re.findall(r'<img[^>]* src="([^"]+)"', page.read_text(encoding="utf-8"))
    assert sources, "the solution page shows no plot"
    for source in sources:
        assert (page.parent / source).resolve().is_file(), f"{source} does not resolve on the site"

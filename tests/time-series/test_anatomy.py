"""The anatomy page shows the figures its plot block draws, recorded from the code it shows today."""

from __future__ import annotations

from scripts.lib import pages, recording
from scripts.lib.site import ROOT

PAGE = ROOT / "docs" / "time-series" / "anatomy.md"


def test_the_page_shows_the_figures_its_plot_block_draws():
    page = pages.parse(PAGE)
    blocks = page.run_blocks
    chains = pages.chain_hashes([block.code.rstrip("\n") for block in blocks])
    plot = next(index for index, block in enumerate(blocks) if block.includes[0][1] == "plot")
    cell = recording.recorded_cells(recording.read(page.notebook_path)).get(chains[plot])
    assert cell is not None, (
        "the plot block's output is not recorded (or its code changed): run make outputs "
        "ARGS='--only time-series/anatomy'"
    )
    alts = [alt for _, alt in recording.output_images(cell.outputs)]
    assert len(alts) == 2, alts
    assert alts[0].startswith("Figure: trend") and "noise" in alts[0]  # the four parts
    assert alts[1].startswith("Figure: baseline + trend + seasonality")  # and their sum

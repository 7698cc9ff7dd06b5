"""The anatomy page shows PNGs that its snippet produces: they must be what it produces today.

Regenerate them with:
    cd docs/time-series/img && ../../../.venv/bin/python ../../../snippets/time-series/anatomy/synthetic_series.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.harness.snippets import ROOT, run_snippet

SNIPPET = ROOT / "snippets" / "time-series" / "anatomy" / "synthetic_series.py"
IMAGES = ROOT / "docs" / "time-series" / "img"


@pytest.mark.parametrize("name", ["anatomy-components.png", "anatomy-series.png"])
def test_committed_plots_match_the_snippet(name, tmp_path):
    run_snippet(SNIPPET)  # the test's working directory is tmp_path
    fresh = np.asarray(Image.open(Path(tmp_path) / name).convert("RGB"), dtype=np.int16)
    committed = np.asarray(Image.open(IMAGES / name).convert("RGB"), dtype=np.int16)
    assert fresh.shape == committed.shape, f"{name} changed size; regenerate it (see this file's docstring)"
    # Tolerate font anti-aliasing differences, not a different curve.
    assert np.abs(fresh - committed).mean() < 1.0, f"{name} is stale; regenerate it (see this file's docstring)"
    page = (ROOT / "docs" / "time-series" / "anatomy.md").read_text(encoding="utf-8")
    assert f"](img/{name})" in page

"""The forecasting pages plot the forecast against the actual values, as the course labs do.

Each page runs (training clamped); the last figure a snippet's sections show must hold an "actual"
line with the validation values and a "forecast" line with the snippet's own forecast, over the
same steps.
"""

from __future__ import annotations

import numpy as np
import pytest

from scripts.lib import pages as page_model
from scripts.lib.site import ROOT
from tests.harness import offline
from tests.harness.pages import file_figures, file_namespace

CASES = {
    # snippet: (page, name of the validation values, name of the forecast(s))
    "windowed-datasets/windowed_dataset.py": ("windowed-datasets", None, "forecast"),
    "forecasting-models/forecasters.py": ("forecasting-models", "x_valid", "forecasts"),
    "real-series/sunspots_forecast.py": ("real-series", "actual", "forecast"),
    "real-series/daily_temperatures_forecast.py": ("real-series", "actual", "forecast"),
}


@pytest.fixture(scope="module", autouse=True)
def _short_training():
    offline.clamp_training()


# The figures come from the page's own run (tests/harness/pages.py), shared with its notebook test.
@pytest.mark.parametrize(
    "snippet",
    [pytest.param(s, marks=pytest.mark.xdist_group(f"page:time-series/{CASES[s][0]}")) for s in CASES],
)
def test_the_snippet_plots_forecast_against_actual(snippet):
    page_name, actual_name, forecast_name = CASES[snippet]
    page = page_model.parse(ROOT / "docs" / "time-series" / f"{page_name}.md")
    path = f"snippets/time-series/{snippet}"
    assert f'{path}:plot"' in "\n".join(page.lines), f"time-series/{page_name}.md does not show the plot"
    shown, namespace = file_figures(page, path), file_namespace(page, path)
    assert shown, f"{snippet} shows no figure"
    axes = shown[-1]
    if actual_name is None:  # the validation period of the series
        actual = namespace["series"][namespace["split_time"] :]
    else:
        actual = namespace[actual_name]
    forecasts = namespace[forecast_name]
    forecasts = list(forecasts.values()) if isinstance(forecasts, dict) else [forecasts]
    assert len(axes) == len(forecasts)
    for lines, forecast in zip(axes, forecasts, strict=True):
        assert set(lines) == {"actual", "forecast"}
        np.testing.assert_allclose(lines["actual"], actual)
        np.testing.assert_allclose(lines["forecast"], forecast)

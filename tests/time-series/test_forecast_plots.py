"""The forecasting pages plot the forecast against the actual values, as the course labs do.

Each snippet runs (training clamped); every figure it shows must hold an "actual" line with the
validation values and a "forecast" line with the snippet's own forecast, over the same steps.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest

from tests.harness import offline
from tests.harness.snippets import ROOT, run_snippet

CASES = {
    # snippet: (page, name of the validation values, name of the forecast(s))
    "windowed-datasets/windowed_dataset.py": ("windowed-datasets.md", None, "forecast"),
    "forecasting-models/forecasters.py": ("forecasting-models.md", "x_valid", "forecasts"),
    "real-series/sunspots_forecast.py": ("real-series.md", "actual", "forecast"),
    "real-series/daily_temperatures_forecast.py": ("real-series.md", "actual", "forecast"),
}


def _run(snippet: str):
    offline.clamp_training()
    shown: list[list[dict[str, np.ndarray]]] = []
    show = plt.show

    def record(*args, **kwargs):
        shown.append(
            [
                {line.get_label(): np.asarray(line.get_ydata()) for line in axis.get_lines()}
                for axis in plt.gcf().axes
            ]
        )
        plt.close("all")

    plt.show = record
    try:
        namespace = run_snippet(ROOT / "snippets" / "time-series" / snippet)
    finally:
        plt.show = show
    return shown, namespace


@pytest.mark.parametrize("snippet", list(CASES))
def test_the_snippet_plots_forecast_against_actual(snippet):
    page, actual_name, forecast_name = CASES[snippet]
    shown, namespace = _run(snippet)
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
    text = (ROOT / "docs" / "time-series" / page).read_text(encoding="utf-8")
    assert f'snippets/time-series/{snippet}:plot"' in text

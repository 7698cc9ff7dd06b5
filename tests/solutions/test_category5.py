"""The category 5 solution page shows the plot its verify run saved, and quotes that run."""

from __future__ import annotations

import base64
import re

import pytest

from scripts.lib.site import ROOT

SOURCE = ROOT / "snippets" / "solutions" / "category5.py"
PLOT = ROOT / "docs" / "solutions" / "img" / "category5.png"


def test_the_plot_is_committed_and_the_script_saves_it():
    assert PLOT.read_bytes().startswith(b"\x89PNG"), (
        "run verify_solutions.py --plots-dir docs/solutions/img category5"
    )
    assert 'fig.savefig("category5.png"' in SOURCE.read_text(encoding="utf-8")


def test_the_measured_row_comes_from_results_json_and_meets_the_target():
    """The run's numbers are rendered from docs/solutions/results.json, never typed (one source)."""
    import json

    text = SOURCE.read_text(encoding="utf-8")
    assert "<!-- solution-results:category5 -->" in text
    for typed in ("0.0362", "0.0365", "0.0366", "0.03663"):
        assert typed not in text, f"{typed}: quote the measured MAE through the results row"
    entry = json.loads((ROOT / "docs" / "solutions" / "results.json").read_text(encoding="utf-8"))[
        "category5"
    ]
    assert entry["passed"] and entry["value"] <= 0.12 and entry["model_bytes"] > 0


def test_every_image_on_the_site_page_resolves(built_site):
    page = built_site / "solutions" / "category5" / "index.html"
    sources = re.findall(r'<img[^>]* src="([^"]+)"', page.read_text(encoding="utf-8"))
    assert sources, "the solution page shows no plot"
    for source in sources:
        if source.startswith("data:image/png;base64,"):  # a recorded figure, embedded in the page
            assert base64.b64decode(source.split(",", 1)[1])[:4] == b"\x89PNG"
            continue
        assert (page.parent / source).resolve().is_file(), f"{source} does not resolve on the site"


def _tester_cell() -> str:
    """The solution's cell that holds the exam's tester code (run as it is below)."""
    cells = SOURCE.read_text(encoding="utf-8").split("\n# %%")
    (cell,) = [cell for cell in cells if "def model_forecast" in cell]
    assert "rnn_forecast = rnn_forecast[split_time - window_size:-1, -1, 0]" in cell
    assert "result = tf.keras.metrics.mean_absolute_error(x_valid, rnn_forecast).numpy()" in cell
    return cell


# Output shapes per example, and whether the tester's [split_time - window_size:-1, -1, 0] accepts them.
SHAPES = {
    "(30, 1): a sequence, one forecast per month": ((30, 1), True),
    "(None, 1): the same, any window length": ((None, 1), True),
    "(1, 1): a sequence of one step": ((1, 1), True),
    "(30, 3): three features, the tester reads the first": ((30, 3), True),
    "(1,): one value per window": ((1,), False),
    "(30,): one value per month, no feature axis": ((30,), False),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_which_output_shapes_the_tester_accepts(name, tmp_path, monkeypatch):
    import keras
    import numpy as np
    import tensorflow as tf

    shape, accepted = SHAPES[name]
    inputs = keras.Input(shape=(None, 1) if shape[0] is None else (30, 1))
    if shape == (1,):
        outputs = keras.layers.Dense(1)(keras.layers.Flatten()(inputs))
    elif shape == (30,):
        outputs = keras.layers.Reshape((30,))(keras.layers.Dense(1)(inputs))
    elif shape == (1, 1):
        outputs = keras.layers.Reshape((1, 1))(keras.layers.Dense(1)(keras.layers.Flatten()(inputs)))
    else:
        outputs = keras.layers.Dense(shape[1])(inputs)
    keras.Model(inputs, outputs).save(tmp_path / "mymodel.h5")
    monkeypatch.chdir(tmp_path)
    if not hasattr(tf.keras.metrics, "mean_absolute_error"):  # as the solution's cell before it does
        monkeypatch.setattr(tf.keras.metrics, "mean_absolute_error", tf.keras.metrics.mae, raising=False)
    series = np.abs(np.sin(np.arange(3235) / 20.0))
    namespace = {"tf": tf, "np": np, "series": series, "split_time": 3000, "x_valid": series[3000:]}
    if accepted:
        exec(_tester_cell(), namespace)
        assert namespace["rnn_forecast"].shape == (235,) and np.isfinite(namespace["result"])
    else:
        with pytest.raises(IndexError, match="too many indices"):
            exec(_tester_cell(), namespace)

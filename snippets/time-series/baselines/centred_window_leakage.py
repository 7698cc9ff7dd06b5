"""Trailing versus centred windows: when a centred window is fine, and how it leaks the future."""

import numpy as np


def synthetic_series(seed=1):
    """Four years of daily values: trend + yearly season + AR(1) wander + noise (see Anatomy)."""
    rng = np.random.default_rng(seed)
    time = np.arange(4 * 365 + 1, dtype="float32")
    season_time = (time % 365) / 365
    season = np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), np.exp(-3 * season_time))
    wander = np.zeros(len(time))
    for step in range(1, len(time)):
        wander[step] = 0.8 * wander[step - 1] + rng.standard_normal()
    series = 10 + 0.05 * time + 40 * season + 2 * wander + 3 * rng.standard_normal(len(time))
    return time, series.astype("float32")


def mae(actual, forecast):
    return float(np.mean(np.abs(actual - forecast)))


time, series = synthetic_series()
split_time, period, window = 1000, 365, 30
x_valid = series[split_time:]


# --8<-- [start:windows]
def trailing_mean(series, t, half_width):
    """Mean of the ``2 * half_width`` values *before* step ``t``: only the past.

    >>> print(trailing_mean(np.arange(10.0), t=5, half_width=2))
    2.5
    """
    return series[t - 2 * half_width : t].mean()


def centred_mean(series, t, half_width):
    """Mean of the values from ``t - half_width`` to ``t + half_width``: past *and future*.

    >>> print(centred_mean(np.arange(10.0), t=5, half_width=2))
    5.0
    """
    return series[t - half_width : t + half_width + 1].mean()


# --8<-- [end:windows]


# --8<-- [start:legitimate]
# Differencing forecast: last year's value + the recent trailing mean of the yearly change.
diff_series = series[period:] - series[:-period]
recent_change = np.array(
    [trailing_mean(diff_series, t - period, window // 2) for t in range(split_time, len(series))]
)

# Last year's raw value carries last year's noise into the forecast ...
raw_past = series[split_time - period : -period]
# ... so smooth it with a CENTRED window. Legitimate: around day t - 365 the window reaches
# day t - 365 + 5 at most, which is still in the past when we forecast day t.
smooth_past = np.array([centred_mean(series, t - period, 5) for t in range(split_time, len(series))])

print(f"last year raw + trailing change MAE:      {mae(x_valid, raw_past + recent_change):5.2f}")
print(f"last year centred-smoothed + change MAE:  {mae(x_valid, smooth_past + recent_change):5.2f}")
# --8<-- [end:legitimate]

# --8<-- [start:leakage]
# A moving average used as a forecast of day t. A trailing window only sees days before t ...
trailing = np.array([trailing_mean(series, t, 5) for t in range(split_time, len(series) - 5)])
# ... a centred window also sees day t itself and the 5 days after it: the answers.
centred = np.array([centred_mean(series, t, 5) for t in range(split_time, len(series) - 5)])
actual = series[split_time : len(series) - 5]
print(f"trailing window (10 past days) MAE:       {mae(actual, trailing):5.2f}")
print(f"centred window (5 + today + 5) MAE:       {mae(actual, centred):5.2f}  <- leaks the future")
# --8<-- [end:leakage]

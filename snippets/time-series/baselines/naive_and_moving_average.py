"""Baselines every forecaster has to beat: naive forecast, moving average, differencing."""

# --8<-- [start:data]
import numpy as np


def synthetic_series(seed=1):
    """Four years of daily values: trend + yearly season + AR(1) wander + noise (see Anatomy).

    >>> time, series = synthetic_series()
    >>> time.shape, series.shape
    ((1461,), (1461,))
    """
    rng = np.random.default_rng(seed)
    time = np.arange(4 * 365 + 1, dtype="float32")
    season_time = (time % 365) / 365
    season = np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), np.exp(-3 * season_time))
    wander = np.zeros(len(time))
    for step in range(1, len(time)):
        wander[step] = 0.8 * wander[step - 1] + rng.standard_normal()
    series = 10 + 0.05 * time + 40 * season + 2 * wander + 3 * rng.standard_normal(len(time))
    return time, series.astype("float32")


time, series = synthetic_series()
split_time = 1000  # train on the past, measure on the 461 days after it
x_valid = series[split_time:]


def mae(actual, forecast):
    return float(np.mean(np.abs(actual - forecast)))


# --8<-- [end:data]

# --8<-- [start:naive]
# Naive forecast: tomorrow will be like today.
naive_forecast = series[split_time - 1 : -1]
print(f"naive forecast MAE:            {mae(x_valid, naive_forecast):6.2f}")
# --8<-- [end:naive]


# --8<-- [start:moving-average]
def moving_average_forecast(series, window_size):
    """Forecast each step as the mean of the ``window_size`` steps *before* it (a trailing window).

    ``forecast[i]`` is the mean of ``series[i:i + window_size]`` and forecasts step
    ``i + window_size``: it uses only the past.

    >>> moving_average_forecast(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), 2)
    array([1.5, 2.5, 3.5])
    """
    return np.array([series[t : t + window_size].mean() for t in range(len(series) - window_size)])


window = 30
moving_avg = moving_average_forecast(series, window)[split_time - window :]
print(f"moving average (30) MAE:       {mae(x_valid, moving_avg):6.2f}")
# --8<-- [end:moving-average]

# --8<-- [start:differencing]
# Differencing removes trend and season: how much did today change from the same day last year?
period = 365
diff_series = series[period:] - series[:-period]
diff_moving_avg = moving_average_forecast(diff_series, window)[split_time - period - window :]
# Add last year's value back to turn a forecast of the change into a forecast of the value.
diff_moving_avg_plus_past = series[split_time - period : -period] + diff_moving_avg
print(f"differenced moving average MAE:{mae(x_valid, diff_moving_avg_plus_past):6.2f}")
# --8<-- [end:differencing]

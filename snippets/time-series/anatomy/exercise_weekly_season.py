"""Exercise solution: a weekly season on a falling trend, and a check that it repeats."""

# --8<-- [start:solution]
import numpy as np


def seasonal_pattern(season_time):
    return np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), 1 / np.exp(3 * season_time))


def seasonality(time, period, amplitude=1.0):
    return amplitude * seasonal_pattern((time % period) / period)


time = np.arange(8 * 7, dtype="float32")  # eight weeks of daily values
slope = -0.2
series = 100 + slope * time + seasonality(time, period=7, amplitude=10)

# Remove the trend; what is left repeats exactly every 7 steps.
detrended = series - slope * time
print("repeats every 7 steps:", np.allclose(detrended[7:], detrended[:-7]))  # True
# --8<-- [end:solution]

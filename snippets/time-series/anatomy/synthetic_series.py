"""Build a time series from its parts (trend, seasonality, autocorrelation, noise) and plot it."""

# --8<-- [start:parts]
import matplotlib.pyplot as plt
import numpy as np


def trend(time, slope=0.0):
    """A straight line: the series drifts up (slope > 0) or down (slope < 0).

    >>> trend(np.arange(4), slope=0.5)
    array([0. , 0.5, 1. , 1.5])
    """
    return slope * time


def seasonal_pattern(season_time):
    """One season's shape: a cosine bump for the first 40 %, then an exponential decay.

    ``season_time`` runs from 0 to 1 across a season.

    >>> np.round(seasonal_pattern(np.array([0.0, 0.2, 0.4, 0.8])), 3)
    array([1.   , 0.309, 0.301, 0.091])
    """
    return np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), 1 / np.exp(3 * season_time))


def seasonality(time, period, amplitude=1.0, phase=0):
    """Repeat ``seasonal_pattern`` every ``period`` steps.

    >>> np.round(seasonality(np.arange(6), period=3), 3)
    array([ 1.   , -0.5  ,  0.135,  1.   , -0.5  ,  0.135])
    """
    season_time = ((time + phase) % period) / period
    return amplitude * seasonal_pattern(season_time)


def noise(time, noise_level=1.0, seed=None):
    """Gaussian white noise: unpredictable from the past.

    >>> print(noise(np.arange(1000), noise_level=5, seed=42).std().round(1))
    4.9
    """
    rng = np.random.default_rng(seed)
    return rng.standard_normal(len(time)) * noise_level


def autocorrelation(time, amplitude=1.0, phi=0.8, seed=None):
    """An AR(1) process: each step keeps ``phi`` of the previous one, plus a random kick.

    >>> series = autocorrelation(np.arange(20000), phi=0.8, seed=0)
    >>> print(np.corrcoef(series[:-1], series[1:])[0, 1].round(1))  # neighbours are correlated
    0.8
    """
    rng = np.random.default_rng(seed)
    kicks = rng.standard_normal(len(time))
    values = np.zeros(len(time))
    for step in range(1, len(time)):
        values[step] = phi * values[step - 1] + kicks[step]
    return amplitude * values


# --8<-- [end:parts]


# --8<-- [start:series]
time = np.arange(4 * 365 + 1, dtype="float32")  # four years of daily values
baseline = 10
series = (
    baseline
    + trend(time, slope=0.05)
    + seasonality(time, period=365, amplitude=40)
    + autocorrelation(time, amplitude=2, phi=0.8, seed=1)
    + noise(time, noise_level=3, seed=2)
)
print(series.shape, series.dtype)  # (1461,) float64
# --8<-- [end:series]


# --8<-- [start:plot]
def plot_series(ax, time, values, title):
    ax.plot(time, values, linewidth=0.8)
    ax.set_title(title)
    ax.set_xlabel("time step (day)")
    ax.grid(True)


components = {
    "trend (slope 0.05)": trend(time, slope=0.05),
    "seasonality (period 365)": seasonality(time, period=365, amplitude=40),
    "autocorrelation (AR(1), phi 0.8)": autocorrelation(time, amplitude=2, phi=0.8, seed=1),
    "noise (sd 3)": noise(time, noise_level=3, seed=2),
}
fig, axes = plt.subplots(2, 2, figsize=(10, 6), sharex=True)
for ax, (title, values) in zip(axes.flat, components.items()):
    plot_series(ax, time, values, title)
fig.tight_layout()
fig.savefig("anatomy-components.png", dpi=80)

fig, ax = plt.subplots(figsize=(10, 3.5))
plot_series(ax, time, series, "baseline + trend + seasonality + autocorrelation + noise")
fig.tight_layout()
fig.savefig("anatomy-series.png", dpi=80)
plt.show()
# --8<-- [end:plot]

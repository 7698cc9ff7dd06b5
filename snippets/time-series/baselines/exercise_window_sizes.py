"""Exercise solution: compare trailing moving averages of different lengths."""

# --8<-- [start:solution]
import numpy as np

rng = np.random.default_rng(1)
time = np.arange(4 * 365 + 1, dtype="float32")
season_time = (time % 365) / 365
season = np.where(season_time < 0.4, np.cos(season_time * 2 * np.pi), np.exp(-3 * season_time))
wander = np.zeros(len(time))
for step in range(1, len(time)):
    wander[step] = 0.8 * wander[step - 1] + rng.standard_normal()
series = 10 + 0.05 * time + 40 * season + 2 * wander + 3 * rng.standard_normal(len(time))
split_time = 1000

for window in (1, 3, 7, 30):
    forecast = np.array([series[t - window : t].mean() for t in range(split_time, len(series))])
    print(f"window {window:2d}: MAE {np.mean(np.abs(series[split_time:] - forecast)):.2f}")
# --8<-- [end:solution]

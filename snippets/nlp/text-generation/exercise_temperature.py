"""Exercise solution: how temperature changes which word gets sampled."""

# --8<-- [start:solution]
import collections

import numpy as np

words = ["the", "green", "fields", "zebra"]
probabilities = np.array([0.5, 0.3, 0.15, 0.05])  # what the model predicted
rng = np.random.default_rng(0)

for temperature in (0.2, 1.0, 2.0):
    weights = np.exp(np.log(probabilities) / temperature)
    weights /= weights.sum()
    picks = collections.Counter(rng.choice(words, size=1000, p=weights).tolist())
    print(f"temperature {temperature}:", {word: picks[word] for word in words})
# --8<-- [end:solution]

"""Exercise solution: the area under the precision-recall curve, next to the ROC AUC."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
labels = (rng.random(10_000) < 0.01).astype("float32")  # 1 % positives
# Scores of a mediocre classifier: positives score a little higher on average.
scores = np.clip(rng.normal(0.3 + 0.3 * labels, 0.15), 0, 1).astype("float32")

roc_auc = tf.keras.metrics.AUC(curve="ROC")
pr_auc = tf.keras.metrics.AUC(curve="PR")
for metric in (roc_auc, pr_auc):
    metric.update_state(labels, scores)
print(f"ROC AUC: {float(roc_auc.result()):.3f}   PR AUC: {float(pr_auc.result()):.3f}")
# --8<-- [end:solution]

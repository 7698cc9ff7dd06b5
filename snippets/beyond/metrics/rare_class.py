"""Precision, recall, AUC, a confusion matrix, class weights and a threshold on a rare class."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
SHIRT = 6


def rare_class(images, labels, keep_every=10):
    """Label shirts 1 and everything else 0, keeping only every ``keep_every``-th shirt.

    >>> labels = np.array([6, 0, 6, 1, 6, 6])
    >>> images = np.arange(6)
    >>> x, y = rare_class(images, labels, keep_every=2)
    >>> x.tolist(), y.tolist()
    ([0, 1, 3, 4], [1.0, 0.0, 0.0, 1.0])
    """
    shirts = np.flatnonzero(labels == SHIRT)
    keep = np.sort(np.concatenate([np.flatnonzero(labels != SHIRT), shirts[::keep_every]]))
    return images[keep], (labels[keep] == SHIRT).astype("float32")


x_train, y_train = rare_class(x_train / 255.0, y_train)
x_test, y_test = rare_class(x_test / 255.0, y_test)
# Keep the last 10 % of the training images apart, to choose a threshold on later.
split = int(len(x_train) * 0.9)
x_train, x_valid = x_train[:split], x_train[split:]
y_train, y_valid = y_train[:split], y_train[split:]
for name, labels in (("training", y_train), ("validation", y_valid), ("test", y_test)):
    print(f"{name:10}: {len(labels):5d} images, {int(labels.sum()):3d} shirts ({labels.mean():.1%})")
# --8<-- [end:data]

# --8<-- [start:metrics]
METRICS = [
    tf.keras.metrics.BinaryAccuracy(name="accuracy"),
    tf.keras.metrics.Precision(name="precision"),
    tf.keras.metrics.Recall(name="recall"),
    tf.keras.metrics.AUC(name="auc"),  # area under the ROC curve, over all thresholds
]


def make_model():
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(28, 28)),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(64, activation="relu"),
            tf.keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=METRICS)
    return model


plain = make_model()
plain.fit(x_train, y_train, epochs=5, batch_size=128, verbose=0)
results = plain.evaluate(x_test, y_test, verbose=0, return_dict=True)
print({name: round(value, 3) for name, value in results.items()})
# --8<-- [end:metrics]


# --8<-- [start:confusion-matrix]
def confusion(model, images, labels, threshold=0.5):
    """The confusion matrix [[TN, FP], [FN, TP]] at ``threshold``."""
    predicted = (model.predict(images, verbose=0)[:, 0] >= threshold).astype("int32")
    return tf.math.confusion_matrix(labels.astype("int32"), predicted, num_classes=2).numpy()


(tn, fp), (fn, tp) = confusion(plain, x_test, y_test)
print("              predicted no  predicted shirt")
print(f"not a shirt   {tn:12d}  {fp:15d}")
print(f"shirt         {fn:12d}  {tp:15d}")
print(f"always saying 'no shirt' scores accuracy {1 - y_test.mean():.3f}")
# --8<-- [end:confusion-matrix]

# --8<-- [start:class-weights]
positives = int(y_train.sum())
negatives = len(y_train) - positives
# Each class weighs as much in the loss as if the two classes were equally frequent.
class_weight = {0: len(y_train) / (2 * negatives), 1: len(y_train) / (2 * positives)}
print({label: round(weight, 2) for label, weight in class_weight.items()})

weighted = make_model()
weighted.fit(x_train, y_train, epochs=5, batch_size=128, class_weight=class_weight, verbose=0)
results = weighted.evaluate(x_test, y_test, verbose=0, return_dict=True)
print({name: round(value, 3) for name, value in results.items()})
# --8<-- [end:class-weights]

# --8<-- [start:threshold]
# Choose the threshold on the validation images, never on the test set.
scores = weighted.predict(x_valid, verbose=0)[:, 0]
print("threshold  precision  recall")
for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
    predicted = scores >= threshold
    true_positives = np.sum(predicted & (y_valid == 1))
    precision = true_positives / max(predicted.sum(), 1)
    recall = true_positives / max(y_valid.sum(), 1)
    print(f"{threshold:9.2f}  {precision:9.3f}  {recall:6.3f}")
# --8<-- [end:threshold]

# --8<-- [start:threshold-metrics]
# Keras metrics take the threshold too: here the model's test scores at 0.9.
strict = [
    tf.keras.metrics.Precision(thresholds=0.9, name="precision_at_0.9"),
    tf.keras.metrics.Recall(thresholds=0.9, name="recall_at_0.9"),
]
test_scores = weighted.predict(x_test, verbose=0)
for metric in strict:
    metric.update_state(y_test, test_scores)
    print(f"{metric.name}: {float(metric.result()):.3f}")
# --8<-- [end:threshold-metrics]

"""Load Fashion-MNIST from TensorFlow Datasets (tfds) and train on it."""

# --8<-- [start:load]
import tensorflow as tf
import tensorflow_datasets as tfds

(train_ds, valid_ds, test_ds), info = tfds.load(
    "fashion_mnist",
    split=["train[:90%]", "train[90%:]", "test"],  # slices of a split: 54,000 to train, 6,000 to validate
    as_supervised=True,  # (image, label) pairs instead of {"image": ..., "label": ...} dicts
    with_info=True,  # also return the DatasetInfo: features, class names, split sizes
)
print(info.features["image"].shape, info.features["label"].names[:3])  # (28, 28, 1) [...]
print("train examples:", info.splits["train"].num_examples)
for image, label in train_ds.take(1):
    print(image.shape, image.dtype, int(label))  # (28, 28, 1) uint8
# --8<-- [end:load]


# --8<-- [start:train]
def scale(image, label):
    """Pixels 0..255 (uint8) -> 0..1 (float32); the label passes through.

    >>> image, label = scale(tf.constant([[0, 51, 255]], dtype=tf.uint8), 7)
    >>> image.numpy(), label
    (array([[0. , 0.2, 1. ]], dtype=float32), 7)
    """
    return tf.cast(image, tf.float32) / 255.0, label


train_batches = train_ds.map(scale).cache().shuffle(10_000).batch(32).prefetch(tf.data.AUTOTUNE)
valid_batches = valid_ds.map(scale).batch(32).prefetch(tf.data.AUTOTUNE)
test_batches = test_ds.map(scale).batch(32).prefetch(tf.data.AUTOTUNE)

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28, 1)),  # tfds images have a channel axis
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(info.features["label"].num_classes, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(train_batches, validation_data=valid_batches, epochs=5, verbose=2)
test_loss, test_accuracy = model.evaluate(test_batches, verbose=0)  # the test split, once, at the end
print(f"test accuracy: {test_accuracy:.3f}")
# --8<-- [end:train]

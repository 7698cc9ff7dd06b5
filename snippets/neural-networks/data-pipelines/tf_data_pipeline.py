"""A tf.data input pipeline: from_tensor_slices, map, cache, shuffle, batch, prefetch."""

# --8<-- [start:from-tensors]
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()

dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train))  # one element per image
print(
    dataset.element_spec
)  # (TensorSpec(shape=(28, 28), dtype=tf.uint8), TensorSpec(shape=(), dtype=tf.uint8))
for image, label in dataset.take(1):
    print("one element:", image.shape, int(label))
# --8<-- [end:from-tensors]


# --8<-- [start:pipeline]
def scale(image, label):
    """Pixels 0..255 (uint8) -> 0..1 (float32); the label passes through.

    >>> image, label = scale(tf.constant([[0, 51, 255]], dtype=tf.uint8), 7)
    >>> image.numpy(), label
    (array([[0. , 0.2, 1. ]], dtype=float32), 7)
    """
    return tf.cast(image, tf.float32) / 255.0, label


def make_dataset(images, labels, batch_size=32, training=False):
    """A batched pipeline of (images, labels) ready for ``fit``.

    >>> import numpy as np
    >>> images, labels = np.zeros((100, 28, 28), np.uint8), np.zeros(100, np.uint8)
    >>> ds = make_dataset(images, labels, batch_size=32)
    >>> [tuple(x.shape) for x, _ in ds]  # 100 images -> 3 full batches and 1 of 4
    [(32, 28, 28), (32, 28, 28), (32, 28, 28), (4, 28, 28)]
    >>> len(ds)  # batches per epoch
    4
    """
    ds = tf.data.Dataset.from_tensor_slices((images, labels))
    ds = ds.map(scale, num_parallel_calls=tf.data.AUTOTUNE)  # preprocess each element
    ds = ds.cache()  # keep the scaled elements in memory after the first epoch
    if training:
        ds = ds.shuffle(buffer_size=10_000)  # a new order every epoch (training data only)
    ds = ds.batch(batch_size)  # group elements into batches
    return ds.prefetch(tf.data.AUTOTUNE)  # prepare the next batch while the model trains


# Validate on the last 10,000 training images; the test set is touched once, at the very end.
train_ds = make_dataset(x_train[:50_000], y_train[:50_000], training=True)
valid_ds = make_dataset(x_train[50_000:], y_train[50_000:])
test_ds = make_dataset(x_test, y_test)
images, labels = next(iter(train_ds))
print("one batch:", images.shape, images.dtype, labels.shape)  # (32, 28, 28) float32 (32,)
# --8<-- [end:pipeline]

# --8<-- [start:fit]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# The dataset yields (images, labels) batches: no y argument and no batch_size for fit.
history = model.fit(train_ds, validation_data=valid_ds, epochs=5, verbose=2)
test_loss, test_accuracy = model.evaluate(test_ds, verbose=0)  # once, after choosing the model
print(f"test accuracy: {test_accuracy:.3f}")
# --8<-- [end:fit]

"""Exercise solution: add a random horizontal flip to the training pipeline with map."""

# --8<-- [start:solution]
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.fashion_mnist.load_data()


def scale_and_flip(image, label):
    """Scale to 0..1, add a channel axis, and mirror left-right half of the time.

    >>> image, label = scale_and_flip(tf.fill((28, 28), tf.constant(255, tf.uint8)), 4)
    >>> tuple(image.shape), float(tf.reduce_max(image)), label
    ((28, 28, 1), 1.0, 4)
    """
    image = tf.cast(image, tf.float32)[..., tf.newaxis] / 255.0  # flip needs a channel axis
    image = tf.image.random_flip_left_right(image)  # half of the images, mirrored
    return image, label


train_ds = (
    tf.data.Dataset.from_tensor_slices((x_train, y_train))
    .shuffle(10_000)
    .map(scale_and_flip, num_parallel_calls=tf.data.AUTOTUNE)  # after cache, or flips freeze
    .batch(32)
    .prefetch(tf.data.AUTOTUNE)
)
images, labels = next(iter(train_ds))
print(images.shape)  # (32, 28, 28, 1)
# --8<-- [end:solution]

"""Practice exam, problem 3: augment the training images in the input pipeline; the model stays plain."""

# --8<-- [start:augment]
import numpy as np
import tensorflow as tf

augment = tf.keras.Sequential(
    [
        tf.keras.layers.RandomFlip("horizontal"),
        tf.keras.layers.RandomRotation(0.1),
        tf.keras.layers.RandomZoom(0.1),
    ],
    name="augment",
)


def augmented(images):
    """The same (images, labels) batches, flipped, turned and zoomed at random anew every epoch."""
    return images.map(lambda x, y: (augment(x, training=True), y), num_parallel_calls=tf.data.AUTOTUNE)


# In the starter's solution_model(), augment the training set only; validate on the photos as they are:
#     train = augmented(rps_images(f"{train_dir}/rps", "training"))
photos = np.random.default_rng(0).random((2, 150, 150, 3), dtype=np.float32)
batch = tf.data.Dataset.from_tensors((photos, np.array([0, 2])))
changed, labels = next(iter(augmented(batch)))
print("images changed:", not np.allclose(changed, photos), "| labels kept:", labels.numpy())
# --8<-- [end:augment]

# --8<-- [start:in-model]
# The layers can also go first in the model: they act in fit only and let images through
# untouched in predict. Such a model saves to .h5 on Keras 3.10 and later, not on Keras 3.3.
in_model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(150, 150, 3)),
        augment,
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)
print("unchanged in predict:", np.allclose(augment(photos, training=False), photos))
try:
    in_model.save("augmented.h5")
    print("saved augmented.h5, reloaded:", tf.keras.models.load_model("augmented.h5").output_shape)
except TypeError as err:  # only on Keras 3.3 (course labs)
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:in-model]

"""Practice exam, problem 3: augmentation layers inside the model, inactive in predict."""

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

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(150, 150, 3)),
        augment,  # active in fit only
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(32, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(64, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dropout(0.5),
        tf.keras.layers.Dense(64, activation="relu"),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)

image = np.random.default_rng(0).random((1, 150, 150, 3), dtype=np.float32)
print("unchanged in predict:", np.allclose(augment(image, training=False), image))
print("changed in training:", not np.allclose(augment(image, training=True), image))
# --8<-- [end:augment]

model.save("augmented.h5")
print("reloads from .h5:", tf.keras.models.load_model("augmented.h5", compile=False).output_shape)

"""Random image augmentation with Keras preprocessing layers, shown on one photo."""

# --8<-- [start:layers]
import matplotlib.cbook
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

augment = tf.keras.Sequential(
    [
        tf.keras.layers.RandomFlip("horizontal"),  # mirror left-right, half of the time
        tf.keras.layers.RandomRotation(0.1),  # rotate by up to 10% of a full turn (36 degrees)
        tf.keras.layers.RandomZoom(0.2),  # zoom in or out by up to 20%
        tf.keras.layers.RandomTranslation(0.1, 0.1),  # shift by up to 10% of height and width
        tf.keras.layers.RandomContrast(0.2),
    ],
    name="augment",
)
# --8<-- [end:layers]

# --8<-- [start:show]
with matplotlib.cbook.get_sample_data("grace_hopper.jpg") as file:
    photo = plt.imread(file).astype("float32")  # (600, 512, 3), values 0..255
batch = tf.image.resize(photo[np.newaxis], (150, 128))  # a batch of one small photo

tf.keras.utils.set_random_seed(3)
fig, axes = plt.subplots(2, 4, figsize=(10, 5.6))
for index, ax in enumerate(axes.flat):
    # training=True: a new random change every call. At inference (training=False) they do nothing.
    picture = batch[0] if index == 0 else augment(batch, training=True)[0]
    ax.imshow(np.clip(picture.numpy(), 0, 255).astype("uint8"))
    ax.set_title("original" if index == 0 else f"augmented #{index}")
    ax.axis("off")
fig.tight_layout()
fig.savefig("augmented_examples.png", dpi=72, bbox_inches="tight")
plt.show()

print("unchanged at inference:", bool(tf.reduce_all(augment(batch, training=False) == batch)))
# --8<-- [end:show]

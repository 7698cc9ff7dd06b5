"""Before and after: one photo and the random versions the course's ImageDataGenerator makes of it."""

# --8<-- [start:show]
import matplotlib.cbook
import matplotlib.pyplot as plt
import numpy as np
from tensorflow.keras.preprocessing.image import ImageDataGenerator

datagen = ImageDataGenerator(
    rotation_range=40,
    width_shift_range=0.2,
    height_shift_range=0.2,
    shear_range=0.2,
    zoom_range=0.2,
    horizontal_flip=True,
    fill_mode="nearest",
)  # the course's settings

with matplotlib.cbook.get_sample_data("grace_hopper.jpg") as file:
    photo = plt.imread(file)[::4, ::4].astype("float32")  # (150, 128, 3), values 0..255
augmented = datagen.flow(photo[np.newaxis], batch_size=1, seed=3)  # a batch of one, forever

fig, axes = plt.subplots(2, 4, figsize=(10, 5.6))
for index, ax in enumerate(axes.flat):
    picture = photo if index == 0 else next(augmented)[0]  # a new random change every batch
    ax.imshow(picture.astype("uint8"))
    ax.set_title("original" if index == 0 else f"augmented #{index}")
    ax.axis("off")
fig.tight_layout()
fig.savefig("image_data_generator_examples.png", dpi=60, bbox_inches="tight")
plt.show()
# --8<-- [end:show]

"""Photos of different shapes and sizes in one folder tree, loaded into batches of one size."""

# --8<-- [start:varied-sizes]
import glob
import os
import tempfile

import numpy as np
import tensorflow as tf

# A small folder tree like a real collection: one folder per class, photos of several shapes.
root = os.path.join(tempfile.mkdtemp(), "photos")
shapes = {"landscape": [(120, 200), (90, 160), (300, 400)], "portrait": [(200, 120), (640, 480)]}
rng = np.random.default_rng(0)
for label, sizes in shapes.items():
    os.makedirs(os.path.join(root, label))
    for number, (height, width) in enumerate(sizes):
        pixels = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
        tf.io.write_file(os.path.join(root, label, f"{number}.png"), tf.io.encode_png(pixels))

for path in sorted(glob.glob(os.path.join(root, "*", "*.png"))):
    image = tf.io.decode_png(tf.io.read_file(path))
    print(os.path.relpath(path, root), "on disk:", tuple(image.shape))

dataset = tf.keras.utils.image_dataset_from_directory(
    root, image_size=(150, 150), batch_size=8, shuffle=False
)
images, labels = next(iter(dataset))
print("one batch:", tuple(images.shape), "labels:", labels.numpy().tolist())
# --8<-- [end:varied-sizes]

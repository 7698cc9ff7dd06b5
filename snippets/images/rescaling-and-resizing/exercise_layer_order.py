"""Exercise solution: does the order of Rescaling and Resizing matter?"""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf

photo = np.random.default_rng(0).integers(0, 256, size=(1, 300, 240, 3)).astype("float32")
resize_first = tf.keras.Sequential([tf.keras.layers.Resizing(75, 75), tf.keras.layers.Rescaling(1 / 255)])
rescale_first = tf.keras.Sequential([tf.keras.layers.Rescaling(1 / 255), tf.keras.layers.Resizing(75, 75)])
difference = np.abs(resize_first(photo) - rescale_first(photo)).max()
print(f"largest difference: {difference:.1e}")  # rounding only: both steps are linear
# --8<-- [end:solution]

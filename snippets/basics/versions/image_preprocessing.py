"""ImageDataGenerator and layers.experimental.preprocessing next to the Keras 3 way."""

# --8<-- [start:dataset-from-directory]
import tensorflow as tf

path = tf.keras.utils.get_file(
    "horse-or-human.zip",
    origin="https://storage.googleapis.com/download.tensorflow.org/data/horse-or-human.zip",
    extract=True,
)  # a folder with horses/ and humans/
train = tf.keras.utils.image_dataset_from_directory(
    path, image_size=(150, 150), batch_size=32, label_mode="binary", seed=0
)  # labels come from the folder names, as with flow_from_directory
print(train.class_names)

augment = tf.keras.Sequential(
    [
        tf.keras.layers.Rescaling(1 / 255),  # was ImageDataGenerator(rescale=1/255)
        tf.keras.layers.RandomFlip("horizontal"),  # was horizontal_flip=True
        tf.keras.layers.RandomRotation(0.1),  # was rotation_range=36 (degrees; here a fraction of a turn)
    ]
)
images, labels = next(iter(train))
print(augment(images, training=True).shape, labels.shape)
# --8<-- [end:dataset-from-directory]

# --8<-- [start:image-data-generator]
import keras

# Still runs from tf.keras (a legacy copy) ...
legacy = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1 / 255, horizontal_flip=True)
batches = legacy.flow_from_directory(path, target_size=(150, 150), batch_size=32, class_mode="binary")
print(batches.class_indices)  # {'horses': 0, 'humans': 1}: labels from folder names, as before

# ... but standalone Keras 3 no longer has it:
try:
    keras.preprocessing.image.ImageDataGenerator
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
# --8<-- [end:image-data-generator]

# --8<-- [start:experimental]
try:
    tf.keras.layers.experimental.preprocessing.Rescaling(1 / 255)  # course-era path
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")

rescale = tf.keras.layers.Rescaling(1 / 255)  # the same layer, now in tf.keras.layers
# --8<-- [end:experimental]

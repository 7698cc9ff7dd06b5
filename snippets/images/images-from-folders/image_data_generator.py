"""The course-era way: ImageDataGenerator.flow_from_directory (deprecated, still in tf.keras)."""

# --8<-- [start:flow]
import tensorflow as tf
from tensorflow.keras.preprocessing.image import ImageDataGenerator

BASE = "https://storage.googleapis.com/download.tensorflow.org/data/"
train_dir = tf.keras.utils.get_file("horse-or-human.zip", origin=BASE + "horse-or-human.zip", extract=True)

train_datagen = ImageDataGenerator(rescale=1 / 255)  # pixels scaled to [0, 1] as they load
train_generator = train_datagen.flow_from_directory(
    train_dir,
    target_size=(150, 150),  # every image is resized to this
    batch_size=32,
    class_mode="binary",  # one 0/1 label per image; "categorical" gives one-hot rows
)
print("class_indices:", train_generator.class_indices)  # folder name -> label
# --8<-- [end:flow]

# --8<-- [start:batch]
images, labels = next(train_generator)
print("images", images.shape, images.dtype, "values", images.min(), "to", images.max())
print("labels", labels.shape, labels[:4])
print("label of every file, in order:", train_generator.classes[:3], "...", train_generator.classes[-3:])
# --8<-- [end:batch]

# --8<-- [start:what-it-is]
from tensorflow.keras.preprocessing.image import ImageDataGenerator

# In Keras 3 this class lives in a "legacy" module and its docstring says only "DEPRECATED.".
print(ImageDataGenerator.__module__)
print(ImageDataGenerator.__doc__)
# --8<-- [end:what-it-is]

"""Binary classification of real photos: horses or humans, one sigmoid unit."""

# --8<-- [start:unpack]
import os
import shutil

import tensorflow as tf


def download_and_unpack(name, origin):
    """Download an archive once and unpack it into <name up to its first '.'>_extracted/ beside it;
    return that folder. It is the folder Keras 3.10 and later give get_file(..., extract=True);
    Keras 3.3 (the course labs) unpacks into the cache folder itself."""
    archive = tf.keras.utils.get_file(name, origin=origin)  # downloaded once, to ~/.keras/datasets/<name>
    folder = os.path.join(os.path.dirname(archive), name.split(".")[0] + "_extracted")
    shutil.unpack_archive(archive, folder)  # on every call, as extract=True does: always complete
    return folder


# --8<-- [end:unpack]

# --8<-- [start:data]
BASE = "https://storage.googleapis.com/download.tensorflow.org/data/"
train_dir = download_and_unpack("horse-or-human.zip", BASE + "horse-or-human.zip")
valid_dir = download_and_unpack("validation-horse-or-human.zip", BASE + "validation-horse-or-human.zip")
train_ds = tf.keras.utils.image_dataset_from_directory(
    train_dir, image_size=(150, 150), label_mode="binary", seed=0
)  # labels 0.0 (horses) / 1.0 (humans)
valid_ds = tf.keras.utils.image_dataset_from_directory(
    valid_dir, image_size=(150, 150), label_mode="binary", shuffle=False
)
class_names = train_ds.class_names
# --8<-- [end:data]

# --8<-- [start:model]
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(150, 150, 3)),
        tf.keras.layers.Rescaling(1.0 / 255),
        tf.keras.layers.Conv2D(16, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(32, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(64, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),  # one number: the probability of class 1
    ]
)
model.compile(
    optimizer=tf.keras.optimizers.Adam(learning_rate=1e-3), loss="binary_crossentropy", metrics=["accuracy"]
)
history = model.fit(train_ds, validation_data=valid_ds, epochs=10, verbose=2)
# --8<-- [end:model]

# --8<-- [start:predict]
# valid_ds is not shuffled, so its first batch holds horses only: pick 2 photos of each class
# from a shuffled copy instead, so the demo shows both kinds of answer.
shuffled = valid_ds.unbatch().shuffle(1000, seed=0)
picked = [shuffled.filter(lambda image, label, c=c: label[0] == c).take(2) for c in (0.0, 1.0)]
images, labels = next(iter(picked[0].concatenate(picked[1]).batch(4)))
probabilities = model.predict(images, verbose=0)[:, 0]  # shape (4,): one probability each
for p, label in zip(probabilities, labels[:, 0]):
    guess = class_names[int(p > 0.5)]
    print(f"P({class_names[1]}) = {p:.2f} -> {guess:6} (true: {class_names[int(label)]})")
# --8<-- [end:predict]

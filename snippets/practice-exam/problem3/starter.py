"""Practice exam, problem 3 (category 3, real-world images): the starter file.

Run it, then grade the model it saves, from the repository's folder:

    python snippets/practice-exam/problem3/starter.py
    python scripts/grade.py problem3 mymodel.h5
"""

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
TF_DATA = "https://storage.googleapis.com/download.tensorflow.org/data/"
LEARNING = "https://storage.googleapis.com/learning-datasets/"


def rps_images(folder, subset):
    """Photos of a folder with paper/, rock/ and scissors/, 150x150, pixels scaled to 0-1.

    ``subset`` is "training" (80% of the photos) or "validation" (the other 20%): the same split
    every run, since the seed is fixed.
    """
    images = tf.keras.utils.image_dataset_from_directory(
        folder,
        image_size=(150, 150),
        batch_size=32,
        label_mode="int",
        validation_split=0.2,
        subset=subset,
        seed=0,
    )
    print("classes:", images.class_names)  # label 0, 1, 2 in this order
    return images.map(lambda x, y: (x / 255.0, y))


# --8<-- [end:data]


# --8<-- [start:solution-model]
def solution_model():
    train_dir = download_and_unpack("rps.zip", TF_DATA + "rps.zip")
    # The grader's held-out photos: downloaded here so that grade.py finds them in the Keras
    # cache. Never train or validate on them: the grade would then flatter the model.
    download_and_unpack("rps-test-set.zip", LEARNING + "rps-test-set.zip")
    train = rps_images(f"{train_dir}/rps", "training")
    validation = rps_images(f"{train_dir}/rps", "validation")  # a fifth of rps/, never trained on

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [
            tf.keras.Input(shape=(150, 150, 3)),
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
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(train, epochs=10, validation_data=validation)
    return model


# --8<-- [end:solution-model]


# --8<-- [start:save]
if __name__ == "__main__":
    model = solution_model()
    model.save("mymodel.h5")
    model.save("mymodel.keras")
# --8<-- [end:save]

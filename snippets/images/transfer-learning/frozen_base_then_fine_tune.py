"""Transfer learning: a frozen MobileNetV2 base with a new head, then fine-tuning its top layers."""

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
IMAGE_SIZE = (96, 96)  # one of the sizes MobileNetV2's ImageNet weights come in (96 to 224)
train_ds = tf.keras.utils.image_dataset_from_directory(
    train_dir, image_size=IMAGE_SIZE, label_mode="binary", batch_size=None
)  # single images, batched below
# Shuffle after cache(), or every epoch would replay the first epoch's order.
train_ds = train_ds.cache().shuffle(1024, seed=0).batch(32).prefetch(tf.data.AUTOTUNE)
valid_ds = tf.keras.utils.image_dataset_from_directory(
    valid_dir, image_size=IMAGE_SIZE, label_mode="binary", shuffle=False
).cache()
# --8<-- [end:data]

# --8<-- [start:base]
# Downloads the ImageNet weights once (about 2 MB for alpha=0.35) into ~/.keras/models/.
base = tf.keras.applications.MobileNetV2(
    input_shape=IMAGE_SIZE + (3,),
    alpha=0.35,  # a narrow version: 410k parameters, quick on a CPU
    include_top=False,  # drop ImageNet's 1000-class classifier; keep the feature extractor
    weights="imagenet",
)
base.trainable = False  # freeze: training will not change these weights
print("base output:", base.output_shape, "trainable weights:", len(base.trainable_weights))
# --8<-- [end:base]

# --8<-- [start:head]
inputs = tf.keras.Input(shape=IMAGE_SIZE + (3,))
x = tf.keras.layers.Rescaling(1.0 / 127.5, offset=-1)(inputs)  # 0..255 -> -1..1, as MobileNetV2 expects
x = base(x, training=False)  # keep BatchNormalization in inference mode, even when fine-tuning
x = tf.keras.layers.GlobalAveragePooling2D()(x)  # (3, 3, 1280) feature maps -> 1280 numbers
x = tf.keras.layers.Dropout(0.2)(x)
outputs = tf.keras.layers.Dense(1, activation="sigmoid")(x)
model = tf.keras.Model(inputs, outputs)

model.compile(
    optimizer=tf.keras.optimizers.Adam(learning_rate=1e-3), loss="binary_crossentropy", metrics=["accuracy"]
)
history = model.fit(train_ds, validation_data=valid_ds, epochs=5, verbose=2)
print(
    f"trainable parameters: {sum(w.numpy().size for w in model.trainable_weights):,}"
    f" of {model.count_params():,}"
)
# --8<-- [end:head]

# --8<-- [start:fine-tune]
base.trainable = True  # the flag was False: this sets every layer's flag to True
for layer in base.layers[:-20]:  # then re-freeze all but the top 20 layers
    layer.trainable = False
# Recompile after changing `trainable`, with a learning rate 100x lower: small steps keep the
# pre-trained features from being wrecked by the large errors of the new head.
model.compile(
    optimizer=tf.keras.optimizers.Adam(learning_rate=1e-5), loss="binary_crossentropy", metrics=["accuracy"]
)
fine = model.fit(
    train_ds, validation_data=valid_ds, epochs=10, initial_epoch=len(history.epoch), verbose=2
)  # epochs continue from 5 to 10
print(f"trainable parameters now: {sum(w.numpy().size for w in model.trainable_weights):,}")
# --8<-- [end:fine-tune]

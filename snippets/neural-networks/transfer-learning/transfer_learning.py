"""Transfer learning: a frozen pre-trained base with a new head, then fine-tuning its top layers."""

# --8<-- [start:data]
import os

import tensorflow as tf

path = tf.keras.utils.get_file(
    "cats_and_dogs_filtered.zip",
    origin="https://storage.googleapis.com/mledu-datasets/cats_and_dogs_filtered.zip", extract=True)
base_dir = os.path.join(path, "cats_and_dogs_filtered")
train_ds = tf.keras.utils.image_dataset_from_directory(
    os.path.join(base_dir, "train"), image_size=(96, 96), label_mode="binary", seed=0)
val_ds = tf.keras.utils.image_dataset_from_directory(
    os.path.join(base_dir, "validation"), image_size=(96, 96), label_mode="binary")
train_ds, val_ds = train_ds.prefetch(tf.data.AUTOTUNE), val_ds.prefetch(tf.data.AUTOTUNE)
# --8<-- [end:data]

# --8<-- [start:model]
base = tf.keras.applications.MobileNetV2(
    input_shape=(96, 96, 3), alpha=0.35, include_top=False, weights="imagenet")
base.trainable = False  # freeze: only the new head learns at first

tf.keras.utils.set_random_seed(0)
inputs = tf.keras.Input(shape=(96, 96, 3))
x = tf.keras.layers.Rescaling(1 / 127.5, offset=-1)(inputs)  # 0..255 -> -1..1, as MobileNetV2 expects
x = base(x, training=False)  # training=False keeps batch normalisation in inference mode
x = tf.keras.layers.GlobalAveragePooling2D()(x)  # (3, 3, 1280) -> (1280,)
x = tf.keras.layers.Dropout(0.2)(x)
outputs = tf.keras.layers.Dense(1, activation="sigmoid")(x)  # the new head: cat or dog
model = tf.keras.Model(inputs, outputs)

model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
print("trainable weights:", len(model.trainable_weights))  # 2: the head's kernel and bias
history = model.fit(train_ds, validation_data=val_ds, epochs=5, verbose=2)
# --8<-- [end:model]

# --8<-- [start:fine-tune]
base.trainable = True
for layer in base.layers[:-20]:  # unfreeze only the top 20 layers
    layer.trainable = False
# Recompile after changing `trainable`, with a small learning rate: the pre-trained weights are
# already good, and large steps would destroy them.
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=1e-5), loss="binary_crossentropy",
              metrics=["accuracy"])
more = model.fit(train_ds, validation_data=val_ds, epochs=10, initial_epoch=len(history.epoch), verbose=2)
model.save("cats_vs_dogs_mobilenet.keras")
# --8<-- [end:fine-tune]

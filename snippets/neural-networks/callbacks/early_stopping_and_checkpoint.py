"""EarlyStopping with restore_best_weights, and ModelCheckpoint that keeps the best model on disk."""

# --8<-- [start:data]
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
x_train, x_test = x_train / 255.0, x_test / 255.0

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(28, 28)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(256, activation="relu"),
        tf.keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# --8<-- [end:data]

# --8<-- [start:callbacks]
callbacks = [
    # Stop when val_loss has not improved for 3 epochs, and go back to the best weights seen.
    tf.keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True),
    # Save the model whenever val_loss improves: best.keras always holds the best one so far.
    tf.keras.callbacks.ModelCheckpoint("best.keras", monitor="val_loss", save_best_only=True),
]
history = model.fit(x_train, y_train, epochs=100, validation_split=0.1, callbacks=callbacks, verbose=0)
print(f"stopped after {len(history.epoch)} epochs; best val_loss {min(history.history['val_loss']):.4f}")
# --8<-- [end:callbacks]

# --8<-- [start:reload]
best = tf.keras.models.load_model("best.keras")
print("best model's test accuracy:", round(best.evaluate(x_test, y_test, verbose=0)[1], 3))
# --8<-- [end:reload]

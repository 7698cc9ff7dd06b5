"""One Keras 3 model that runs unchanged on the TensorFlow and the JAX backend."""

# --8<-- [start:backend]
import keras
import numpy as np

print("Keras", keras.__version__, "on the", keras.backend.backend(), "backend")
# --8<-- [end:backend]


# --8<-- [start:custom-layer]
@keras.saving.register_keras_serializable(package="study_guide")
class WithRadius(keras.layers.Layer):
    """Append each point's distance from the origin to its coordinates.

    >>> keras.ops.convert_to_numpy(WithRadius()(np.array([[3.0, 4.0]], dtype="float32")))
    array([[3., 4., 5.]], dtype=float32)
    """

    def call(self, points):
        radius = keras.ops.sqrt(keras.ops.sum(keras.ops.square(points), axis=-1, keepdims=True))
        return keras.ops.concatenate([points, radius], axis=-1)


# --8<-- [end:custom-layer]


# --8<-- [start:train]
rng = np.random.default_rng(0)
points = rng.uniform(-1, 1, size=(3000, 2)).astype("float32")
rings = np.digitize(np.hypot(points[:, 0], points[:, 1]), [0.5, 0.9])  # 0, 1 or 2

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(2,)),
        WithRadius(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(3, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(points, rings, epochs=60, batch_size=64, validation_split=0.2, verbose=0)
print(f"val_accuracy after {len(history.epoch)} epochs: {history.history['val_accuracy'][-1]:.3f}")
predictions = model.predict(points[:3], verbose=0)
print("type of the predictions:", type(predictions).__module__, type(predictions).__name__)
# --8<-- [end:train]

# --8<-- [start:save-load]
model.save("rings.keras")  # the same file format on every backend
reloaded = keras.models.load_model("rings.keras")
print("reloaded predictions equal:", np.allclose(reloaded.predict(points[:3], verbose=0), predictions))
# --8<-- [end:save-load]

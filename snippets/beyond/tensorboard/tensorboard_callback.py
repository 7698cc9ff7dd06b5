"""The TensorBoard callback: train with it, see what it writes, read the logged values back."""

# --8<-- [start:data]
import numpy as np
import tensorflow as tf

# Points in a square; the label says whether a point lies inside the circle of radius 0.8.
rng = np.random.default_rng(0)
points = rng.uniform(-1, 1, size=(4000, 2)).astype("float32")
inside = (np.hypot(points[:, 0], points[:, 1]) < 0.8).astype("float32")
print(points.shape, f"{inside.mean():.0%} inside")
# --8<-- [end:data]

# --8<-- [start:callback]
from pathlib import Path

log_dir = Path("logs") / "circle"
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
tensorboard = tf.keras.callbacks.TensorBoard(log_dir=log_dir, histogram_freq=1)
history = model.fit(points, inside, epochs=30, validation_split=0.2, callbacks=[tensorboard], verbose=0)
print(f"final val_accuracy {history.history['val_accuracy'][-1]:.3f}")
# --8<-- [end:callback]

# --8<-- [start:files]
for folder in sorted(path for path in log_dir.iterdir() if path.is_dir()):
    events = list(folder.glob("events.out.tfevents.*"))
    size = sum(event.stat().st_size for event in events)
    print(f"{folder.as_posix()}: {len(events)} event file, {size / 1024:.0f} KiB")
# --8<-- [end:files]

# --8<-- [start:read-back]
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator


def logged_scalars(folder):
    """Every scalar the callback logged in ``folder``: {tag: [value per epoch]}."""
    events = EventAccumulator(str(folder), size_guidance={"tensors": 0})  # 0: keep every value
    events.Reload()
    return {
        tag: [float(tf.make_ndarray(event.tensor_proto)) for event in events.Tensors(tag)]
        for tag in events.Tags()["tensors"]
        if tag.startswith("epoch_")
    }


validation = logged_scalars(log_dir / "validation")
print(sorted(validation))
print("epoch_accuracy, last 3 epochs:", [round(value, 3) for value in validation["epoch_accuracy"][-3:]])
print("same as history:", np.allclose(validation["epoch_accuracy"], history.history["val_accuracy"]))
# --8<-- [end:read-back]

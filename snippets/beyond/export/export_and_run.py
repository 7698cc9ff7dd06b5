"""Export a Keras model as a SavedModel and as a LiteRT (.tflite) file, and run both."""

# --8<-- [start:model]
import numpy as np
import tensorflow as tf

tf.get_logger().setLevel("ERROR")  # hide TensorFlow's INFO notes about the folders exports write

# A small classifier: which of three rings around the origin does a point lie in?
rng = np.random.default_rng(0)
points = rng.uniform(-1, 1, size=(3000, 2)).astype("float32")
rings = np.digitize(np.hypot(points[:, 0], points[:, 1]), [0.5, 0.9])  # 0, 1 or 2

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(32, activation="relu"),
        tf.keras.layers.Dense(32, activation="relu"),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(points, rings, epochs=40, batch_size=64, verbose=0)
samples = np.array([[0.1, 0.2], [0.6, 0.3], [0.9, 0.8]], dtype="float32")
keras_probabilities = model.predict(samples, verbose=0)
print("Keras:\n", keras_probabilities.round(3))
# --8<-- [end:model]

# --8<-- [start:saved-model]
model.export("ring_classifier")  # a SavedModel folder; it lists the endpoints it wrote

reloaded = tf.saved_model.load("ring_classifier")
served = reloaded.serve(tf.constant(samples)).numpy()
print("SavedModel:\n", served.round(3))
print("largest difference from Keras:", float(np.abs(served - keras_probabilities).max()))
# --8<-- [end:saved-model]

# --8<-- [start:litert-export]
model.export("ring_classifier.tflite", format="litert")  # Keras 3.13 and later
# --8<-- [end:litert-export]

# --8<-- [start:litert-run]
from ai_edge_litert.interpreter import Interpreter  # pip install ai-edge-litert

interpreter = Interpreter(model_path="ring_classifier.tflite")
interpreter.allocate_tensors()
(model_input,) = interpreter.get_input_details()
(model_output,) = interpreter.get_output_details()
print("input", model_input["shape"].tolist(), model_input["dtype"].__name__)
print("output", model_output["shape"].tolist(), model_output["dtype"].__name__)


def litert_predict(interpreter, batch):
    """Run the LiteRT model on each row of ``batch`` (the exported input shape has batch size 1)."""
    rows = []
    for row in batch:
        interpreter.set_tensor(model_input["index"], row[np.newaxis])
        interpreter.invoke()
        rows.append(interpreter.get_tensor(model_output["index"])[0])
    return np.stack(rows)


lite_probabilities = litert_predict(interpreter, samples)
print("LiteRT:\n", lite_probabilities.round(3))
print("largest difference from Keras:", float(np.abs(lite_probabilities - keras_probabilities).max()))
print("same classes:", (lite_probabilities.argmax(1) == keras_probabilities.argmax(1)).all())
# --8<-- [end:litert-run]

# --8<-- [start:sizes]
from pathlib import Path

model.save("ring_classifier.keras")
folder_size = sum(path.stat().st_size for path in Path("ring_classifier").rglob("*") if path.is_file())
for name, size in [
    ("ring_classifier.keras", Path("ring_classifier.keras").stat().st_size),
    ("ring_classifier/ (SavedModel)", folder_size),
    ("ring_classifier.tflite", Path("ring_classifier.tflite").stat().st_size),
]:
    print(f"{name:30} {size / 1024:7.1f} KiB")
# --8<-- [end:sizes]

"""Exercise solution: format="litert" and TFLiteConverter give the same model."""

# --8<-- [start:solution]
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

rng = np.random.default_rng(0)
points = rng.uniform(-1, 1, size=(3000, 2)).astype("float32")
rings = np.digitize(np.hypot(points[:, 0], points[:, 1]), [0.5, 0.9])
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(2,)),
        tf.keras.layers.Dense(32, activation="relu"),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(points, rings, epochs=10, verbose=0)

model.export("by_keras.tflite", format="litert", verbose=False)
model.export("saved_model", verbose=False)
with open("by_converter.tflite", "wb") as file:
    file.write(tf.lite.TFLiteConverter.from_saved_model("saved_model").convert())


def predict(path, point):
    interpreter = Interpreter(model_path=path)
    interpreter.allocate_tensors()
    interpreter.set_tensor(interpreter.get_input_details()[0]["index"], point)
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"])


point = np.array([[0.6, 0.3]], dtype="float32")
by_keras, by_converter = predict("by_keras.tflite", point), predict("by_converter.tflite", point)
print(by_keras.round(3), by_converter.round(3), np.allclose(by_keras, by_converter, atol=1e-6))
# --8<-- [end:solution]

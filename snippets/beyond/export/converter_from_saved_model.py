"""Before Keras 3.13 (course labs, Colab's Keras 3.10): convert the SavedModel with TFLiteConverter."""

# --8<-- [start:model]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential([tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(3, activation="softmax")])
model.export("small_model")
# --8<-- [end:model]

# --8<-- [start:convert]
converter = tf.lite.TFLiteConverter.from_saved_model("small_model")
with open("small_model.tflite", "wb") as file:
    file.write(converter.convert())
# --8<-- [end:convert]

# --8<-- [start:tf-lite-interpreter]
# Deprecated since TensorFlow 2.19 (it warns): the same API as ai_edge_litert's Interpreter.
interpreter = tf.lite.Interpreter(model_path="small_model.tflite")
interpreter.allocate_tensors()
(model_input,) = interpreter.get_input_details()
(model_output,) = interpreter.get_output_details()
sample = np.array([[0.5, -0.5]], dtype="float32")
interpreter.set_tensor(model_input["index"], sample)
interpreter.invoke()
lite = interpreter.get_tensor(model_output["index"])
print("largest difference from Keras:", float(np.abs(lite - model.predict(sample, verbose=0)).max()))
# --8<-- [end:tf-lite-interpreter]

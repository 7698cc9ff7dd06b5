"""A file in the shape of an exam task: a function that returns a trained model, run as a script."""

# --8<-- [start:file]
import numpy as np
import tensorflow as tf


def solution_model():
    """Build, train and return the model (the exam's starter files had exactly this function)."""
    xs = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0], dtype=np.float32)
    ys = np.array([-3.0, -1.0, 1.0, 3.0, 5.0, 7.0], dtype=np.float32)
    model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
    model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.1), loss="mean_squared_error")
    model.fit(xs, ys, epochs=200, verbose=0)
    return model


# Runs when you run the file (PyCharm's green arrow, or `python exam_style_file.py`),
# not when another file imports solution_model from it.
if __name__ == "__main__":
    model = solution_model()
    print("prediction for 10:", model.predict(np.array([10.0]), verbose=0)[0, 0])
    model.save("mymodel.h5")
# --8<-- [end:file]

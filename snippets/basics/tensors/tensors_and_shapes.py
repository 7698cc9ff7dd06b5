"""Tensors: values, shapes, dtypes, reshaping, and the round trip to NumPy."""

# --8<-- [start:create]
import numpy as np
import tensorflow as tf

scalar = tf.constant(3.0)  # rank 0: one number
vector = tf.constant([1.0, 2.0, 3.0])  # rank 1: shape (3,)
matrix = tf.constant([[1, 2, 3], [4, 5, 6]])  # rank 2: shape (2, 3), integers
images = tf.zeros((32, 28, 28))  # rank 3: a batch of 32 grey 28x28 images

for name, tensor in [("scalar", scalar), ("vector", vector), ("matrix", matrix), ("images", images)]:
    print(f"{name:7s} rank {tensor.ndim}  shape {tensor.shape}  dtype {tensor.dtype.name}")
# --8<-- [end:create]

# --8<-- [start:operations]
print(matrix + 10)  # element by element, like NumPy
print(tf.reduce_sum(matrix, axis=0))  # [5 7 9]: sum down the rows (axis 0)
print(tf.reduce_mean(tf.cast(matrix, tf.float32), axis=1))  # [2. 5.]: mean along each row
print(tf.matmul(matrix, tf.transpose(matrix)))  # (2, 3) @ (3, 2) -> (2, 2)
print(vector[0], vector[-1], matrix[:, 1])  # indexing and slicing as in NumPy
# --8<-- [end:operations]


# --8<-- [start:shapes]
def add_batch_axis(example):
    """One example becomes a batch of one: a new axis of length 1 in front.

    >>> add_batch_axis(tf.zeros((28, 28))).shape
    TensorShape([1, 28, 28])
    """
    return tf.expand_dims(example, axis=0)


def add_channel_axis(images):
    """Grey images ``(batch, height, width)`` get the channel axis a Conv2D wants.

    >>> add_channel_axis(tf.zeros((32, 28, 28))).shape
    TensorShape([32, 28, 28, 1])
    """
    return images[..., tf.newaxis]


print(tf.reshape(tf.range(6), (2, 3)))  # the same 6 values, read row by row into 2 rows of 3
print(tf.reshape(images, (32, -1)).shape)  # -1: "whatever is left", here 28 * 28 = 784
print(add_batch_axis(images[0]).shape, add_channel_axis(images).shape)
print(tf.squeeze(tf.zeros((1, 5, 1))).shape)  # drops every axis of length 1: (5,)
# --8<-- [end:shapes]

# --8<-- [start:dtypes]
print(tf.constant(1).dtype, tf.constant(1.0).dtype)  # int32 float32: Python numbers
print(tf.constant(np.array([1.0])).dtype)  # float64: NumPy's default float is kept
try:
    matrix + tf.constant(0.5)  # int32 + float32: TensorFlow never converts for you
except tf.errors.InvalidArgumentError as error:
    print(str(error).splitlines()[0])  # cannot compute AddV2 as input #1(zero-based) ...
print(tf.cast(matrix, tf.float32) + 0.5)  # cast first, then add
# --8<-- [end:dtypes]

# --8<-- [start:numpy]
array = np.arange(6, dtype="float32").reshape(2, 3)
tensor = tf.constant(array)  # NumPy -> tensor (tf.convert_to_tensor does the same)
print(type(tensor.numpy()), tensor.numpy().shape)  # tensor -> NumPy
print(tf.square(array))  # TensorFlow functions take NumPy arrays ...
print(np.sqrt(tensor))  # ... and NumPy functions take tensors (they return NumPy arrays)
print(float(tf.reduce_sum(tensor)))  # a rank-0 tensor -> a Python number: 15.0
# --8<-- [end:numpy]

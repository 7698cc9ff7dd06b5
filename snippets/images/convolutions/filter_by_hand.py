"""What a convolution filter and max pooling do, by hand with numpy and with Keras layers."""

# --8<-- [start:load-image]
import matplotlib.cbook
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

# A photo that ships with matplotlib (no download): Grace Hopper, 600 x 512 pixels, RGB.
with matplotlib.cbook.get_sample_data("grace_hopper.jpg") as file:
    photo = plt.imread(file)
image = photo.mean(axis=-1).astype(np.float32) / 255.0  # one grey channel, values in [0, 1]
print("photo", photo.shape, photo.dtype, "-> grey image", image.shape)
# --8<-- [end:load-image]


# --8<-- [start:convolve]
def convolve(image, kernel):
    """Slide ``kernel`` over ``image``: each output pixel is the sum of the 3x3 patch under
    the kernel, multiplied element by element by the kernel ("valid" padding, stride 1).

    >>> convolve(np.arange(16.0).reshape(4, 4), np.ones((3, 3)))
    array([[45., 54.],
           [81., 90.]])
    >>> convolve(np.zeros((600, 512)), np.ones((3, 3))).shape  # loses one pixel on each side
    (598, 510)
    """
    k_rows, k_cols = kernel.shape
    rows, cols = image.shape[0] - k_rows + 1, image.shape[1] - k_cols + 1
    out = np.zeros((rows, cols), dtype=image.dtype)
    for i in range(k_rows):  # 9 shifted copies of the image, each weighted by one kernel value
        for j in range(k_cols):
            out += kernel[i, j] * image[i : i + rows, j : j + cols]
    return out


vertical_edges = np.array(
    [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=np.float32
)  # bright where the image gets brighter to the right
horizontal_edges = vertical_edges.T  # bright where the image gets brighter downwards

edges_v = convolve(image, vertical_edges)
edges_h = convolve(image, horizontal_edges)
print("after the 3x3 filter:", edges_v.shape)
# --8<-- [end:convolve]


# --8<-- [start:max-pool]
def max_pool(image, size=2):
    """Keep the largest value of each ``size`` x ``size`` block: the image halves in each direction.

    >>> max_pool(np.array([[1, 2, 0, 0],
    ...                    [3, 4, 0, 1],
    ...                    [5, 0, 2, 2],
    ...                    [0, 0, 2, 9]]))
    array([[4, 1],
           [5, 9]])
    """
    rows, cols = image.shape[0] // size * size, image.shape[1] // size * size
    blocks = image[:rows, :cols].reshape(rows // size, size, cols // size, size)
    return blocks.max(axis=(1, 3))


pooled = max_pool(np.maximum(edges_v, 0))  # ReLU first, as Conv2D(activation="relu") would
print("after 2x2 max pooling:", pooled.shape)
# --8<-- [end:max-pool]

# --8<-- [start:keras-layers]
# The same filter as a Conv2D layer whose only weights we set ourselves.
conv = tf.keras.layers.Conv2D(filters=1, kernel_size=(3, 3), use_bias=False, activation="relu")
batch = image[np.newaxis, :, :, np.newaxis]  # (1, 600, 512, 1): a batch of one, one channel
conv.build(batch.shape)
conv.set_weights([vertical_edges.reshape(3, 3, 1, 1)])  # (rows, cols, channels in, filters)
keras_edges = conv(batch)
keras_pooled = tf.keras.layers.MaxPooling2D(pool_size=(2, 2))(keras_edges)

print("Conv2D output:", keras_edges.shape, "MaxPooling2D output:", keras_pooled.shape)
print("Conv2D matches numpy:", np.allclose(keras_edges[0, :, :, 0], np.maximum(edges_v, 0), atol=1e-5))
print("MaxPooling2D matches numpy:", np.allclose(keras_pooled[0, :, :, 0], pooled, atol=1e-5))
# --8<-- [end:keras-layers]

# --8<-- [start:plot]
panels = [
    ("original, 600 x 512", image),
    ("vertical-edge filter", edges_v),
    ("horizontal-edge filter", edges_h),
    ("ReLU + 2x2 max pool, 299 x 255", pooled),
]
fig, axes = plt.subplots(1, 4, figsize=(14, 4.2))
for ax, (title, picture) in zip(axes, panels):
    ax.imshow(picture, cmap="gray")
    ax.set_title(title)
    ax.axis("off")
fig.tight_layout()
fig.savefig("convolution_filters.png", dpi=72, bbox_inches="tight")
plt.show()
# --8<-- [end:plot]

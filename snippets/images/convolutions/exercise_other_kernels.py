"""Exercise solution: a Laplacian (edges in every direction) and a blur, on the same photo."""

# --8<-- [start:solution]
import matplotlib.cbook
import matplotlib.pyplot as plt
import numpy as np

with matplotlib.cbook.get_sample_data("grace_hopper.jpg") as file:
    image = plt.imread(file).mean(axis=-1).astype(np.float32) / 255.0


def convolve(image, kernel):
    rows, cols = image.shape[0] - 2, image.shape[1] - 2
    out = np.zeros((rows, cols), dtype=image.dtype)
    for i in range(3):
        for j in range(3):
            out += kernel[i, j] * image[i : i + rows, j : j + cols]
    return out


kernels = {
    "laplacian": np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=np.float32),
    "blur": np.full((3, 3), 1 / 9, dtype=np.float32),
}
fig, axes = plt.subplots(1, 2, figsize=(8, 4.5))
for ax, (name, kernel) in zip(axes, kernels.items()):
    out = convolve(image, kernel)
    print(f"{name:9} output range {out.min():+.2f} to {out.max():+.2f}")  # the blur stays within 0..1
    ax.imshow(out, cmap="gray")
    ax.set_title(name)
    ax.axis("off")
plt.show()
# --8<-- [end:solution]

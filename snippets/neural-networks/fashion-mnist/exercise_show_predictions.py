"""Exercise solution: show test images with their predicted and true class names."""

# --8<-- [start:solution]
import matplotlib.pyplot as plt
import tensorflow as tf

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.fashion_mnist.load_data()
x_train, x_test = x_train / 255.0, x_test / 255.0
class_names = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
               "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential([
    tf.keras.Input(shape=(28, 28)),
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(128, activation="relu"),
    tf.keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5, verbose=0)

predicted = model.predict(x_test[:10], verbose=0).argmax(axis=1)
figure, axes = plt.subplots(2, 5, figsize=(10, 4.5))
for axis, image, guess, truth in zip(axes.flat, x_test[:10], predicted, y_test[:10]):
    axis.imshow(image, cmap="gray_r")
    axis.set_title(f"{class_names[guess]}\n(true: {class_names[truth]})", fontsize=8,
                   color="black" if guess == truth else "red")
    axis.axis("off")
figure.tight_layout()
plt.show()
# --8<-- [end:solution]

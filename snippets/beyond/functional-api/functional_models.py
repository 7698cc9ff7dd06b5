"""The Functional API: the same model as Sequential, two inputs and two outputs, a shared layer."""

# --8<-- [start:same-model]
import keras
import numpy as np

# Sequential: a list of layers, each feeding the next.
sequential = keras.Sequential(
    [
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)

# Functional: call each layer on a tensor, then name the model's inputs and outputs.
inputs = keras.Input(shape=(28, 28), name="image")
x = keras.layers.Flatten()(inputs)
x = keras.layers.Dense(128, activation="relu")(x)
outputs = keras.layers.Dense(10, activation="softmax")(x)
functional = keras.Model(inputs=inputs, outputs=outputs, name="same_model")

print("Sequential parameters:", sequential.count_params())
print("Functional parameters:", functional.count_params())
print("inputs:", inputs.shape, "outputs:", outputs.shape)
# --8<-- [end:same-model]

# --8<-- [start:data]
# Made-up flats: 6 numeric features (size, rooms, ...) and a district (one of 4).
rng = np.random.default_rng(0)
count = 2000
features = rng.normal(size=(count, 6)).astype("float32")
district = rng.integers(0, 4, size=(count, 1))
district_effect = np.array([0.0, 0.5, 1.0, -0.5], dtype="float32")
price = (features @ np.linspace(0.2, 1.2, 6) + district_effect[district[:, 0]]).astype("float32")
expensive = (price > 1.0).astype("float32")  # a yes/no label drawn from the same price
print("features", features.shape, "district", district.shape, "price", price.shape)
# --8<-- [end:data]

# --8<-- [start:two-inputs-two-outputs]
keras.utils.set_random_seed(0)
numbers = keras.Input(shape=(6,), name="features")
district_in = keras.Input(shape=(1,), name="district", dtype="int32")
embedded = keras.layers.Flatten()(keras.layers.Embedding(input_dim=4, output_dim=2)(district_in))
x = keras.layers.Concatenate()([numbers, embedded])
x = keras.layers.Dense(32, activation="relu")(x)
price_out = keras.layers.Dense(1, name="price")(x)
expensive_out = keras.layers.Dense(1, activation="sigmoid", name="expensive")(x)
model = keras.Model(inputs=[numbers, district_in], outputs=[price_out, expensive_out])

model.compile(
    optimizer="adam",
    loss={"price": "mse", "expensive": "binary_crossentropy"},
    metrics={"price": ["mae"], "expensive": ["accuracy"]},
)
history = model.fit(
    {"features": features, "district": district},
    {"price": price, "expensive": expensive},
    epochs=20,
    validation_split=0.2,
    verbose=0,
)
predicted_price, predicted_expensive = model.predict(
    {"features": features[:3], "district": district[:3]}, verbose=0
)
print("predicted prices:", predicted_price[:, 0].round(2), "true:", price[:3].round(2))
print("P(expensive):    ", predicted_expensive[:, 0].round(2), "true:", expensive[:3])
# --8<-- [end:two-inputs-two-outputs]

# --8<-- [start:summary]
model.summary(line_length=110)
# --8<-- [end:summary]

# --8<-- [start:shared-layer]
# One encoder, two inputs: the same weights turn both sentences' word counts into vectors.
encoder = keras.layers.Dense(16, activation="relu", name="shared_encoder")
left = keras.Input(shape=(100,), name="left")
right = keras.Input(shape=(100,), name="right")
distance = keras.layers.Subtract()([encoder(left), encoder(right)])
same = keras.layers.Dense(1, activation="sigmoid")(distance)
pair_model = keras.Model(inputs=[left, right], outputs=same)

print("layers:", [layer.name for layer in pair_model.layers])
print("encoder weights:", encoder.count_params(), "model weights:", pair_model.count_params())
# --8<-- [end:shared-layer]

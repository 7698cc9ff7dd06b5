# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Category 4: text (sarcasm)
#
# **The task, in the exam's shape:** classify news headlines from `sarcasm.json` as sarcastic or
# not. The starter file fixed the preprocessing: a vocabulary of 1000 words, embeddings of 16
# numbers, headlines cut or padded to 120 words at the end ("post"), `<OOV>` for unknown words,
# the first 20000 headlines for training and the rest for validation, and one sigmoid output.
# **Target used here: validation accuracy of at least 0.80.** The exam wanted the model as an
# `.h5` file.
#
# Everything below runs as it is in Colab or on a laptop CPU.
#
# > **No result from the real data yet.**
# > The site's machines could not download `sarcasm.json` (no network), so this solution has
# > not been trained on the real headlines here: no accuracy, training time or curve from the
# > real data is published. Measure them with
# > `python scripts/verify_solutions.py --data-dir DIR category4`, where `DIR` holds
# > `sarcasm.json`; the script fails when the target is missed. The saved `.h5` model is
# > 229,120 bytes whatever the data: its size depends only on the layers (16,433 weights, plus
# > twice as many Adam optimizer values, stored with them). That size was measured with the same
# > command on the test suite's 60-headline stand-in file, and again on a synthetic stand-in of the
# > real size (26709 random headlines of 4 to 20 words): there, one epoch over 20000 headlines
# > took 3 to 6 seconds on a shared 2-core x86_64 CPU with TensorFlow 2.21 (accuracy on random
# > words means nothing and is not reported).

# %%
import json

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

print("TensorFlow", tf.__version__)

# %% [markdown]
# ## The data
#
# `sarcasm.json` is one JSON array of 26709 records `{article_link, headline, is_sarcastic}`.

# %%
VOCAB_SIZE = 1000
EMBEDDING_DIM = 16
MAX_LENGTH = 120
TRAINING_SIZE = 20000

path = tf.keras.utils.get_file(
    "sarcasm.json", origin="https://storage.googleapis.com/download.tensorflow.org/data/sarcasm.json"
)
with open(path, encoding="utf-8") as handle:
    records = json.load(handle)
sentences = [record["headline"] for record in records]
labels = np.array([record["is_sarcastic"] for record in records], dtype=np.float32)
print(len(sentences), "headlines")

# %% [markdown]
# The first 20000 train and the other 6709 validate. Python slices never fail on a short list
# (`sentences[:20000]` of a 60-line file is all 60 lines, and `sentences[20000:]` is empty), so
# `min` keeps a fifth for validation when a file has fewer than 25000 headlines. On the real file
# the split is exactly 20000.

# %%
split = min(TRAINING_SIZE, int(0.8 * len(sentences)))
training_sentences, validation_sentences = sentences[:split], sentences[split:]
training_labels, validation_labels = labels[:split], labels[split:]
print(len(training_sentences), "training,", len(validation_sentences), "validation")

# %% [markdown]
# ## Text to numbers
#
# The starter code used the course-era `Tokenizer(num_words=1000, oov_token="<OOV>")` and
# `pad_sequences(maxlen=120, padding="post", truncating="post")`. `TextVectorization` does both,
# with the same numbering: id 0 is padding, id 1 is the out-of-vocabulary token (it is called
# `[UNK]`, not `<OOV>`, and you cannot rename it), and ids 2 to 999 are the 998 commonest words of
# the training headlines. `output_sequence_length=120` pads and truncates at the end, which is
# "post" for both. One difference: `Tokenizer` turns punctuation into spaces (`u.s.` becomes `u` and
# `s`) and keeps apostrophes (`don't`), while the default standardisation deletes them (`us`, `dont`).

# %%
vectorizer = tf.keras.layers.TextVectorization(max_tokens=VOCAB_SIZE, output_sequence_length=MAX_LENGTH)
vectorizer.adapt(training_sentences)  # the vocabulary comes from the training headlines only
print([str(word) for word in vectorizer.get_vocabulary()[:5]])

training_padded = vectorizer(training_sentences)
validation_padded = vectorizer(validation_sentences)
print(training_padded.shape, validation_padded.shape)

# %% [markdown]
# ## The model
#
# The vectorizer stays *outside* the model: the model takes the 120 word ids, so it saves to
# `.h5` (see the end for why that matters). Averaging the word vectors is enough for headlines and
# trains in seconds per epoch; dropout and early stopping keep validation accuracy from sliding back
# as the model starts to memorise the training headlines.


# %%
def solution_model():
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(MAX_LENGTH,)),
        tf.keras.layers.Embedding(VOCAB_SIZE, EMBEDDING_DIM),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dropout(0.2),
        tf.keras.layers.Dense(24, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
    stop = tf.keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=5, restore_best_weights=True)
    history = model.fit(training_padded, training_labels, epochs=30,
                        validation_data=(validation_padded, validation_labels), callbacks=[stop], verbose=2)
    return model, history


model, history = solution_model()
model.summary()

# %% [markdown]
# ## Training curves
#
# On text, training accuracy usually keeps rising while validation accuracy levels off after a few
# epochs. The gap between them is overfitting; early stopping kept the weights of the epoch with the
# best validation accuracy.

# %%
figure, axes = plt.subplots(1, 2, figsize=(10, 4))
for axis, metric in zip(axes, ("accuracy", "loss")):
    axis.plot(history.history[metric], label="training")
    axis.plot(history.history[f"val_{metric}"], label="validation")
    axis.set_xlabel("epoch")
    axis.set_title(metric)
    axis.legend()
plt.show()

# %% [markdown]
# ## Check it before you submit

# %%
loss, accuracy = model.evaluate(validation_padded, validation_labels, verbose=0)
result = {"metric": "validation accuracy", "value": float(accuracy), "target": 0.80, "goal": "above"}
print(f"{result['metric']}: {accuracy:.3f} (target: at least {result['target']:.2f})")

# %% [markdown]
# ## Save it
#
# The exam asked for `.h5`; `.keras` is the current format. This model takes word ids, so both work.

# %%
model.save("category4.h5")
model.save("category4.keras")

# %% [markdown]
# ## Raw strings in: a model that holds its own TextVectorization
#
# To serve headlines as plain text, put the adapted vectorizer in front of the trained layers
# (the layers, not the compiled model, so the new model carries no optimizer state). Save that model
# as `.keras`: the file keeps the vocabulary, and the reloaded model takes raw strings.

# %%
end_to_end = tf.keras.Sequential([tf.keras.Input(shape=(1,), dtype="string"), vectorizer, *model.layers])
end_to_end.save("category4-text.keras")
reloaded = tf.keras.models.load_model("category4-text.keras", compile=False)  # for predictions only
headlines = tf.constant([["area man finally finishes reading terms and conditions"],
                         ["senate passes the annual budget bill"]])
print(reloaded.predict(headlines, verbose=0))

# %% [markdown]
# `.h5` cannot carry it. Keras 3.15 saves such a model to `.h5` with only its usual notice that HDF5
# is a legacy format, but the file holds no vocabulary: the reloaded `TextVectorization` knows only
# padding and `[UNK]`, and `predict` fails with "Table not initialized". That is why, for the exam's `.h5`, the text was
# vectorized outside the model, as above.

# %%
end_to_end.save("category4-text.h5")
from_h5 = tf.keras.models.load_model("category4-text.h5", compile=False)
print("vocabulary after the .h5 round trip:", from_h5.layers[0].get_vocabulary())

"""Held-out data: found in the Keras cache or ``--data-dir``, read and checked, prepared the way
the exam's starter files prepared it.

Every reader checks what it read (lengths agree, labels are numbers of the right kind, values are
finite and not all the same) and raises GradeError with the file's name otherwise.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import zipfile
from pathlib import Path

from ..datasets import find_in_folder
from .modelfile import first_line, regular_file, shown
from .problems import GradeError, sarcasm_split

MAX_DATA_BYTES = 200_000_000
# The starter of problem 1 trains on these points of y = 3x + 1.
PROBLEM1_TRAIN_X = (-1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0)


def keras_cache() -> Path:
    """Where ``tf.keras.utils.get_file`` keeps downloads: ``$KERAS_HOME``, else ``~/.keras``."""
    return Path(os.environ.get("KERAS_HOME") or Path.home() / ".keras")


def find_files(problem, data_dir: Path | None) -> dict[str, Path] | None:
    """The problem's held-out files by file name, from ``data_dir`` if given, else the Keras cache.

    A name that exists but is not a readable regular file (a folder, a pipe, a broken link) is
    an error, never something to open.
    """
    if not problem.data_files:
        return {}
    for folder in ([data_dir] if data_dir is not None else []) + [None]:
        paths = {}
        for cache_path in problem.data_files:
            name = Path(cache_path).name
            path = find_in_folder(folder, cache_path) if folder is not None else keras_cache() / cache_path
            if path is None or not os.path.lexists(path):
                break
            size = regular_file(path, "held-out file")
            if size > MAX_DATA_BYTES:
                raise GradeError(f"held-out file {shown(path)} is {size:,} bytes: not the expected file")
            paths[name] = path
        else:
            return paths
    return None


def _idx(path: Path, offset: int, dims: int):
    import numpy as np

    try:
        data = gzip.decompress(path.read_bytes())
    except Exception as exc:
        raise GradeError(f"{shown(path.name)} is not a gzip file: {first_line(exc)}") from None
    if len(data) < offset:
        raise GradeError(f"{shown(path.name)} is too short for an IDX file")
    shape = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    values = np.frombuffer(data, dtype=np.uint8, offset=offset)
    if int(np.prod(shape)) != values.size:
        raise GradeError(f"{shown(path.name)} declares {shape} values but holds {values.size}")
    return values.reshape(shape)


def load_problem1(files):
    """New points of the rule ``y = 3x + 1`` the starter's data follow, some beyond its range.

    >>> x, y, about = load_problem1({})
    >>> x[:, 0].tolist(), y.tolist()
    ([-5.0, -2.5, 0.5, 6.0, 10.0], [-14.0, -6.5, 2.5, 19.0, 31.0])
    """
    import numpy as np

    x = np.array([-5.0, -2.5, 0.5, 6.0, 10.0], dtype=np.float32)
    return x.reshape(-1, 1), 3 * x + 1, "5 new points of the rule behind xs and ys"


def load_problem2(files):
    images = _idx(files["t10k-images-idx3-ubyte.gz"], 16, 3)
    labels = _idx(files["t10k-labels-idx1-ubyte.gz"], 8, 1)
    if images.shape[1:] != (28, 28):
        raise GradeError(f"t10k-images-idx3-ubyte.gz holds images of {images.shape[1:]}, not 28x28")
    if len(images) != len(labels):
        raise GradeError(f"the Fashion-MNIST test files disagree: {len(images)} images, {len(labels)} labels")
    if labels.max(initial=0) > 9 or len(labels) == 0:
        raise GradeError("t10k-labels-idx1-ubyte.gz holds labels outside 0-9, or none")
    return (
        images.astype("float32") / 255.0,
        labels.astype("int64"),
        f"{len(labels)} Fashion-MNIST test images (t10k files)",
    )


def load_problem3(files):
    import tempfile

    import numpy as np
    import tensorflow as tf

    with tempfile.TemporaryDirectory(prefix="grade-rps-") as folder:
        try:
            with zipfile.ZipFile(files["rps-test-set.zip"]) as archive:
                for member in archive.infolist():
                    name = Path(member.filename)
                    if name.is_absolute() or ".." in name.parts:
                        raise GradeError(f"rps-test-set.zip holds an unsafe path: {shown(member.filename)}")
                archive.extractall(folder)
        except GradeError:
            raise
        except Exception as exc:
            raise GradeError(f"rps-test-set.zip cannot be unpacked: {first_line(exc)}") from None
        root = Path(folder) / "rps-test-set"
        if not root.is_dir():
            raise GradeError("rps-test-set.zip holds no rps-test-set/ folder")
        images = tf.keras.utils.image_dataset_from_directory(
            root, image_size=(150, 150), batch_size=64, shuffle=False, label_mode="int", verbose=False
        )
        if images.class_names != ["paper", "rock", "scissors"]:
            raise GradeError(
                f"rps-test-set.zip has classes {images.class_names}, expected paper, rock, scissors"
            )
        x = np.concatenate([batch.numpy() for batch, _ in images]) / 255.0
        y = np.concatenate([labels.numpy() for _, labels in images])
    return x.astype("float32"), y, f"{len(y)} photos of rps-test-set.zip"


def read_sarcasm(path: Path):
    """Headlines and labels of sarcasm.json, checked."""
    try:
        rows = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise GradeError("sarcasm.json is not UTF-8 text") from None
    except RecursionError:
        raise GradeError("sarcasm.json is nested too deeply") from None
    except ValueError as exc:
        raise GradeError(f"sarcasm.json is not JSON: {first_line(exc)}") from None
    if not isinstance(rows, list) or len(rows) < 4:
        raise GradeError("sarcasm.json is not a JSON array of at least 4 headlines")
    headlines, labels = [], []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not isinstance(row.get("headline"), str):
            raise GradeError(f"sarcasm.json: record {number} has no headline text")
        label = row.get("is_sarcastic")
        if isinstance(label, bool) or label not in (0, 1):
            raise GradeError(f"sarcasm.json: record {number} has is_sarcastic {label!r}, not 0 or 1")
        headlines.append(row["headline"])
        labels.append(int(label))
    return headlines, labels


def starter_sequences(training, texts):
    """The starter's preprocessing: Tokenizer(num_words=1000, oov_token="<OOV>") fitted on the
    training headlines, then texts_to_sequences and pad_sequences(maxlen=120, post, post)."""
    from tensorflow.keras.preprocessing.sequence import pad_sequences
    from tensorflow.keras.preprocessing.text import Tokenizer

    tokenizer = Tokenizer(num_words=1000, oov_token="<OOV>")
    tokenizer.fit_on_texts(training)
    return pad_sequences(tokenizer.texts_to_sequences(texts), maxlen=120, padding="post", truncating="post")


def text_vectorization_sequences(training, texts):
    """The same headlines numbered by TextVectorization (only to explain a low score)."""
    import tensorflow as tf

    vectorize = tf.keras.layers.TextVectorization(max_tokens=1000, output_sequence_length=120)
    vectorize.adapt(training)
    return vectorize(tf.constant(texts)).numpy()


def load_problem4(files):
    import numpy as np

    headlines, labels = read_sarcasm(files["sarcasm.json"])
    split = sarcasm_split(len(headlines))
    test = headlines[split:]
    x = starter_sequences(headlines[:split], test)
    return x, np.array(labels[split:]), f"{len(test)} headlines of sarcasm.json after the first {split:,}"


def read_sunspots(path: Path):
    """The sunspot column of Sunspots.csv, checked, normalised as the starter did (minus the
    minimum, divided by the maximum)."""
    import numpy as np

    try:
        text = path.read_bytes().decode("utf-8")
        rows = list(csv.reader(io.StringIO(text)))[1:]
    except UnicodeDecodeError:
        raise GradeError("Sunspots.csv is not UTF-8 text") from None
    except csv.Error as exc:
        raise GradeError(f"Sunspots.csv is not a CSV file: {first_line(exc)}") from None
    values = []
    for number, row in enumerate(rows, start=2):
        try:
            values.append(float(row[2]))
        except (IndexError, ValueError):
            raise GradeError(f"Sunspots.csv line {number}: no number in the third column") from None
    series = np.array(values)
    if len(series) < 3000 + 31:
        raise GradeError(f"Sunspots.csv has {len(series)} months; the problem splits at month 3000")
    if not np.all(np.isfinite(series)):
        raise GradeError("Sunspots.csv holds values that are not finite (nan or inf)")
    if series.max() - series.min() <= 0 or series.max() <= 0:
        raise GradeError("Sunspots.csv holds one constant value: nothing to forecast")
    series -= np.min(series)
    series /= np.max(series)
    return series


def load_problem5(files):
    series = read_sunspots(files["Sunspots.csv"])
    return series, series[3000:], f"{len(series) - 3000} months of Sunspots.csv after month 3000 (normalised)"


LOADERS = {
    "problem1": load_problem1,
    "problem2": load_problem2,
    "problem3": load_problem3,
    "problem4": load_problem4,
    "problem5": load_problem5,
}


def baselines(problem, files, y) -> dict[str, float]:
    """No-skill values of the metric on the same held-out data."""
    import numpy as np

    if problem.name == "problem1":
        train_y = 3 * np.array(PROBLEM1_TRAIN_X) + 1
        return {"predict the training mean": float(np.mean((y - train_y.mean()) ** 2))}
    if problem.name == "problem5":
        series = read_sunspots(files["Sunspots.csv"])
        return {
            "repeat the last value": float(np.mean(np.abs(y - series[2999:-1]))),
            "predict the training mean": float(np.mean(np.abs(y - series[:3000].mean()))),
        }
    counts = np.bincount(np.asarray(y, dtype="int64"))
    return {"always the majority class": float(counts.max() / counts.sum())}

"""Grade a practice-exam model from 0 to 5 on held-out data, like the exam's feedback.

    python scripts/grade.py PROBLEM MODEL_FILE [--data-dir DIR] [--json]
    python scripts/grade.py problem2 mymodel.h5

PROBLEM is one of problem1 ... problem5 (docs/practice-exam/). MODEL_FILE is the ``.h5`` or
``.keras`` file your starter saved. The grader checks the rules (no ``Lambda`` layers), the
model's input and output shapes and its output activation, predicts the problem's held-out
data, and prints the metric, its value, the score and the value each score needs.

Held-out data comes from the Keras cache (``$KERAS_HOME``, else ``~/.keras``), where the
starter files download their data, or from ``--data-dir DIR``, a folder of the real files
(for example ``Sunspots.csv``), which seeds a temporary cache as scripts/verify_solutions.py
does. The grader never downloads and never scores on made-up data: when the held-out file is
missing it says so and stops. Bad input gets one ``error: ...`` line and exit code 2.
"""

from __future__ import annotations

import argparse
import atexit
import gzip
import json
import os
import shutil
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_SCORE = 5


def _temporary_folder(prefix: str) -> Path:
    """A new folder that is removed when the grader exits."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


class GradeError(Exception):
    """Bad input: reported as one ``error: ...`` line and exit code 2."""


@dataclass(frozen=True)
class Problem:
    name: str
    title: str
    input_shape: tuple  # per example; the model's input must match (None allowed for a dimension)
    output_shape: tuple  # per example; must match exactly
    activation: str | None  # required activation of the output layer, None for regression
    metric: str  # "mse", "accuracy", "binary accuracy" or "mae"
    goal: str  # "above" or "below"
    thresholds: tuple  # the value needed for scores 1, 2, 3, 4 and 5 (5 = the target)
    rule: str  # how the thresholds were made, in words
    data_files: tuple  # cache paths (under the Keras cache) of the held-out data


def accuracy_thresholds(chance: float, target: float) -> tuple:
    """Five equal steps from chance level up to the target.

    >>> accuracy_thresholds(0.1, 0.83)
    (0.246, 0.392, 0.538, 0.684, 0.83)
    """
    return tuple(round(chance + (target - chance) * k / MAX_SCORE, 4) for k in range(1, MAX_SCORE + 1))


def error_thresholds(target: float, step: float) -> tuple:
    """Scores 4, 3, 2, 1 each allow ``step`` times the target more error than the one above.

    >>> error_thresholds(0.12, 0.25)
    (0.24, 0.21, 0.18, 0.15, 0.12)
    """
    return tuple(round(target * (1 + step * (MAX_SCORE - k)), 6) for k in range(1, MAX_SCORE + 1))


PROBLEMS = {
    problem.name: problem
    for problem in (
        Problem("problem1", "a basic model: learn the rule behind xs and ys", (1,), (1,), None,
                "mse", "below", (1.0, 1e-1, 1e-2, 1e-3, 1e-4),
                "5 at MSE <= 1e-4; each score below allows ten times more", ()),
        Problem("problem2", "Fashion-MNIST: ten kinds of clothing", (28, 28), (10,), "softmax",
                "accuracy", "above", accuracy_thresholds(0.1, 0.83),
                "5 at accuracy >= 0.83; five equal steps down to chance (0.1)",
                ("datasets/fashion-mnist/t10k-images-idx3-ubyte.gz", "datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz")),
        Problem("problem3", "rock, paper, scissors from photos", (150, 150, 3), (3,), "softmax",
                "accuracy", "above", accuracy_thresholds(1 / 3, 0.83),
                "5 at accuracy >= 0.83; five equal steps down to chance (1/3)", ("datasets/rps-test-set.zip",)),
        Problem("problem4", "sarcasm in news headlines", (120,), (1,), "sigmoid",
                "binary accuracy", "above", accuracy_thresholds(0.5, 0.75),
                "5 at accuracy >= 0.75; five equal steps down to chance (0.5)", ("datasets/sarcasm.json",)),
        Problem("problem5", "forecast monthly sunspots", (30, 1), (1,), None,
                "mae", "below", error_thresholds(0.12, 0.25),
                "5 at MAE <= 0.12 (normalized); each score below allows a quarter of the target more",
                ("datasets/Sunspots.csv",)),
    )
}


def score(value: float, problem: Problem) -> int:
    """The highest score whose threshold ``value`` meets (0 if none, or if it is not a number).

    >>> score(0.70, PROBLEMS["problem2"]), score(0.83, PROBLEMS["problem2"]), score(0.05, PROBLEMS["problem2"])
    (4, 5, 0)
    >>> score(0.16, PROBLEMS["problem5"]), score(float("nan"), PROBLEMS["problem5"])
    (3, 0)
    """
    if value != value:  # NaN meets nothing
        return 0
    met = [value >= t if problem.goal == "above" else value <= t for t in problem.thresholds]
    return max([k for k, ok in enumerate(met, start=1) if ok], default=0)


# ---------------------------------------------------------------- held-out data

def keras_cache() -> Path:
    """Where ``tf.keras.utils.get_file`` keeps downloads: ``$KERAS_HOME``, else ``~/.keras``."""
    return Path(os.environ.get("KERAS_HOME") or Path.home() / ".keras")


def find_held_out(problem: Problem, data_dir: Path | None) -> Path | None:
    """The cache folder holding all of the problem's held-out files, or None.

    With ``data_dir`` its known files are first copied into a temporary cache, exactly as
    ``scripts/verify_solutions.py --data-dir`` does, and that cache is searched first.
    """
    caches = []
    if data_dir is not None:
        sys.path.insert(0, str(ROOT))
        from scripts.verify_solutions import seed_keras_cache

        seeded = _temporary_folder("grade-keras-home-")
        seed_keras_cache(data_dir, seeded)
        caches.append(seeded)
    caches.append(keras_cache())
    for cache in caches:
        if all((cache / name).is_file() for name in problem.data_files):
            return cache
    return None


def _idx(path: Path, offset: int):
    import numpy as np

    return np.frombuffer(gzip.decompress(path.read_bytes()), dtype=np.uint8, offset=offset)


def load_problem1(cache: Path):
    """New points of the rule ``y = 3x + 1`` the starter's data follow, some beyond its range.

    >>> x, y, about = load_problem1(None)
    >>> x[:, 0].tolist(), y.tolist()
    ([-5.0, -2.5, 0.5, 6.0, 10.0], [-14.0, -6.5, 2.5, 19.0, 31.0])
    """
    import numpy as np

    x = np.array([-5.0, -2.5, 0.5, 6.0, 10.0], dtype=np.float32)
    return x.reshape(-1, 1), 3 * x + 1, "5 new points of the rule behind xs and ys"


def load_problem2(cache: Path):
    folder = cache / "datasets" / "fashion-mnist"
    images = _idx(folder / "t10k-images-idx3-ubyte.gz", 16).reshape(-1, 28, 28)
    labels = _idx(folder / "t10k-labels-idx1-ubyte.gz", 8)
    return images.astype("float32") / 255.0, labels, f"{len(labels)} Fashion-MNIST test images (t10k files)"


def load_problem3(cache: Path):
    import numpy as np
    import tensorflow as tf

    folder = _temporary_folder("grade-rps-")
    with zipfile.ZipFile(cache / "datasets" / "rps-test-set.zip") as archive:
        archive.extractall(folder)
    images = tf.keras.utils.image_dataset_from_directory(
        folder / "rps-test-set", image_size=(150, 150), batch_size=64, shuffle=False, label_mode="int", verbose=False)
    if images.class_names != ["paper", "rock", "scissors"]:
        raise GradeError(f"rps-test-set.zip has classes {images.class_names}, expected paper, rock, scissors")
    x = np.concatenate([batch.numpy() for batch, _ in images]) / 255.0
    y = np.concatenate([labels.numpy() for _, labels in images])
    return x.astype("float32"), y, f"{len(y)} photos of rps-test-set.zip"


def sarcasm_split(count: int) -> int:
    """Rows used for training: the first 20,000, or three quarters of a shorter file.

    >>> sarcasm_split(26709), sarcasm_split(60)
    (20000, 45)
    """
    return min(20000, count * 3 // 4)


def load_problem4(cache: Path):
    import numpy as np
    import tensorflow as tf

    rows = json.loads((cache / "datasets" / "sarcasm.json").read_text(encoding="utf-8"))
    split = sarcasm_split(len(rows))
    vectorize = tf.keras.layers.TextVectorization(max_tokens=1000, output_sequence_length=120)
    vectorize.adapt([row["headline"] for row in rows[:split]])
    test = rows[split:]
    x = vectorize(tf.constant([row["headline"] for row in test])).numpy()
    y = np.array([row["is_sarcastic"] for row in test])
    return x, y, f"{len(test)} headlines of sarcasm.json after the first {split:,}"


def sunspot_windows(series, split: int = 3000, window: int = 30):
    """Windows of ``window`` values and the next value, for every target from ``split`` on.

    >>> import numpy as np
    >>> x, y = sunspot_windows(np.arange(10.0), split=6, window=3)
    >>> x[:, :, 0].tolist(), y.tolist()
    ([[3.0, 4.0, 5.0], [4.0, 5.0, 6.0], [5.0, 6.0, 7.0], [6.0, 7.0, 8.0]], [6.0, 7.0, 8.0, 9.0])
    """
    import numpy as np

    x = np.stack([series[t - window:t] for t in range(split, len(series))])
    return x[:, :, None].astype("float32"), series[split:].astype("float32")


def load_problem5(cache: Path):
    import csv

    import numpy as np

    with open(cache / "datasets" / "Sunspots.csv", newline="", encoding="utf-8") as handle:
        series = np.array([float(row[2]) for row in list(csv.reader(handle))[1:]])
    series = (series - series.min()) / (series.max() - series.min())
    x, y = sunspot_windows(series)
    return x, y, f"{len(y)} months of Sunspots.csv after month 3000 (normalized to 0-1)"


LOADERS = {"problem1": load_problem1, "problem2": load_problem2, "problem3": load_problem3,
           "problem4": load_problem4, "problem5": load_problem5}


# ---------------------------------------------------------------- the model file

def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def read_config(path: Path) -> dict:
    """The model's architecture as saved in the file, read without TensorFlow."""
    if path.suffix == ".keras":
        try:
            with zipfile.ZipFile(path) as archive:
                return json.loads(archive.read("config.json"))
        except (zipfile.BadZipFile, KeyError, ValueError):
            raise GradeError(f"{path} is not a Keras model file (a .keras file is a zip with a config.json)") from None
    import h5py

    try:
        with h5py.File(path, "r") as handle:
            config = handle.attrs.get("model_config")
    except OSError:
        raise GradeError(f"{path} is not a Keras model file (not an HDF5 file)") from None
    if config is None:
        raise GradeError(f"{path} holds no model architecture (weights only?): save it with model.save()")
    return json.loads(config)


def layer_classes(config) -> list[str]:
    """Every ``class_name`` in a saved config, nested models included.

    >>> layer_classes({"class_name": "Sequential", "config": {"layers": [{"class_name": "Lambda"}]}})
    ['Sequential', 'Lambda']
    """
    found = []
    if isinstance(config, dict):
        if isinstance(config.get("class_name"), str):
            found.append(config["class_name"])
        for value in config.values():
            found += layer_classes(value)
    elif isinstance(config, list):
        for value in config:
            found += layer_classes(value)
    return found


def import_keras():
    """Import Keras (and TensorFlow) with TensorFlow's start-up messages kept off stderr."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    if "keras" in sys.modules:
        return sys.modules["keras"]
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            import keras
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    return keras


def load_model(path: Path):
    keras = import_keras()
    try:
        # compile=False: Keras 3 cannot rebuild the loss of .h5 files compiled with loss="mse".
        return keras.models.load_model(path, compile=False)
    except Exception as exc:  # any failure to load is the file's problem, not the grader's
        raise GradeError(f"cannot load {path} as a Keras model: {_first_line(exc)}") from None


def output_activation(model) -> str:
    """The name of the activation the model's output goes through last."""
    layer = model.layers[-1]
    while hasattr(layer, "layers") and layer.layers:  # a nested model ends the outer one
        layer = layer.layers[-1]
    if type(layer).__name__ == "Softmax":
        return "softmax"
    function = getattr(layer, "activation", None)
    return getattr(function, "__name__", "linear") if function is not None else "linear"


def check_model(model, problem: Problem) -> None:
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        raise GradeError(f"the model has {len(model.inputs)} inputs and {len(model.outputs)} outputs; "
                         f"{problem.name} needs one of each")
    got = tuple(model.inputs[0].shape[1:])
    want = problem.input_shape
    if len(got) != len(want) or any(g is not None and g != w for g, w in zip(got, want)):
        raise GradeError(f"the model's input shape is {_shape(got)} per example; {problem.name} feeds {_shape(want)}")
    got = tuple(model.outputs[0].shape[1:])
    if got != problem.output_shape:
        raise GradeError(f"the model's output shape is {_shape(got)} per example; {problem.name} needs "
                         f"{_shape(problem.output_shape)} (units of the last layer)")
    activation = output_activation(model)
    if problem.activation and activation != problem.activation:
        raise GradeError(f"the model's output activation is {activation}; {problem.name} needs {problem.activation}")


def _shape(shape: tuple) -> str:
    return "(" + ", ".join("None" if d is None else str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def measure(problem: Problem, predictions, y) -> float:
    import numpy as np

    if problem.metric == "accuracy":
        return float(np.mean(np.argmax(predictions, axis=-1) == y))
    values = predictions.reshape(len(y))
    if problem.metric == "binary accuracy":
        return float(np.mean((values > 0.5) == (y > 0.5)))
    if problem.metric == "mse":
        return float(np.mean((values - y) ** 2))
    return float(np.mean(np.abs(values - y)))


def grade(problem: Problem, model_file: Path, data_dir: Path | None = None) -> dict:
    """Check and score one model file; raises GradeError on bad input."""
    if not model_file.is_file():
        raise GradeError(f"no such file: {model_file}")
    if model_file.suffix not in (".h5", ".keras"):
        raise GradeError(f"{model_file} is not a .h5 or .keras file")
    if "Lambda" in layer_classes(read_config(model_file)):
        raise GradeError(f"{model_file} uses a Lambda layer, which the exam did not allow: "
                         "do the computation in preprocessing or with built-in layers")
    cache = find_held_out(problem, data_dir) if problem.data_files else None
    if problem.data_files and cache is None:
        names = ", ".join(Path(name).name for name in problem.data_files)
        raise GradeError(f"no held-out data for {problem.name}: {names} not in {keras_cache() / 'datasets'}"
                         f"{' or --data-dir' if data_dir else ''}; run the starter once (it downloads it) "
                         "or pass --data-dir")
    model = load_model(model_file)
    check_model(model, problem)
    try:
        x, y, about = LOADERS[problem.name](cache)
    except GradeError:
        raise
    except Exception as exc:  # a damaged data file: say which, in one line
        raise GradeError(f"cannot read the held-out data of {problem.name}: {_first_line(exc)}") from None
    try:
        predictions = model.predict(x, batch_size=64, verbose=0)
    except Exception as exc:  # the model's own failure, reported in one line
        raise GradeError(f"the model failed to predict a batch of shape {_shape(x.shape)}: {_first_line(exc)}") from None
    import numpy as np

    predictions = np.asarray(predictions)
    if not np.all(np.isfinite(predictions)):
        raise GradeError("the model predicts NaN or infinite values")
    value = measure(problem, predictions, y)
    return {
        "problem": problem.name, "title": problem.title, "model": str(model_file),
        "model_bytes": model_file.stat().st_size, "held_out": about, "examples": int(len(y)),
        "metric": problem.metric, "value": value, "goal": problem.goal, "target": problem.thresholds[-1],
        "score": score(value, problem), "max_score": MAX_SCORE, "rule": problem.rule,
        "thresholds": {str(k): t for k, t in enumerate(problem.thresholds, start=1)},
    }


def report(result: dict) -> str:
    """The result as the text the grader prints."""
    sign = ">=" if result["goal"] == "above" else "<="
    lines = [
        f"{result['problem']}: {result['title']}",
        f"model: {result['model']} ({result['model_bytes']:,} bytes)",
        f"held-out data: {result['held_out']}",
        f"{result['metric']}: {result['value']:.4g} (target: {sign} {result['target']:g})",
        f"score: {result['score']}/{result['max_score']}",
        "",
        f"score  {result['metric']} needed",
    ]
    for k in range(MAX_SCORE, 0, -1):
        mark = "  <- you" if k == result["score"] else ""
        lines.append(f"{k:>5}  {sign} {result['thresholds'][str(k)]:g}{mark}")
    lines.append(f"rule: {result['rule']}")
    return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, like every other error of the grader
        self.exit(2, f"error: {message} (see grade.py --help)\n")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="grade.py", description=__doc__.split("\n\n")[0],
                                     epilog="problems: " + ", ".join(f"{p.name} ({p.title})" for p in PROBLEMS.values()))
    parser.add_argument("problem", metavar="PROBLEM", help="problem1 ... problem5")
    parser.add_argument("model_file", metavar="MODEL_FILE", type=Path, help="the saved model (.h5 or .keras)")
    parser.add_argument("--data-dir", type=Path, help="folder of real dataset files to take held-out data from")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    try:
        if args.problem not in PROBLEMS:
            raise GradeError(f"unknown problem {args.problem!r}; choose one of {', '.join(PROBLEMS)}")
        if args.data_dir is not None and not args.data_dir.is_dir():
            raise GradeError(f"--data-dir {args.data_dir} is not a folder")
        result = grade(PROBLEMS[args.problem], args.model_file, args.data_dir)
    except GradeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

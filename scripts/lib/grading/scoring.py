"""Predicting, measuring and scoring; the result as text or JSON."""

from __future__ import annotations

import math
import signal
import threading
from contextlib import contextmanager
from pathlib import Path

from . import heldout, modelfile
from .modelfile import GradeError, first_line, shape_text, shown
from .problems import MAX_SCORE, load_targets, score, thresholds

WINDOW_SIZE, SPLIT_TIME = 30, 3000


class _TimedOut(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` inside Keras eats it."""


@contextmanager
def time_limit(seconds: float):
    """Raise GradeError when the block runs longer than ``seconds`` (main thread, Unix)."""
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def alarm(signum, frame):
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    except _TimedOut:
        raise GradeError(
            f"the model took longer than {seconds:g} s to predict the held-out data (--timeout)"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def model_forecast(model, series, window_size):
    """The exam's tester: windows of ``window_size`` over the whole series, batches of 32, predict."""
    import tensorflow as tf

    ds = tf.data.Dataset.from_tensor_slices(series)
    ds = ds.window(window_size, shift=1, drop_remainder=True)
    ds = ds.flat_map(lambda w: w.batch(window_size))
    ds = ds.batch(32).prefetch(1)
    return model.predict(ds, verbose=0)


def predict(problem, model, x, seconds: float):
    """The model's predictions of the held-out inputs, the way the exam's tester made them."""
    import warnings

    import numpy as np

    try:
        with time_limit(seconds), warnings.catch_warnings():
            warnings.simplefilter(
                "ignore"
            )  # "Your input ran out of data": the tester's dataset has no length
            if problem.name == "problem5":
                forecast = np.asarray(
                    model_forecast(model, x[..., np.newaxis].astype("float32"), WINDOW_SIZE)
                )
                try:
                    return forecast[SPLIT_TIME - WINDOW_SIZE : -1, -1, 0]
                except IndexError as exc:  # the tester's own line
                    raise GradeError(
                        f"the exam's tester fails on this model's forecast of shape "
                        f"{shape_text(forecast.shape)}: rnn_forecast[split_time - window_size:-1, -1, 0] "
                        f"raises IndexError ({first_line(exc)})"
                    ) from None
            return np.asarray(model.predict(x, batch_size=64, verbose=0))
    except GradeError:
        raise
    except Exception as exc:  # the model's own failure, reported in one line
        shape = shape_text(tuple(x.shape) + ((1,) if problem.name == "problem5" else ()))
        raise GradeError(f"the model failed to predict a batch of shape {shape}: {first_line(exc)}") from None


def measure(metric: str, predictions, y) -> float:
    import numpy as np

    if metric == "accuracy":
        return float(np.mean(np.argmax(predictions, axis=-1) == y))
    values = np.asarray(predictions, dtype="float64").reshape(len(y))
    if metric == "binary accuracy":
        return float(np.mean((values > 0.5) == (np.asarray(y) > 0.5)))
    if metric == "mse":
        return float(np.mean((values - y) ** 2))
    return float(np.mean(np.abs(values - y)))


def explain_problem4(model, files, value: float) -> str | None:
    """Why a text model may score low: it was trained on other word ids than the starter's."""
    import numpy as np

    headlines, labels = heldout.read_sarcasm(files["sarcasm.json"])
    split = heldout.sarcasm_split(len(headlines))
    x = heldout.text_vectorization_sequences(headlines[:split], headlines[split:])
    other = measure(
        "binary accuracy", np.asarray(model.predict(x, batch_size=64, verbose=0)), np.array(labels[split:])
    )
    if other >= value + 0.05:
        return (
            f"with TextVectorization's word ids this model scores {other:.4g}: it was trained on a different "
            'numbering than the exam\'s Tokenizer(num_words=1000, oov_token="<OOV>"); train on the '
            "starter's Tokenizer and pad_sequences ids"
        )
    return None


def grade(
    problem,
    model_file: Path,
    data_dir: Path | None = None,
    timeout: float = 300.0,
    max_model_bytes: int = 100_000_000,
) -> dict:
    """Check and score one model file; raises GradeError on bad input."""
    size = modelfile.check_file(model_file, max_model_bytes)
    modelfile.refuse_forbidden(model_file, modelfile.read_config(model_file, max_model_bytes))
    files = heldout.find_files(problem, data_dir)
    if files is None:
        names = ", ".join(Path(name).name for name in problem.data_files)
        place = shown(heldout.keras_cache() / "datasets")
        raise GradeError(
            f"no held-out data for {problem.name}: {names} not in {place}"
            f"{' or --data-dir' if data_dir else ''}; run the starter once (it downloads it) "
            "or pass --data-dir"
        )
    try:
        x, y, about = heldout.LOADERS[problem.name](files)
        no_skill = heldout.baselines(problem, files, y)
    except GradeError as exc:
        raise GradeError(f"cannot read the held-out data of {problem.name}: {exc}") from None
    except Exception as exc:  # a damaged data file: say which, in one line
        raise GradeError(f"cannot read the held-out data of {problem.name}: {first_line(exc)}") from None
    model = modelfile.load_model(model_file)
    modelfile.check_model(model, problem)
    predictions = predict(problem, model, x, timeout)
    import numpy as np

    if not np.all(np.isfinite(predictions)):
        raise GradeError("the model predicts NaN or infinite values")
    target = problem.target
    value = measure(target["metric"], predictions, y)
    best = max(no_skill.values()) if target["goal"] == "above" else min(no_skill.values())
    if target["goal"] == "above" and best >= 1:
        raise GradeError(f"the held-out labels of {problem.name} are all one class: nothing to score")
    steps = thresholds(
        target["goal"], best, target["value"], target.get("scale", "linear"), load_targets()["skill_margin"]
    )
    note = explain_problem4(model, files, value) if problem.name == "problem4" and value < steps[-1] else None
    return {
        "problem": problem.name,
        "title": problem.title,
        "model": shown(model_file),
        "model_bytes": size,
        "held_out": about,
        "examples": len(y),
        "metric": target["metric"],
        "value": value,
        "goal": target["goal"],
        "target": target["value"],
        "baselines": no_skill,
        "score": score(value, target["goal"], steps),
        "max_score": MAX_SCORE,
        "rule": (
            f"1 at the best no-skill baseline ({best:.4g}), 5 at {steps[-1]:.4g} (the target {target['value']:g}"
            f"{', or better than the baseline by the skill margin' if steps[-1] != target['value'] else ''}); "
            f"{'equal ratios' if target.get('scale') == 'log' else 'equal steps'} between"
        ),
        "thresholds": {str(k): t for k, t in enumerate(steps, start=1)},
        "note": note,
    }


def finite(value):
    """``value`` with every NaN or infinity replaced by None, so that JSON holds no NaN."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(item) for item in value]
    return value


def report(result: dict) -> str:
    """The result as the text the grader prints."""
    sign = ">=" if result["goal"] == "above" else "<="
    lines = [
        f"{result['problem']}: {result['title']}",
        f"model: {result['model']} ({result['model_bytes']:,} bytes)",
        f"held-out data: {result['held_out']}",
        f"{result['metric']}: {result['value']:.4g} (target: {sign} {result['target']:g})",
    ]
    for name, value in result.get("baselines", {}).items():
        lines.append(f"no-skill baseline, {name}: {value:.4g}")
    lines += [f"score: {result['score']}/{result['max_score']}", "", f"score  {result['metric']} needed"]
    for k in range(MAX_SCORE, 0, -1):
        mark = "  <- you" if k == result["score"] else ""
        lines.append(f"{k:>5}  {sign} {result['thresholds'][str(k)]:g}{mark}")
    lines.append(f"rule: {result['rule']}")
    if result.get("note"):
        lines.append(f"why: {result['note']}")
    return "\n".join(lines)

"""The model file: checked before TensorFlow sees it, then loaded with ``safe_mode=True``.

Before loading, the grader reads the file's architecture (``config.json`` of a ``.keras`` zip,
the ``model_config`` attribute of an ``.h5`` file) with a size cap, and refuses layers that would
run code from the file (``Lambda``, serialized ``__lambda__`` functions) or outside it
(``TFSMLayer``). Nothing in the file runs until it has passed these checks.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import zipfile
from pathlib import Path

from .problems import GradeError

SUFFIXES = (".h5", ".hdf5", ".keras")
MAX_CONFIG_BYTES = 2_000_000  # a config is a few kB per layer; this allows hundreds of layers
MAX_CONFIG_DEPTH = 200
FORBIDDEN = {
    "Lambda": "a Lambda layer, which the exam did not allow: do the computation in preprocessing or with built-in layers",
    "__lambda__": "a serialized Python function (a lambda), which would run code from the file",
    "TFSMLayer": "a TFSMLayer, which loads a SavedModel from outside the file",
}
# Layers that may follow the output activation without changing it.
PASS_THROUGH = {
    "Dropout",
    "SpatialDropout1D",
    "SpatialDropout2D",
    "GaussianDropout",
    "AlphaDropout",
    "GaussianNoise",
    "Reshape",
    "Flatten",
    "Identity",
    "ActivityRegularization",
    "Permute",
}


def shown(path) -> str:
    """A path as text any terminal can print (undecodable bytes as ``\\xNN``).

    >>> shown(Path(os.fsdecode(b"caf\\xe9.h5")))
    'caf\\\\xe9.h5'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def first_line(exc: BaseException) -> str:
    """The first non-empty line of an exception's message, at most 200 characters."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc).__name__
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 200 else text[:197] + "..."


def regular_file(path: Path, what: str) -> int:
    """The size of ``path`` if it is a regular file (a link to one is fine); else GradeError."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise GradeError(f"{what} {shown(path)} is a broken link") from None
        raise GradeError(f"no such file: {shown(path)}") from None
    except OSError as exc:
        raise GradeError(f"cannot read {what} {shown(path)}: {first_line(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise GradeError(f"{what} {shown(path)} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise GradeError(f"{what} {shown(path)} is not a regular file (a pipe or a device?)")
    if not os.access(path, os.R_OK):
        raise GradeError(f"cannot read {what} {shown(path)}: permission denied")
    return info.st_size


def check_file(path: Path, max_bytes: int) -> int:
    """Suffix, type and size of the model file; returns its size in bytes."""
    if path.suffix.lower() not in SUFFIXES:
        raise GradeError(f"{shown(path)} is not a .h5, .hdf5 or .keras file")
    size = regular_file(path, "the model file")
    if size > max_bytes:
        raise GradeError(
            f"{shown(path)} is {size:,} bytes, over the limit of {max_bytes:,} "
            "(--max-model-mb): the exam asked for a model of reasonable size"
        )
    return size


def read_config(path: Path, max_bytes: int) -> dict:
    """The model's architecture as saved in the file, read without TensorFlow."""
    raw = _read_keras_config(path, max_bytes) if path.suffix.lower() == ".keras" else _read_h5_config(path)
    if len(raw) > MAX_CONFIG_BYTES:
        raise GradeError(
            f"{shown(path)} has a model config of {len(raw):,} bytes, over the limit of "
            f"{MAX_CONFIG_BYTES:,}: not a practice-exam model"
        )
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        config = json.loads(text)
    except UnicodeDecodeError:
        raise GradeError(f"{shown(path)} has a model config that is not UTF-8 text") from None
    except RecursionError:
        raise GradeError(f"{shown(path)} has a model config nested too deeply") from None
    except ValueError as exc:
        raise GradeError(f"{shown(path)} has a model config that is not JSON: {first_line(exc)}") from None
    if not isinstance(config, dict):
        raise GradeError(
            f"{shown(path)} has a model config that is a JSON {type(config).__name__}, not an object"
        )
    return config


def _read_keras_config(path: Path, max_bytes: int) -> bytes:
    not_keras = f"{shown(path)} is not a Keras model file (a .keras file is a zip with a config.json)"
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if unpacked > max_bytes:
                raise GradeError(
                    f"{shown(path)} unpacks to {unpacked:,} bytes, over the limit of {max_bytes:,} "
                    "(--max-model-mb)"
                )
            try:
                member = archive.getinfo("config.json")
            except KeyError:
                raise GradeError(not_keras) from None
            if member.file_size > MAX_CONFIG_BYTES:
                raise GradeError(
                    f"{shown(path)} has a config.json of {member.file_size:,} bytes, over the limit of "
                    f"{MAX_CONFIG_BYTES:,}: not a practice-exam model"
                )
            with archive.open(member) as handle:
                return handle.read(MAX_CONFIG_BYTES + 1)
    except GradeError:
        raise
    except zipfile.BadZipFile:
        raise GradeError(not_keras) from None
    except NotImplementedError as exc:  # a compression method zipfile does not support
        raise GradeError(f"{shown(path)} uses a zip feature Keras cannot read: {first_line(exc)}") from None
    except RuntimeError:  # an encrypted member (NotImplementedError, above, is a RuntimeError too)
        raise GradeError(
            f"{shown(path)} has an encrypted (password-protected) member: not a Keras model file"
        ) from None
    except Exception as exc:  # a damaged stream (zlib.error, EOFError, OSError, ...)
        raise GradeError(f"{shown(path)} is a damaged zip file: {first_line(exc)}") from None


def _read_h5_config(path: Path) -> bytes | str:
    import h5py

    try:
        with h5py.File(path, "r") as handle:
            if "model_config" not in handle.attrs:
                raise GradeError(
                    f"{shown(path)} holds no model architecture (weights only?): save it with model.save()"
                )
            config = handle.attrs["model_config"]
    except GradeError:
        raise
    except OSError:
        raise GradeError(f"{shown(path)} is not a Keras model file (not an HDF5 file)") from None
    except Exception as exc:  # a damaged HDF5 file
        raise GradeError(f"{shown(path)} is a damaged HDF5 file: {first_line(exc)}") from None
    if (
        hasattr(config, "tobytes")
        and getattr(config, "dtype", None) is not None
        and config.dtype.kind in "SO"
        and config.shape == ()
    ):
        config = config.item()
    if not isinstance(config, (bytes, str)):
        raise GradeError(f"{shown(path)} has a model_config of type {type(config).__name__}, not JSON text")
    return config


def layer_classes(config) -> list[str]:
    """Every ``class_name`` in a saved config, nested models included.

    >>> layer_classes({"class_name": "Sequential", "config": {"layers": [{"class_name": "Lambda"}]}})
    ['Sequential', 'Lambda']
    """
    found, stack = [], [(config, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_CONFIG_DEPTH:
            raise GradeError("the model config is nested too deeply")
        if isinstance(value, dict):
            if isinstance(value.get("class_name"), str):
                found.append(value["class_name"])
            stack.extend((item, depth + 1) for item in reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in reversed(value))
    return found


def refuse_forbidden(path: Path, config: dict) -> None:
    for name in layer_classes(config):
        if name in FORBIDDEN:
            raise GradeError(f"{shown(path)} uses {FORBIDDEN[name]}")


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
    """Load a checked file. ``safe_mode=True`` (Keras' default, stated here on purpose) refuses
    to deserialize code; ``compile=False`` because Keras 3 cannot rebuild the loss of ``.h5``
    files compiled with ``loss="mse"``, and grading needs no loss."""
    keras = import_keras()
    try:
        return keras.models.load_model(path, compile=False, safe_mode=True)
    except Exception as exc:  # any failure to load is the file's problem, not the grader's
        raise GradeError(f"cannot load {shown(path)} as a Keras model: {first_line(exc)}") from None


def output_activation(model) -> str:
    """The activation the model's output goes through last; pass-through layers after it are skipped."""
    layers = list(model.layers)
    while layers:
        layer = layers.pop()
        if hasattr(layer, "layers") and layer.layers:  # a nested model ends the outer one
            layers = list(layer.layers)
            continue
        kind = type(layer).__name__
        if kind in PASS_THROUGH:
            continue
        if kind == "Softmax":
            return "softmax"
        function = getattr(layer, "activation", None)
        return getattr(function, "__name__", "linear") if function is not None else "linear"
    return "linear"


def _fits(got: tuple, want: tuple) -> bool:
    return len(got) == len(want) and all(
        g is None or w is None or g == w for g, w in zip(got, want, strict=True)
    )


def shape_text(shape: tuple) -> str:
    """``(28, 28)``, ``(1,)``, ``(None, 1)``."""
    return (
        "("
        + ", ".join("None" if d is None else str(d) for d in shape)
        + ("," if len(shape) == 1 else "")
        + ")"
    )


def check_model(model, problem) -> None:
    """Inputs, outputs and output activation against the problem."""
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        raise GradeError(
            f"the model has {len(model.inputs)} inputs and {len(model.outputs)} outputs; "
            f"{problem.name} needs one of each"
        )
    got = tuple(model.inputs[0].shape[1:])
    if not _fits(got, problem.input_shape):
        raise GradeError(
            f"the model's input shape is {shape_text(got)} per example; "
            f"{problem.name} feeds {shape_text(problem.input_shape)}"
        )
    got = tuple(model.outputs[0].shape[1:])
    if problem.name == "problem5" and len(got) != 2:
        raise GradeError(
            f"the model's output shape is {shape_text(got)} per example; the exam's tester reads "
            "forecast[:, -1, 0], which needs one forecast per input step, such as (30, 1) or "
            "(None, 1) (LSTM(..., return_sequences=True) and a final Dense(1)); "
            f"with {shape_text(got)} the tester fails with IndexError"
        )
    if not _fits(got, problem.output_shape):
        raise GradeError(
            f"the model's output shape is {shape_text(got)} per example; {problem.name} needs "
            f"{shape_text(problem.output_shape)} (units of the last layer)"
        )
    activation = output_activation(model)
    if problem.activation and activation != problem.activation:
        raise GradeError(
            f"the model's output activation is {activation}; {problem.name} needs {problem.activation}"
        )

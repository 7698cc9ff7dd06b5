"""Put the offline harness in place: Keras cache, no network, short training.

``prepare_environment`` must run before TensorFlow is imported (it sets ``KERAS_HOME``);
tests/conftest.py calls it at import time and ``python -m tests.harness.run`` calls it first.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import inspect
import ipaddress
import os
import shutil
import socket
import tempfile
import urllib.request
from pathlib import Path

from tests.harness import datasets

MAX_EPOCHS = int(os.environ.get("SNIPPET_MAX_EPOCHS", "2"))
MAX_STEPS = int(os.environ.get("SNIPPET_MAX_STEPS", "5"))


class NetworkBlocked(RuntimeError):
    """Raised on any attempt to reach the network from a test."""


# Every blocked attempt, so a test fails even when the code under test swallowed the error.
blocked_attempts: list[str] = []


def prepare_environment(keras_home: Path | None = None) -> Path:
    """Point Keras at a fresh cache filled with the tiny datasets; quiet TensorFlow's logs."""
    if "tensorflow" in os.sys.modules or "keras" in os.sys.modules:
        raise RuntimeError("prepare_environment() must run before TensorFlow or Keras is imported")
    if keras_home is None:
        keras_home = Path(tempfile.mkdtemp(prefix="keras-home-"))
        atexit.register(shutil.rmtree, keras_home, ignore_errors=True)  # each process removes its own
    home = Path(keras_home)
    datasets.build_all(home)
    os.environ["KERAS_HOME"] = str(home)
    os.environ["TFDS_DATA_DIR"] = str(home / "tensorflow_datasets")  # filled by tfds_data.prepare()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    return home


def _is_local(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _refuse(what: str) -> None:
    message = (
        f"network access blocked in tests: {what}. Register the file in scripts/lib/datasets.json (and a stand-in in tests/harness/datasets.py) "
        "and load it with tf.keras.utils.get_file(NAME, origin=URL), so the cached copy is used."
    )
    blocked_attempts.append(what)
    raise NetworkBlocked(message)


def block_network() -> None:
    """Fail any connection that leaves this machine; name the URL where one is known."""
    real_connect = socket.socket.connect
    real_open = urllib.request.OpenerDirector.open

    def guarded_open(self, fullurl, *args, **kwargs):
        url = fullurl if isinstance(fullurl, str) else fullurl.full_url
        if not url.startswith("file:"):
            host = urllib.request.urlparse(url).hostname or ""
            if not _is_local(host):
                _refuse(url)
        return real_open(self, fullurl, *args, **kwargs)

    def guarded_connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(str(address[0])):
            _refuse(f"connection to {address[0]}:{address[1]}")
        return real_connect(self, address)

    urllib.request.OpenerDirector.open = guarded_open
    socket.socket.connect = guarded_connect


def clamp_training(max_epochs: int = MAX_EPOCHS, max_steps: int = MAX_STEPS) -> None:
    """Make ``Model.fit`` run at most ``max_epochs`` epochs (and ``max_steps`` steps when given).

    Snippets keep the epoch counts a reader should use; tests only need to see them run.
    ``initial_epoch`` is respected, so fine-tuning after a first ``fit`` still trains.
    Training also traces its step once instead of twice (``build_state_before_tracing``).
    """
    import keras

    build_state_before_tracing()

    real_fit = keras.Model.fit
    if getattr(real_fit, "clamped", False):
        return
    signature = inspect.signature(real_fit)

    def fit(self, *args, **kwargs):
        bound = signature.bind(self, *args, **kwargs)
        arguments = bound.arguments
        start = arguments.get("initial_epoch", 0)
        arguments["epochs"] = min(arguments.get("epochs", 1), start + max_epochs)
        for name in ("steps_per_epoch", "validation_steps"):
            if arguments.get(name):
                arguments[name] = min(arguments[name], max_steps)
        return real_fit(*bound.args, **bound.kwargs)

    fit.clamped = True
    fit.real = real_fit
    fit.__doc__ = real_fit.__doc__
    keras.Model.fit = fit


@contextlib.contextmanager
def unclamped():
    """``Model.fit`` as Keras has it, for a test that needs every epoch it asks for.

    Clamping is process-wide and stays on once a test asked for it; a test of how training behaves
    over many epochs (on data it makes, in seconds) asks for the real ``fit`` here.
    """
    import keras

    clamped = keras.Model.fit
    keras.Model.fit = getattr(clamped, "real", clamped)
    try:
        yield
    finally:
        keras.Model.fit = clamped


def build_state_before_tracing() -> None:
    """Build a built model's optimizer and metric state before its train step is first traced.

    Without a distribution strategy, Keras 3 (TensorFlow backend) creates the optimizer's and the
    compiled metrics' variables inside the first trace of the train step, and TensorFlow then
    traces the step a second time (a ``tf.function`` that created variables is retraced without
    them): the second trace was a fifth of the page and snippet tests' time. Under a
    strategy Keras builds that state first, with its own ``_symbolic_build``; here it does so
    always, for a model whose layers are built and a batch that has targets. The variables and
    the training are the same. A model that is not built yet keeps Keras's deferred build, and if
    building fails here, Keras's own path runs and raises the error a reader sees. Keras
    versions without this hook (3.3, the course labs' pins) run unchanged, only slower.
    """
    from keras.src.backend.tensorflow import trainer as tf_trainer
    from keras.src.trainers.data_adapters import data_adapter_utils

    trainer = tf_trainer.TensorFlowTrainer
    deferred = getattr(trainer, "_maybe_symbolic_build", None)
    if deferred is None or getattr(deferred, "builds_first", False):
        return

    def _maybe_symbolic_build(self, iterator=None, data_batch=None):
        spec = _training_batch(self, iterator, data_batch, data_adapter_utils)
        if spec is not None:
            try:
                return self._symbolic_build(data_batch=spec)
            except Exception:  # noqa: BLE001, S110 - Keras's own path raises it, as readers see it
                pass
        return deferred(self, iterator=iterator, data_batch=data_batch)

    _maybe_symbolic_build.builds_first = True
    _maybe_symbolic_build.deferred = deferred  # Keras's own, for tests/test_harness.py
    trainer._maybe_symbolic_build = _maybe_symbolic_build


def _training_batch(model, iterator, data_batch, data_adapter_utils):
    """The spec of the batch to build ``model``'s training state from, or None to leave it to Keras:
    under a strategy (Keras builds first itself), when not worth building, or without targets."""
    if model._distribute_strategy is not None or not _worth_building(model):
        return None
    if iterator is not None:  # the dataset's element_spec: no batch is consumed
        data_batch = getattr(getattr(iterator, "_distributed_dataset", None), "element_spec", None)
    if data_batch is None or data_adapter_utils.unpack_x_y_sample_weight(data_batch)[1] is None:
        return None  # predicting, or targets we cannot see: nothing to build for training
    return data_batch


def _worth_building(model) -> bool:
    """A compiled model about to train for the first time, whose layers are built.

    Not after a ``fit`` that failed: Keras keeps that call's train function, and the next ``fit``
    fails in it ("Creating variables on a non-first call", shown on basics/error-messages).
    """
    optimizer = getattr(model, "optimizer", None)
    if optimizer is None or optimizer.built or model.train_function is not None:
        return False
    return all(layer.built for layer in model._flatten_layers())


def reset_keras() -> None:
    """Clear Keras's global state (``clear_session`` resets the mixed-precision policy too: a page
    that sets one does not leave it to the next) and collect garbage between pages and snippet
    files, then freeze what survived (``gc.freeze``): the namespaces earlier tests keep for their
    doctests, TensorFlow's own objects. Every later collection, Python's automatic ones and the
    ``gc.collect`` that Keras's ``clear_session`` runs, then skips them. Without it each page's
    collection took 1.5 s by the end of a run, the heap growing with every page (about a tenth of
    the page tests' time). The code under test runs the same; objects frozen here are still freed
    when nothing refers to them.
    """
    import keras

    keras.utils.clear_session(free_memory=True)
    gc.freeze()

"""docs/exam/environment.md#check-versions: the version check prints the right branch everywhere.

The Keras 2 stacks are not installed here, so each is a stand-in `tensorflow` module with only the
attributes that release had: Keras 3 has tf.keras.version(); Keras 2 had tf.keras.__version__
(missing in TensorFlow 2.14 and 2.15, where the installed keras package says it).
"""

from __future__ import annotations

import sys
import types

import pytest

from tests.sections import ROOT, run_sections

SNIPPET = ROOT / "snippets" / "exam" / "environment" / "check_environment.py"


def _stand_in(tf_version: str, keras: dict) -> types.ModuleType:
    module = types.ModuleType("tensorflow")
    module.__version__ = tf_version
    module.keras = types.SimpleNamespace(**keras)
    return module


CASES = {
    "TensorFlow 2.16+, Keras 3": (
        _stand_in("2.16.1", {"version": lambda: "3.3.3"}),
        None,
        "3.3.3",
        "Keras 3",
    ),
    "TensorFlow 2.13, Keras 2": (_stand_in("2.13.1", {"__version__": "2.13.1"}), None, "2.13.1", "Keras 2"),
    "TensorFlow 2.15, Keras 2, no __version__": (_stand_in("2.15.0", {}), "2.15.0", "2.15.0", "Keras 2"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_stack_prints_its_branch(monkeypatch, case):
    module, package, version, branch = CASES[case]
    monkeypatch.setitem(sys.modules, "tensorflow", module)
    asked = []

    def installed(name):
        asked.append(name)
        if package is None:
            raise AssertionError("the installed package was asked although tf.keras knew its version")
        return package

    monkeypatch.setattr("importlib.metadata.version", installed)
    _, printed = run_sections(SNIPPET, "versions")
    lines = dict(line.split(None, 1) for line in printed.splitlines()[:3])
    assert lines["TensorFlow"] == module.__version__
    assert lines["Keras"] == version
    assert printed.splitlines()[-1] == (
        "tf.keras is Keras 3" if branch == "Keras 3" else "tf.keras is Keras 2 (the exam era's)"
    )
    assert asked == ([] if package is None else ["keras"])


def test_the_real_stack_is_keras_3():
    import tensorflow as tf

    _, printed = run_sections(SNIPPET, "versions")
    assert f"Keras      {tf.keras.version()}" in printed
    assert printed.splitlines()[-1] == "tf.keras is Keras 3"

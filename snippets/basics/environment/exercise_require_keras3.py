"""Exercise solution: stop early, with a clear message, when TensorFlow is too old for this site."""

# --8<-- [start:solution]
import tensorflow as tf


def is_keras3_era(version):
    """True for TensorFlow 2.16 and later, where tf.keras is Keras 3.

    >>> [is_keras3_era(v) for v in ["2.15.1", "2.16.0", "2.21.0", "2.21.0rc1", "3.0.0"]]
    [False, True, True, True, True]
    """
    major, minor = (int(part) for part in version.split(".")[:2])
    return (major, minor) >= (2, 16)


if not is_keras3_era(tf.__version__):  # pragma: no cover (the tests run TensorFlow 2.21)
    raise SystemExit(f"TensorFlow {tf.__version__} is too old: pip install 'tensorflow-cpu==2.21.*'")
print("TensorFlow", tf.__version__, "is fine")
# --8<-- [end:solution]

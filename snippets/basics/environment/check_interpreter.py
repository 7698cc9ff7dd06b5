"""Which Python runs this file, is it a virtual environment, and which packages does it see?"""

# --8<-- [start:interpreter]
import sys
from importlib import metadata


def in_virtual_env():
    """True when this Python runs inside a virtual environment (venv, virtualenv, PyCharm's .venv).

    >>> isinstance(in_virtual_env(), bool)
    True
    """
    return sys.prefix != sys.base_prefix


print("Python", sys.version.split()[0], "at", sys.executable)
print("virtual environment:", in_virtual_env())
# --8<-- [end:interpreter]


# --8<-- [start:packages]
def installed_version(*names):
    """The version of the first of ``names`` that is installed, or None.

    TensorFlow is installed as ``tensorflow`` (Colab), ``tensorflow-cpu`` or ``tensorflow-macos``.

    >>> installed_version("no-such-package") is None
    True
    >>> installed_version("no-such-package", "numpy") == __import__("numpy").__version__
    True
    """
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


for package in [("tensorflow", "tensorflow-cpu", "tensorflow-macos"), ("keras",), ("numpy",)]:
    print(f"{package[0]:<11}", installed_version(*package) or "NOT INSTALLED in this interpreter")
# --8<-- [end:packages]

# --8<-- [start:where-from]
import tensorflow as tf

# If this is not inside your environment's site-packages, another Python (or a file of your
# own called tensorflow.py) is being imported instead.
print(tf.__file__)
# --8<-- [end:where-from]

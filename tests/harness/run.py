"""Run a Python file (or code on stdin) in this fresh process, under the offline harness.

    python -m tests.harness.run snippets/basics/hello-tensorflow/fit_a_line.py
    echo 'print(1)' | python -m tests.harness.run -

The code sees the tiny datasets in a temporary Keras cache, no network, and short training,
exactly as in the test suite. The working directory is a temporary folder, so files the code
saves (models, plots) do not land in the repository.
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.harness.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="a Python file, or - to read code from standard input")
    args = parser.parse_args(argv)

    code = sys.stdin.read() if args.file == "-" else None
    path = None if code is not None else Path(args.file).resolve()
    if path is not None and not path.is_file():
        print(f"error: no such file: {args.file}", file=sys.stderr)
        return 2

    from tests.harness import offline

    offline.prepare_environment()
    offline.block_network()
    offline.clamp_training()
    from tests.harness import tfds_data

    tfds_data.prepare()
    os.chdir(tempfile.mkdtemp(prefix="snippet-run-"))
    if path is None:
        exec(compile(code, "<stdin>", "exec"), {"__name__": "__main__"})
    else:
        sys.argv = [str(path)]
        runpy.run_path(str(path), run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main())

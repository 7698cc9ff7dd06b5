"""Grade a practice-exam model from 0 to 5 on held-out data, like the exam's feedback.

    python scripts/grade.py PROBLEM MODEL_FILE [--data-dir DIR] [--json] [--timeout S] [--max-model-mb MB]
    python scripts/grade.py problem2 mymodel.h5

PROBLEM is one of problem1 ... problem5 (docs/practice-exam/). MODEL_FILE is the ``.h5``,
``.hdf5`` or ``.keras`` file your starter saved. Before anything in the file runs, the grader
reads its architecture and refuses ``Lambda`` layers, serialized Python functions and
``TFSMLayer``; then it loads the model (``safe_mode=True``), checks its input and output shapes
and output activation, predicts the held-out data the way the exam's tester did (problem 4:
the starter's ``Tokenizer`` ids; problem 5: the tester's ``model_forecast`` and its
``[:, -1, 0]`` slice), and prints the metric, the no-skill baselines, the score and the value
each score needs. Scores run from 1 at the best no-skill baseline to 5 at the target in
docs/targets.yml.

Held-out data comes from ``--data-dir DIR`` (a folder of the real files, for example
``Sunspots.csv``, or ``fashion-mnist/...`` as the Keras cache keeps them; anything else in it is
ignored) or else from the Keras cache (``$KERAS_HOME``, else ``~/.keras``), where the starter
files download it. The grader never downloads and never scores on made-up data. Bad input gets
one ``error: ...`` line and exit code 2; with ``--json`` it also prints ``{"error": ...}``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.lib.grading.heldout import keras_cache, load_problem4, load_problem5  # noqa: E402
from scripts.lib.grading.modelfile import shown  # noqa: E402
from scripts.lib.grading.problems import PROBLEMS, GradeError  # noqa: E402
from scripts.lib.grading.scoring import finite, grade, report  # noqa: E402

__all__ = [
    "PROBLEMS",
    "GradeError",
    "grade",
    "keras_cache",
    "load_problem4",
    "load_problem5",
    "main",
    "report",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, like every other error of the grader
        self.exit(2, f"error: {message} (see grade.py --help)\n")


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number")
    return value


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a strict UTF-8 terminal must not fail on a path
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = _Parser(
        prog="grade.py",
        description=__doc__.split("\n\n")[0],
        epilog="problems: " + ", ".join(f"{p.name} ({p.title})" for p in PROBLEMS.values()),
    )
    parser.add_argument("problem", metavar="PROBLEM", help="problem1 ... problem5")
    parser.add_argument(
        "model_file", metavar="MODEL_FILE", type=Path, help="the saved model (.h5, .hdf5 or .keras)"
    )
    parser.add_argument(
        "--data-dir", type=Path, help="folder of real dataset files to take held-out data from"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--timeout",
        type=_positive,
        default=300.0,
        metavar="S",
        help="seconds the model may take to predict the held-out data (default: 300)",
    )
    parser.add_argument(
        "--max-model-mb",
        type=_positive,
        default=100.0,
        metavar="MB",
        help="largest model file accepted, in megabytes, unpacked (default: 100)",
    )
    wants_json = "--json" in (sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:  # --help (0) or a bad argument (2, one line already printed)
        if exit.code and wants_json:
            print(json.dumps({"error": "bad arguments: see the line above (or grade.py --help)"}))
        return int(exit.code or 0)
    try:
        if args.problem not in PROBLEMS:
            raise GradeError(f"unknown problem {shown(args.problem)!r}; choose one of {', '.join(PROBLEMS)}")
        if args.data_dir is not None and not args.data_dir.is_dir():
            raise GradeError(f"--data-dir {shown(args.data_dir)} is not a folder")
        result = grade(
            PROBLEMS[args.problem],
            args.model_file,
            args.data_dir,
            timeout=args.timeout,
            max_model_bytes=int(args.max_model_mb * 1_000_000),
        )
    except GradeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if args.json:  # a --json caller always gets JSON: the error, and no score
            print(json.dumps({"problem": args.problem, "error": str(exc)}, ensure_ascii=False))
        return 2
    print(json.dumps(finite(result), indent=2, allow_nan=False) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the test suite several times in a row and report each run: the flake and speed record.

    python scripts/repeat_tests.py --runs 5 --clean-clone
    python scripts/repeat_tests.py --runs 3 --command "make test-fast T=tests/browser"

Each run executes the command (default ``make test``) in the repository, or, with
``--clean-clone``, in a fresh ``git clone`` of it (so the environment is installed from the lock
as CI does it, and that time counts). pytest's ``--durations`` report is asked for through
``PYTEST_ADDOPTS``. For each run it prints pass or fail, the wall time and pytest's summary line,
then the median and worst wall time and the slowest tests seen in any run. Exit status: 0 when
every run passed, 1 otherwise, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = re.compile(r"^=+ (?P<text>.*\b(passed|failed|error|errors|no tests ran)\b.*) =+$", re.M)
DURATION = re.compile(r"^(?P<seconds>\d+\.\d+)s (?P<when>call|setup|teardown)\s+(?P<test>\S.*)$", re.M)


def parse(output: str) -> tuple[str, list[tuple[float, str]]]:
    """(pytest's summary line, [(seconds, test)]) from a run's output.

    >>> text = "1.50s call     tests/a.py::t\\n0.20s setup    tests/b.py::u\\n== 3 passed, 1 failed in 9.1s =="
    >>> parse(text)
    ('3 passed, 1 failed in 9.1s', [(1.5, 'tests/a.py::t (call)'), (0.2, 'tests/b.py::u (setup)')])
    """
    summaries = SUMMARY.findall(output)
    summary = summaries[-1][0] if summaries else "no pytest summary"
    durations = [
        (float(m["seconds"]), f"{m['test'].strip()} ({m['when']})") for m in DURATION.finditer(output)
    ]
    return summary, durations


def one_run(command: list[str], clean_clone: bool, log: Path) -> tuple[bool, float, str, list]:
    workdir = Path(tempfile.mkdtemp(prefix="repeat-tests-")) if clean_clone else ROOT
    try:
        if clean_clone:
            subprocess.run(["git", "clone", "--quiet", str(ROOT), str(workdir / "repo")], check=True)
            workdir = workdir / "repo"
        env = {
            **os.environ,
            "PYTEST_ADDOPTS": (os.environ.get("PYTEST_ADDOPTS", "") + " --durations=20").strip(),
        }
        started = time.monotonic()
        # Written as it runs, so `tail -f` on the log shows how far a run has got.
        with log.open("w", encoding="utf-8") as stream:
            process = subprocess.run(command, cwd=workdir, env=env, stdout=stream, stderr=subprocess.STDOUT)
        wall = time.monotonic() - started
    finally:
        if clean_clone:
            shutil.rmtree(workdir.parent, ignore_errors=True)
    output = log.read_text(encoding="utf-8")
    summary, durations = parse(output)
    return process.returncode == 0, wall, summary, durations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="how many runs (default 5)")
    parser.add_argument("--command", default="make test", help='what to run (default "make test")')
    parser.add_argument("--clean-clone", action="store_true", help="run each time in a fresh git clone")
    parser.add_argument(
        "--logs",
        type=Path,
        default=Path(tempfile.gettempdir()) / "repeat-tests",
        help="folder for each run's full output",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 0 if exit_.code == 0 else 2
    if args.runs < 1:
        print("error: --runs must be at least 1", file=sys.stderr)
        return 2
    command = shlex.split(args.command)
    if not command or shutil.which(command[0]) is None:
        print(
            f"error: cannot run {args.command!r}: {command[0] if command else 'empty command'} not found",
            file=sys.stderr,
        )
        return 2
    args.logs.mkdir(parents=True, exist_ok=True)
    walls, slowest, all_passed = [], {}, True
    for number in range(1, args.runs + 1):
        log = args.logs / f"run-{number}.log"
        passed, wall, summary, durations = one_run(command, args.clean_clone, log)
        all_passed &= passed
        walls.append(wall)
        for seconds, test in durations:
            slowest[test] = max(seconds, slowest.get(test, 0.0))
        print(
            f"run {number}: {'pass' if passed else 'FAIL'}  {wall / 60:.1f} min  {summary}  (log: {log})",
            flush=True,
        )
    print(
        f"median {statistics.median(walls) / 60:.1f} min, worst {max(walls) / 60:.1f} min over {len(walls)} runs"
    )
    print("slowest tests (worst run):")
    for test, seconds in sorted(slowest.items(), key=lambda item: -item[1])[:20]:
        print(f"  {seconds:7.1f} s  {test}")
    return 0 if all_passed else 1


if __name__ == "__main__":
    sys.exit(main())

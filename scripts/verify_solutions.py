"""Train every worked solution for real and check it reaches its target.

    python scripts/verify_solutions.py [--data-dir DIR] [CATEGORY ...]
    python scripts/verify_solutions.py --data-dir ../shared/datasets category5

Each solution ``snippets/solutions/<CATEGORY>.py`` runs as it is (full epochs, no clamp), in a
fresh process and a temporary working directory, and must leave a ``result`` dict behind:
``{"metric": str, "value": float, "target": float, "goal": "above" | "below"}``; the model it
saves as ``<CATEGORY>.h5`` (the exam's format) is measured too. Prints one table row per
solution and exits 1 if any misses its target (2 on bad arguments).

``--data-dir DIR`` seeds the Keras cache from real files in DIR (for example ``Sunspots.csv``),
matched by file name against tests/harness/datasets.py, so the run needs no network.
``--plots-dir DIR`` keeps the PNG plots a solution saves (for the pages under docs/solutions/img/).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "snippets" / "solutions"

# Runs inside the child process: executes the solution and reports what it left behind.
_CHILD = """
import json, runpy, sys, time
start = time.process_time()
namespace = runpy.run_path(sys.argv[1], run_name="__main__")
result = dict(namespace.get("result") or {})
result["cpu_seconds"] = time.process_time() - start
print("VERIFY-RESULT " + json.dumps(result, default=float))
"""


def available() -> list[str]:
    return sorted(path.stem for path in SOLUTIONS.glob("*.py"))


def seed_keras_cache(data_dir: Path, keras_home: Path) -> list[str]:
    """Copy the files of ``data_dir`` that the registry knows into the Keras cache."""
    sys.path.insert(0, str(ROOT))
    from tests.harness.datasets import by_file_name

    seeded = []
    for path in sorted(data_dir.iterdir()):
        try:
            dataset = by_file_name(path.name)
        except KeyError:
            continue
        target = keras_home / dataset.cache_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        seeded.append(path.name)
    return seeded


def passed(result: dict) -> bool:
    """Whether a result meets its target.

    >>> passed({"value": 0.1, "target": 0.12, "goal": "below"})
    True
    >>> passed({"value": 0.8, "target": 0.83, "goal": "above"})
    False
    """
    if result["goal"] == "below":
        return result["value"] <= result["target"]
    return result["value"] >= result["target"]


def verify(name: str, env: dict, plots_dir: Path | None = None) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix=f"verify-{name}-"))
    try:
        return _run_in(workdir, name, env, plots_dir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)  # also when the solution failed


def _run_in(workdir: Path, name: str, env: dict, plots_dir: Path | None) -> dict:
    started = time.perf_counter()
    process = subprocess.run([sys.executable, "-c", _CHILD, str(SOLUTIONS / f"{name}.py")],
                             cwd=workdir, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    lines = [line for line in process.stdout.splitlines() if line.startswith("VERIFY-RESULT ")]
    if process.returncode != 0 or not lines:
        tail = (process.stderr.strip().splitlines() or ["no output"])[-1]
        return {"name": name, "error": f"the solution failed: {tail}"}
    result = json.loads(lines[-1].removeprefix("VERIFY-RESULT "))
    if not {"metric", "value", "target", "goal"} <= set(result):
        return {"name": name, "error": "the solution left no complete `result` dict"}
    model = workdir / f"{name}.h5"
    if plots_dir is not None:
        plots_dir.mkdir(parents=True, exist_ok=True)
        for plot in sorted(workdir.glob("*.png")):
            shutil.copy2(plot, plots_dir / plot.name)
    result.update(name=name, wall_seconds=wall, model_bytes=model.stat().st_size if model.exists() else None)
    result["passed"] = passed(result)
    return result


def format_row(result: dict) -> str:
    if "error" in result:
        return f"| {result['name']} | error | | | | | {result['error']} |"
    size = f"{result['model_bytes']:,}" if result["model_bytes"] is not None else "no .h5 saved"
    verdict = "pass" if result["passed"] else "FAIL"
    return (f"| {result['name']} | {result['metric']} | {result['goal']} {result['target']:g} | "
            f"{result['value']:.4g} | {result['wall_seconds']:.0f} s ({result['cpu_seconds']:.0f} s CPU) | "
            f"{size} | {verdict} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="solutions: " + ", ".join(available()))
    parser.add_argument("categories", nargs="*", metavar="CATEGORY", help="solutions to verify (default: all)")
    parser.add_argument("--data-dir", type=Path, help="folder of real dataset files to seed the Keras cache from")
    parser.add_argument("--plots-dir", type=Path, help="copy the PNG plots each solution saves into this folder")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = parser.parse_args(argv)

    names = args.categories or available()
    unknown = [name for name in names if name not in available()]
    if unknown:
        print(f"error: unknown solution {unknown[0]!r}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    if args.data_dir is not None and not args.data_dir.is_dir():
        print(f"error: --data-dir {args.data_dir} is not a folder", file=sys.stderr)
        return 2

    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "MPLBACKEND": "Agg"}
    if args.data_dir is not None:
        keras_home = Path(tempfile.mkdtemp(prefix="verify-keras-home-"))
        seeded = seed_keras_cache(args.data_dir, keras_home)
        env["KERAS_HOME"] = str(keras_home)
        print(f"Keras cache seeded from {args.data_dir}: {', '.join(seeded) or 'no known files'}", file=sys.stderr)

    results = [verify(name, env, args.plots_dir) for name in names]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print("| solution | metric | target | value | time | model .h5 bytes | result |")
        print("|---|---|---|---|---|---|---|")
        for result in results:
            print(format_row(result))
    return 0 if all(result.get("passed") for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())

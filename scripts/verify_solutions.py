"""Train every worked solution for real and check it reaches its target.

    python scripts/verify_solutions.py [--data-dir DIR] [CATEGORY ...]
    python scripts/verify_solutions.py --data-dir DIR category5

Each solution ``snippets/solutions/<CATEGORY>.py`` runs as it is (full epochs, no clamp), in a
fresh process and a temporary working directory, and must leave a ``result`` dict behind:
``{"metric": str, "value": float, "target": float, "goal": "above" | "below"}``, whose target
must be the category's in docs/targets.yml; the model it
saves as ``mymodel.h5`` (the exam's file name and format; else ``<CATEGORY>.h5``) is measured too. Prints one table row per
solution and exits 1 if any misses its target (2 on bad arguments).

``--data-dir DIR`` seeds the Keras cache from real files in DIR (for example ``Sunspots.csv``,
or ``fashion-mnist/`` as in the Keras cache), matched by file name against the dataset registry
(scripts/lib/datasets.json), so the run needs no network. Each result names the data files the
solution read: the origin's file, or an accepted copy said as what it is.
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.lib import datasets  # noqa: E402
from scripts.lib.datasets import seed_keras_cache  # noqa: E402

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


def target_mismatch(name: str, result: dict) -> str | None:
    """Why a solution's stated target differs from docs/targets.yml, or None when it agrees.

    >>> target_mismatch("category5", {"target": 0.12, "goal": "below"}) is None
    True
    >>> target_mismatch("category4", {"target": 0.8, "goal": "above"})
    'the solution checks above 0.8, but docs/targets.yml says above 0.75'
    """
    import yaml

    targets = yaml.safe_load((ROOT / "docs" / "targets.yml").read_text(encoding="utf-8"))["categories"]
    if name not in targets:
        return None
    want = targets[name]
    if (result["goal"], float(result["target"])) != (want["goal"], float(want["value"])):
        return (
            f"the solution checks {result['goal']} {result['target']:g}, "
            f"but docs/targets.yml says {want['goal']} {want['value']:g}"
        )
    return None


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


def data_rows(name: str, keras_home: Path | None) -> list[dict]:
    """The registered files a solution reads that sit in the seeded Keras cache, as provenance rows.

    A file is named as the origin's file when it matches the registry's size and SHA-256, as the
    copy it is when it matches an accepted copy, and as "not checked" otherwise.
    """
    if keras_home is None:
        return []
    rows = []
    for entry in datasets.needed_by((SOLUTIONS / f"{name}.py").read_text(encoding="utf-8")):
        path = keras_home / entry.cache_path
        if not path.is_file():
            continue
        copy, problem = entry.identify(path)
        row = {"name": entry.file_name}
        if copy is not None:
            row["copy"] = copy.what
        elif problem:
            row["copy"] = "not checked against the origin's file"
        rows.append(row)
    return rows


def verify(name: str, env: dict, plots_dir: Path | None = None) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix=f"verify-{name}-"))
    try:
        result = _run_in(workdir, name, env, plots_dir)
        home = Path(env["KERAS_HOME"]) if env.get("KERAS_HOME") else None
        if "error" not in result:
            result["data"] = data_rows(name, home)
        return result
    finally:
        shutil.rmtree(workdir, ignore_errors=True)  # also when the solution failed


def _run_in(workdir: Path, name: str, env: dict, plots_dir: Path | None) -> dict:
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-c", _CHILD, str(SOLUTIONS / f"{name}.py")],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    lines = [line for line in process.stdout.splitlines() if line.startswith("VERIFY-RESULT ")]
    if process.returncode != 0 or not lines:
        tail = (process.stderr.strip().splitlines() or ["no output"])[-1]
        return {"name": name, "error": f"the solution failed: {tail}"}
    result = json.loads(lines[-1].removeprefix("VERIFY-RESULT "))
    if not {"metric", "value", "target", "goal"} <= set(result):
        return {"name": name, "error": "the solution left no complete `result` dict"}
    mismatch = target_mismatch(name, result)
    if mismatch:
        return {"name": name, "error": mismatch}
    model = workdir / "mymodel.h5"
    if not model.exists():
        model = workdir / f"{name}.h5"
    if plots_dir is not None:
        plots_dir.mkdir(parents=True, exist_ok=True)
        for plot in sorted(workdir.glob("*.png")):
            shutil.copy2(plot, plots_dir / plot.name)
    result.update(name=name, wall_seconds=wall, model_bytes=model.stat().st_size if model.exists() else None)
    result["passed"] = passed(result)
    return result


RESULT_KEYS = ("metric", "goal", "target", "value", "passed", "wall_seconds", "cpu_seconds", "model_bytes")


def save_results(path: Path, results: list[dict]) -> None:
    """Merge the completed results into the JSON file ``path`` (one entry per solution), atomically.

    Each entry carries the date, versions and CPU of this run; failed runs (no value) are not kept.
    """
    from scripts.lib.datasets import write_atomically
    from scripts.lib.recording import this_machine

    try:
        saved = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except ValueError:
        saved = {}
    facts = this_machine()
    for result in results:
        if "error" not in result:
            saved[result["name"]] = {**{key: result[key] for key in RESULT_KEYS}, **facts}
            if result.get("data"):
                saved[result["name"]]["data"] = result["data"]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(dict(sorted(saved.items())), indent=2, allow_nan=False) + "\n")


def format_row(result: dict) -> str:
    if "error" in result:
        return f"| {result['name']} | error | | | | | {result['error']} |"
    size = f"{result['model_bytes']:,}" if result["model_bytes"] is not None else "no .h5 saved"
    verdict = "pass" if result["passed"] else "FAIL"
    return (
        f"| {result['name']} | {result['metric']} | {result['goal']} {result['target']:g} | "
        f"{result['value']:.4g} | {result['wall_seconds']:.0f} s ({result['cpu_seconds']:.0f} s CPU) | "
        f"{size} | {verdict} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog="solutions: " + ", ".join(available())
    )
    parser.add_argument(
        "categories", nargs="*", metavar="CATEGORY", help="solutions to verify (default: all)"
    )
    parser.add_argument(
        "--data-dir", type=Path, help="folder of real dataset files to seed the Keras cache from"
    )
    parser.add_argument(
        "--plots-dir", type=Path, help="copy the PNG plots each solution saves into this folder"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    parser.add_argument(
        "--results",
        type=Path,
        metavar="FILE",
        help="also merge the results into this JSON file (docs/solutions/results.json is the "
        "one the solutions page shows)",
    )
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
        print(
            f"Keras cache seeded from {args.data_dir}: {', '.join(seeded) or 'no known files'}",
            file=sys.stderr,
        )

    results = [verify(name, env, args.plots_dir) for name in names]
    if args.results is not None:
        save_results(args.results, results)
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

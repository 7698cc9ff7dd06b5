"""Run the site's notebooks for real and store their outputs in them, with where they came from.

    python scripts/record_outputs.py [--data-dir DIR] [--only PATTERN ...] [--no-download]
    python scripts/record_outputs.py --list
    python scripts/record_outputs.py --check

Runs each page notebook (docs/<area>/<page>.ipynb) and each worked solution
(docs/solutions/<name>.ipynb) top to bottom in a fresh Jupyter kernel, as Colab would: full
epochs, data downloaded from its origin into a fresh, empty Keras cache (or copied from
``--data-dir``), the working directory a temporary folder. It stores the outputs in the notebook
(text cleaned of progress-bar redraws; figures as compact PNG of at most 150 kB, with alt text
from their titles and axis labels) and the provenance: date, TensorFlow / Keras / Python versions,
CPU, seconds per cell and in total, and each data file's name, size and SHA-256. The pages show
these outputs under their code (overrides/hooks/outputs.py).

Real data only. A file from ``--data-dir`` (at its top, or in its cache sub-folder such as
``fashion-mnist/``) must be either the real file, with the size and SHA-256 recorded for it in
scripts/lib/datasets.json, or one of the copies listed there under ``copies`` (the same data in
another container), which the provenance then names as what it is. A file downloaded from its
origin for the first time gets its size and SHA-256 recorded there; a copy's never does. A mismatch
stops that notebook: nothing is recorded from it. Other files in ``--data-dir`` are ignored.

``--only PATTERN`` (repeatable) picks notebooks by name, as ``--list`` prints them, with shell
wildcards or a prefix (``time-series``, ``basics/hello-*``, ``solutions/category5``).
``--no-download`` skips, and lists, the notebooks whose data is neither in ``--data-dir`` nor
recorded yet, instead of trying to download it (for machines without internet access).

``--check`` records nothing: it lists each notebook that lost recorded outputs since its recording
(its code changed, and ``make notebooks`` dropped them) and each that has some awaiting a run,
and exits 1 when any lost some, naming the command that records it again. ``make test`` runs it.

Exit status: 0 when every chosen notebook was recorded (or skipped with --no-download), 1 when
one failed (one line per failure: notebook, cell, reason; the notebook on disk is unchanged),
2 for bad arguments.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.lib import datasets, recording  # noqa: E402
from scripts.lib import pages as page_model  # noqa: E402

DOCS = ROOT / "docs"
SOLUTIONS = DOCS / "solutions"


class Refused(Exception):
    """A notebook cannot be recorded; the message is one line for the reader."""


@dataclass(frozen=True)
class Target:
    name: str  # "time-series/baselines", "solutions/category5"
    path: Path  # the notebook


def _pages() -> list[page_model.Page]:
    """The pages with code. A page that cannot be parsed (a contributor's page whose snippet is not
    written yet) is left out with a one-line warning: it must not stop the recording of the others."""
    found = []
    for path in page_model.pages(DOCS):
        try:
            page = page_model.parse(path, docs=DOCS)
        except Exception as error:  # noqa: BLE001 (pymdownx raises its own errors for a missing snippet)
            print(
                f"warning: {path.relative_to(ROOT)} left out: {str(error).splitlines()[0]}", file=sys.stderr
            )
            continue
        if page.run_blocks:
            found.append(page)
    return found


def _page_of(target: Target) -> page_model.Page | None:
    """The page a notebook belongs to, parsed alone (None for a worked solution)."""
    page = target.path.with_suffix(".md")
    if target.path.parent == SOLUTIONS or not page.is_file():
        return None
    return page_model.parse(page, docs=DOCS)


def targets() -> list[Target]:
    found = [Target(page.src_uri[: -len(".md")], page.notebook_path) for page in _pages()]
    found += [Target(f"solutions/{path.stem}", path) for path in sorted(SOLUTIONS.glob("*.ipynb"))]
    return found


def choose(all_targets: list[Target], patterns: list[str]) -> list[Target]:
    """The targets that match any pattern (wildcards, or a prefix); all of them without patterns.

    >>> ts = [Target("time-series/baselines", Path("a")), Target("solutions/category5", Path("b"))]
    >>> [t.name for t in choose(ts, ["time-series"])], [t.name for t in choose(ts, ["*/category?"])]
    (['time-series/baselines'], ['solutions/category5'])
    """
    if not patterns:
        return list(all_targets)
    chosen = []
    for target in all_targets:
        for pattern in patterns:
            cleaned = pattern.strip("/").removesuffix(".ipynb").removesuffix(".md").removeprefix("docs/")
            if (
                fnmatch.fnmatch(target.name, cleaned)
                or target.name.startswith(cleaned + "/")
                or target.name == cleaned
            ):
                chosen.append(target)
                break
    return chosen


# --- what runs in the kernel -----------------------------------------------------------------------

# Before the notebook: figures are captured at the end of each cell (as Colab's inline backend
# does), saved small, with alt text from the figure's own titles and labels.
SETUP = r"""
def __study_guide_setup():
    import base64, io, warnings
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from IPython import get_ipython
    from IPython.display import display
    warnings.filterwarnings("ignore", message=".*non-interactive.*")

    def describe(fig):
        parts = []
        if getattr(fig, "_suptitle", None) is not None and fig._suptitle.get_text():
            parts.append(fig._suptitle.get_text())
        for ax in fig.axes:
            bits = [b for b in (ax.get_title(), ax.get_xlabel() and f"x: {ax.get_xlabel()}",
                                ax.get_ylabel() and f"y: {ax.get_ylabel()}") if b]
            legend = ax.get_legend()
            if legend is not None:
                bits.append("lines: " + ", ".join(t.get_text() for t in legend.get_texts()))
            if bits:
                parts.append("; ".join(bits))
        text = ". ".join(parts[:6])
        return ("Figure: " + text) if text else "A figure drawn by the code above"

    def flush(*_):
        for number in plt.get_fignums():
            fig = plt.figure(number)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=80, bbox_inches="tight")
            alt = describe(fig)
            display({"image/png": base64.b64encode(buffer.getvalue()).decode(), "text/plain": alt},
                    raw=True, metadata={"image/png": {"alt": alt}})
        plt.close("all")

    get_ipython().events.register("post_run_cell", flush)

__study_guide_setup()
del __study_guide_setup
"""

# After the notebook: what it ran on.
FACTS = r"""
def __study_guide_facts():
    import json, os, platform
    facts = {"python": platform.python_version(), "machine": platform.machine(), "cores": os.cpu_count()}
    try:
        import tensorflow as tf
        facts["tensorflow"] = tf.__version__
    except ImportError:
        facts["tensorflow"] = "not imported"
    try:
        import keras
        facts["keras"] = keras.__version__
    except ImportError:
        facts["keras"] = "not imported"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            names = [line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")]
        facts["cpu_model"] = names[0] if names else ""
    except OSError:
        facts["cpu_model"] = ""
    print("STUDY-GUIDE-FACTS " + json.dumps(facts))

__study_guide_facts()
del __study_guide_facts
"""


def cpu_description(facts: dict) -> str:
    """'2-core x86_64 CPU (Intel Xeon ...)' from the facts the kernel reported.

    >>> cpu_description({"cores": 2, "machine": "x86_64", "cpu_model": "AMD EPYC 7B13"})
    '2-core x86_64 CPU (AMD EPYC 7B13)'
    """
    model = f" ({facts['cpu_model']})" if facts.get("cpu_model") else ""
    return f"{facts.get('cores')}-core {facts.get('machine')} CPU{model}"


# --- data ----------------------------------------------------------------------------------------


def check_data_dir(data_dir: Path) -> list[tuple[datasets.Dataset, Path]]:
    """The registered files in ``data_dir``, each the real file or an accepted copy; else Refused."""
    if not data_dir.exists():
        raise Refused(f"--data-dir {data_dir}: no such folder")
    if not data_dir.is_dir():
        raise Refused(f"--data-dir {data_dir}: not a folder")
    known = []
    for entry, path in datasets.in_data_dir(data_dir):
        _, problem = entry.identify(path)
        if problem and not entry.recorded:
            problem += ": let the recorder download it once from its origin, which records it"
        if problem:
            raise Refused(f"--data-dir {data_dir}: {problem}")
        known.append((entry, path))
    return known


def missing_data(code: str, available: set[str]) -> list[str]:
    """Files the code needs that are neither in --data-dir nor anything we could check offline."""
    return sorted({entry.file_name for entry in datasets.needed_by(code) if entry.file_name not in available})


def data_seen(keras_home: Path) -> tuple[list[dict], dict[str, tuple[int, str]]]:
    """(provenance rows, first sightings to record) for the registered files in the Keras cache.

    Raises Refused when a file that has a recorded size and SHA-256 does not match them.
    """
    rows, first = [], {}
    for entry in datasets.REGISTRY:
        path = keras_home / entry.cache_path
        if not path.is_file():
            continue
        size, digest = path.stat().st_size, datasets.sha256_file(path)
        copy, problem = entry.identify(path)
        row = {"name": entry.file_name, "origin": entry.origin, "size": size, "sha256": digest}
        if copy is not None:
            row["copy"] = copy.what  # never registered as the origin's file
        elif not entry.recorded:
            first[entry.cache_path] = (size, digest)
        elif problem:
            raise Refused(f"{entry.file_name} is not the real file ({problem})")
        rows.append(row)
    return rows, first


TFDS_LOAD = re.compile(r"""tfds\.(?:load|builder)\(\s*["']([\w/:.]+)["']""")


def seed_tfds(code: str, data_files: list[tuple[datasets.Dataset, Path]], tfds_dir: Path) -> list[str]:
    """Put our real files where TensorFlow Datasets looks for its own downloads, so it needs no network.

    TFDS downloads a dataset's files itself and checks each against its own registered SHA-256;
    a file of ours with that exact hash (the origin's file: Fashion-MNIST's four) is copied to
    the name TFDS would give its download, with the ``.INFO`` file it writes beside one. TFDS
    then prepares the dataset from them as after a download. Returns the names seeded.
    """
    names = sorted(set(TFDS_LOAD.findall(code)))
    if not names:
        return []
    import tensorflow_datasets as tfds
    from etils import epath
    from tensorflow_datasets.core.download import resource

    ours = {datasets.sha256_file(path): path for _, path in data_files}
    seeded = []
    for name in names:
        for url, info in tfds.builder(name, data_dir=str(tfds_dir)).url_infos.items():
            if info.checksum not in ours:
                continue
            target = tfds_dir / "downloads" / resource.get_dl_fname(url, info.checksum)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ours[info.checksum], target)
            resource.write_info_file(
                url=url,
                path=epath.Path(target),
                dataset_name=name,
                original_fname=info.filename,
                url_info=info,
            )
            seeded.append(info.filename)
    return seeded


# --- running -------------------------------------------------------------------------------------


def _seconds(cell) -> float:
    timing = cell.get("metadata", {}).get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not (start and end):
        return 0.0
    parse = lambda stamp: datetime.fromisoformat(stamp.replace("Z", "+00:00"))  # noqa: E731
    return round((parse(end) - parse(start)).total_seconds(), 2)


def _first_line(source: str) -> str:
    return next((line.strip() for line in source.splitlines() if line.strip()), "")


def execute(
    target: Target, data_files: list[tuple[datasets.Dataset, Path]], timeout: int
) -> tuple[object, dict, dict]:
    """Run one notebook in a fresh kernel; return (notebook with outputs, provenance, first sightings)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    notebook = nbformat.read(target.path, as_version=4)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    work = Path(tempfile.mkdtemp(prefix="record-"))
    keras_home = work / "keras"
    run_dir = work / "run"
    run_dir.mkdir(parents=True)
    for entry, path in data_files:
        destination = keras_home / entry.cache_path
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)
    code = "\n".join(cell.source for cell in code_cells)
    seed_tfds(code, data_files, work / "tensorflow_datasets")
    saved_env = dict(os.environ)
    os.environ.update(
        {
            "KERAS_HOME": str(keras_home),
            "TFDS_DATA_DIR": str(work / "tensorflow_datasets"),
            "PYTHONHASHSEED": "0",
        }
    )
    for name in ("MPLBACKEND", "SNIPPET_MAX_EPOCHS", "SNIPPET_MAX_STEPS"):
        os.environ.pop(name, None)
    setup = nbformat.v4.new_code_cell(SETUP)
    facts = nbformat.v4.new_code_cell(FACTS)
    runner = nbformat.v4.new_notebook(cells=[setup, *code_cells, facts], metadata=notebook.metadata)
    client = NotebookClient(
        runner,
        timeout=timeout,
        kernel_name="python3",
        record_timing=True,
        resources={"metadata": {"path": str(run_dir)}},
        kernel_manager_class=_kernel_manager(),
    )
    started = time.monotonic()
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
        failed = next(
            (
                n
                for n, cell in enumerate(runner.cells[1:-1], start=1)
                if any(o.get("output_type") == "error" for o in cell.get("outputs", []))
            ),
            None,
        )
        reason = _error_line(runner, error)
        where = f"cell {failed} ({_first_line(code_cells[failed - 1].source)!r})" if failed else "the kernel"
        raise Refused(f"{where} failed: {reason}") from None
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
    elapsed = time.monotonic() - started
    try:
        printed = "".join(
            o.get("text", "") for o in runner.cells[-1].outputs if o.get("output_type") == "stream"
        )
        kernel_facts = json.loads(printed.split("STUDY-GUIDE-FACTS ", 1)[1].splitlines()[0])
        rows, first = data_seen(keras_home)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    chains = page_model.chain_hashes([cell.source for cell in code_cells])
    paths = recording.machine_paths(
        (str(keras_home), "~/.keras"), (str(run_dir), "."), (str(work), "<temporary folder>")
    )
    for cell, ran, chain in zip(code_cells, runner.cells[1:-1], chains, strict=True):
        cleaned = (_clean(output, paths) for output in recording.merged_streams(ran.outputs))
        cell.outputs = [
            output for output in cleaned if output.get("output_type") != "stream" or output["text"].strip()
        ]
        cell.execution_count = ran.execution_count
        cell.metadata = {"recording": {"chain": chain, "seconds": _seconds(ran)}}
    provenance = {
        "date": datetime.now(UTC).date().isoformat(),
        "tensorflow": kernel_facts["tensorflow"],
        "keras": kernel_facts["keras"],
        "python": kernel_facts["python"],
        "cpu": cpu_description(kernel_facts),
        "seconds": round(elapsed, 1),
        "cells": len(code_cells),  # code cells recorded: a later drop below this is reported (--check)
        "data": rows,
    }
    notebook.metadata["recording"] = provenance
    return notebook, provenance, first


def _kernel_manager():
    """A kernel manager that starts this Python (the project's environment), whatever kernels exist."""
    from jupyter_client.manager import KernelManager

    class ThisPython(KernelManager):
        @property
        def kernel_cmd(self):  # noqa: D401 (a property of jupyter_client)
            return [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]

    return ThisPython


def _error_line(notebook, error) -> str:
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return f"{output.get('ename')}: {str(output.get('evalue', '')).splitlines()[0] if output.get('evalue') else ''}"
    return str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__


def _clean(output, paths: list[tuple[str, str]]):
    output = recording.without_escape_codes(output)  # colours and redrawn lines, as a terminal shows them
    kind = output.get("output_type")
    if kind == "stream":
        text = recording.scrub(output["text"], paths)
        output["text"] = recording.without_native_logs(text) if output.get("name") == "stderr" else text
        return output
    data = output.get("data", {}) if kind in ("display_data", "execute_result") else {}
    if "text/plain" in data:
        data["text/plain"] = recording.scrub(data["text/plain"], paths)
    if "image/png" in data:
        import base64

        png = data["image/png"]
        raw = base64.b64decode("".join(png) if isinstance(png, list) else png)
        data["image/png"] = recording.png_b64(recording.compact_png(raw))
    return output


def write(target: Target, notebook) -> None:
    """Write the recorded notebook, then in the exact form ``make notebooks`` gives it."""
    import nbformat

    from scripts import build_notebooks

    nbformat.validate(notebook)
    datasets.write_atomically(target.path, nbformat.writes(notebook) + "\n")
    page = _page_of(target)
    source = ROOT / "snippets" / "solutions" / f"{target.path.stem}.py"
    if page is not None:
        text, _ = build_notebooks.render_page(page)
    elif source.is_file() and target.path.parent == SOLUTIONS:
        text = build_notebooks.render(source, target.path)
    else:
        return
    datasets.write_atomically(target.path, text)


# --- command line --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="record_outputs.py",
        description=__doc__.split("\n\n")[0],
        epilog="Run `make notebooks` first: the notebooks must match their pages.",
    )
    parser.add_argument(
        "--data-dir", type=Path, help="a folder of real data files (named as in the registry)"
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="PATTERN",
        help="record only these notebooks (repeatable; see --list)",
    )
    parser.add_argument(
        "--no-download",
        action="store_true",
        help="skip notebooks whose data is not in --data-dir instead of downloading it",
    )
    parser.add_argument("--timeout", type=int, default=3600, help="seconds a cell may run (default 3600)")
    parser.add_argument("--list", action="store_true", help="print the notebook names and exit")
    parser.add_argument(
        "--check",
        action="store_true",
        help="record nothing; list the notebooks that lost recorded outputs since their recording "
        "(exit 1 if any)",
    )
    parser.add_argument(
        "--register",
        action="store_true",
        help="only write into the registry the real sizes and SHA-256 that recorded notebooks "
        "saw first (after merging recordings made on several machines)",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 0 if exit_.code == 0 else 2

    all_targets = targets()
    if args.check:
        return check(all_targets)
    if args.register:
        return register(all_targets)
    if args.list:
        print("\n".join(target.name for target in all_targets))
        return 0
    chosen = choose(all_targets, args.only)
    if not chosen:
        print(f"error: no notebook matches {' '.join(args.only)!r} (see --list)", file=sys.stderr)
        return 2
    try:
        data_files = check_data_dir(args.data_dir) if args.data_dir else []
        stale = _stale(chosen)
        if stale:
            raise Refused(f"{', '.join(stale)} out of date with the page; run: make notebooks")
    except Refused as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    available = {entry.file_name for entry, _ in data_files}
    failures, skipped, total = 0, [], 0.0
    for target in chosen:
        code = "\n".join(
            cell.source for cell in recording.read(target.path).cells if cell.cell_type == "code"
        )
        missing = missing_data(code, available)
        if args.no_download and missing:
            skipped.append(f"{target.name} (needs {', '.join(missing)})")
            print(f"skip  {target.name}: needs {', '.join(missing)} (not in --data-dir; no download asked)")
            continue
        try:
            # Only the files this notebook reads go into its cache, so its provenance names just them.
            needed = {entry.file_name for entry in datasets.needed_by(code)}
            notebook, provenance, first = execute(
                target,
                [(entry, path) for entry, path in data_files if entry.file_name in needed],
                args.timeout,
            )
        except Refused as error:
            print(f"error: {target.name}: {error}", file=sys.stderr)
            failures += 1
            continue
        write(target, notebook)
        added = datasets.record(first)
        if added:
            datasets.REGISTRY[:] = datasets.load()
            print(
                f"      recorded the real size and SHA-256 of {', '.join(added)} in scripts/lib/datasets.json"
            )
        total += provenance["seconds"]
        print(f"ok    {target.name}: {provenance['seconds']:.0f} s")
    print(
        f"{len(chosen) - failures - len(skipped)} recorded, {len(skipped)} skipped, {failures} failed, "
        f"{total:.0f} s of notebook time"
    )
    return 1 if failures else 0


def register(all_targets: list[Target]) -> int:
    """Record in the registry the data files that recorded notebooks read and it does not know yet."""
    found: dict[str, tuple[int, str]] = {}
    for target in all_targets:
        meta = recording.read(target.path).metadata.get("recording") or {}
        for row in meta.get("data", []):
            if "copy" in row:  # an accepted copy, not the origin's file: never registered
                continue
            try:
                entry = datasets.by_file_name(row["name"])
            except KeyError:
                continue
            seen = (row["size"], row["sha256"])
            if entry.recorded and seen != (entry.size, entry.sha256):
                print(
                    f"error: {target.name} read a {row['name']} that is not the recorded real file",
                    file=sys.stderr,
                )
                return 1
            if found.setdefault(entry.cache_path, seen) != seen:
                print(f"error: two recordings read different copies of {row['name']}", file=sys.stderr)
                return 1
    added = datasets.record(found)
    print(f"registry: {len(added)} files recorded ({', '.join(added) or 'none new'})")
    return 0


def lost_outputs(path: Path) -> tuple[int, int, int]:
    """(code cells recorded now, code cells when recorded, code cells) of one notebook.

    A notebook recorded before the recording kept its cell count counts what it has now.
    """
    notebook = recording.read(path)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    now = sum(1 for cell in code if "recording" in cell.get("metadata", {}))
    meta = notebook.metadata.get("recording") or {}
    return now, int(meta.get("cells", now)), len(code)


def check(all_targets: list[Target]) -> int:
    """List the notebooks that lost recorded outputs since their recording; 1 when any did."""
    lost = []
    for target in all_targets:
        now, then, code = lost_outputs(target.path)
        if now < then:
            lost.append(target.name)
            print(
                f"lost  {target.name}: {now} of {code} code cells recorded, {then} when recorded; "
                f'record it again: make outputs ARGS="--only {target.name} --data-dir DIR"'
            )
        elif 0 < now < code:
            print(f"part  {target.name}: {code - now} of {code} code cells await a recording run")
    print(f"{len(lost)} notebooks lost recorded outputs" if lost else "no notebook lost recorded outputs")
    return 1 if lost else 0


def _stale(chosen: list[Target]) -> list[str]:
    from scripts import build_notebooks

    stale = []
    for target in chosen:
        page = _page_of(target)
        if page is not None:
            text, _ = build_notebooks.render_page(page)
        else:
            source = ROOT / "snippets" / "solutions" / f"{target.path.stem}.py"
            text = build_notebooks.render(source, target.path)
        if not target.path.is_file() or target.path.read_text(encoding="utf-8") != text:
            stale.append(target.name)
    return stale


if __name__ == "__main__":
    sys.exit(main())

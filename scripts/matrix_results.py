"""Record the version-matrix runs in docs/matrix.yml, and summarise them.

    python scripts/matrix_results.py record ENV --junit FILE [--python PYTHON] [--seconds S]
    python scripts/matrix_results.py summary [--env ENV ...] [--check]

``make test-matrix ENV=colab`` runs the snippet, page-notebook and solution tests in that
environment's venv with ``--junit-xml``, then ``record`` turns the XML into the results file:
per environment its TensorFlow, Keras and Python versions (read from the venv's interpreter,
``--python``), the date and the pass/fail counts; per page (a snippet under
``snippets/<area>/<page>/`` belongs to ``docs/<area>/<page>.md``, a solution to
``docs/solutions/<name>.ipynb``) which environments passed, and the error of each failure.
The MkDocs hook overrides/hooks/matrix.py shows it on the pages.

``summary`` prints the environment x pass/fail table (Markdown); with ``--env`` it also lists
that environment's failing pages and their errors, and ``--check`` exits 1 when one failed
(the weekly workflow opens an issue with this text).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "docs" / "matrix.yml"
# Order of the columns everywhere; the label says where readers meet the stack.
ENVIRONMENTS = {
    "labs": "course labs",
    "colab": "Colab",
    "default": "this site's pins",
    "newest": "newest release",
}
MAX_ERRORS = 20  # errors kept per page and environment (a --partial re-run needs their test ids)
ERROR_CHARS = 300

HEADER = """\
# The version matrix: which pages pass their tests on which TensorFlow / Keras.
# Written by scripts/matrix_results.py (make test-matrix ENV=...), shown on the pages by
# overrides/hooks/matrix.py. Do not edit by hand: re-run the environment instead.
"""

VERSIONS_CODE = """\
import json, platform
from importlib import metadata
def version(*names):
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
print(json.dumps({"tensorflow": version("tensorflow-cpu", "tensorflow"), "keras": version("keras"),
                  "python": platform.python_version()}))
"""


class UsageError(Exception):
    """Bad input: reported as one ``error:`` line and exit code 2."""


def page_for(classname: str, name: str, docs: Path = ROOT / "docs") -> str | None:
    """The docs page (relative to docs/) a test belongs to, or None when it belongs to none.

    >>> page_for("tests.test_snippets", "test_snippet[basics/versions/saving_formats.py::run]")
    'basics/versions.md'
    >>> page_for("tests.test_snippets", "test_snippet[solutions/category4.py::run]")
    'solutions/category4.ipynb'
    >>> page_for("tests.solutions.test_notebooks", "test_notebook_is_up_to_date[category2]")
    'solutions/category2.ipynb'
    >>> page_for("tests.practice-exam.test_problems", "test_problem3_trained_beats_untrained")
    'practice-exam/problem3.md'
    >>> page_for("tests.site.test_page_notebooks", "test_page_notebook[docs/nlp/word-embeddings.md]")
    'nlp/word-embeddings.md'
    >>> page_for("tests.test_snippets", "test_snippet[nowhere/such-page/x.py::run]") is None
    True
    """
    param = name[name.index("[") + 1 : name.rindex("]")] if "[" in name and name.endswith("]") else ""
    match = re.match(r"(?:docs/|snippets/)?([a-z0-9-]+)/([a-z0-9_-]+)", param)
    candidates = []
    if match:
        area, page = match.groups()
        candidates.append(f"{area}/{page}.ipynb" if area == "solutions" else f"{area}/{page}.md")
    text = f"{classname} {name}"
    if "solutions" in classname:
        candidates += [f"solutions/{found}.ipynb" for found in re.findall(r"category\d", text)]
    if "practice" in classname:
        candidates += [f"practice-exam/{found}.md" for found in re.findall(r"problem\d", text)]
    return next((page for page in candidates if (docs / page).is_file()), None)


def clean(error: str) -> str:
    """An error message without the paths of the machine that ran it (temporary folders, venvs).

    >>> clean("Could not find directory /tmp/keras-home-akk51uwt/datasets/rps.zip/rps")
    'Could not find directory ~/.keras/datasets/rps.zip/rps'
    >>> clean("in /home/me/.venvs/colab/lib/python3.12/site-packages/keras/src/ops/numpy.py, line 5")
    'in keras/src/ops/numpy.py, line 5'
    >>> clean('File "/home/me/project/.ve')
    'File "<path>'
    """
    error = re.sub(r"/tmp/keras-home-[\w]+", "~/.keras", error)
    error = re.sub(r"/\S*/site-packages/", "", error)
    error = re.sub(r"/tmp/[\w./-]+", "<temporary file>", error)
    return re.sub(r"(?<![\w.~])/(?:[\w.-]+/){2,}[\w.-]*", "<path>", error)


def read_junit(path: Path) -> list[dict]:
    """Each test case of a pytest junit XML file: classname, name, outcome, error (first line)."""
    try:
        tree = ET.parse(path)
    except FileNotFoundError:
        raise UsageError(f"no junit XML file at {path}") from None
    except ET.ParseError as err:
        raise UsageError(f"{path} is not junit XML: {err}") from None
    cases = []
    for case in tree.iter("testcase"):
        if not case.get("name"):
            continue  # the test a KeyboardInterrupt stopped: no result
        if not case.get("classname") and any(child.get("message") == "collection failure" for child in case):
            # pytest stopped before running anything: recording it would wipe the environment's results
            raise UsageError(f"{path}: the run stopped collecting {case.get('name')}; nothing recorded")
        outcome, error = "passed", ""
        for child in case:
            if child.tag in ("failure", "error"):
                outcome = "failed"
                error = child.get("message") or ""
                if not error:
                    text = (child.text or "").strip().splitlines()
                    error = text[-1] if text else child.tag
                break
            if child.tag == "skipped":
                outcome = "skipped"
        error = clean(" ".join(str(error).split()))[:ERROR_CHARS]
        cases.append(
            {
                "classname": case.get("classname", ""),
                "name": case.get("name", ""),
                "outcome": outcome,
                "error": error,
            }
        )
    if not cases:
        raise UsageError(f"{path} holds no test cases")
    return cases


def versions_of(python: str) -> dict:
    """TensorFlow, Keras and Python versions installed for an interpreter (without importing TF)."""
    try:
        run = subprocess.run([python, "-c", VERSIONS_CODE], capture_output=True, text=True, timeout=120)
    except OSError as err:
        raise UsageError(f"cannot run {python}: {err.strerror}") from None
    if run.returncode != 0:
        raise UsageError(f"{python} could not report its versions: {run.stderr.strip().splitlines()[-1:]}")
    return json.loads(run.stdout)


def _counts(cases: list[dict]) -> dict:
    entry = {
        "passed": sum(c["outcome"] == "passed" for c in cases),
        "failed": sum(c["outcome"] == "failed" for c in cases),
    }
    errors = [
        {"test": f"{c['classname']}::{c['name']}", "error": c["error"]}
        for c in cases
        if c["outcome"] == "failed"
    ][:MAX_ERRORS]
    if errors:
        entry["errors"] = errors
    return entry


def _merge(old: dict, new: dict) -> dict:
    """A page's earlier results with some of its tests re-run: the re-run tests take their new outcome.

    Each re-run test replaces one earlier result: a failure if the earlier run listed it as
    failing, else a pass.

    >>> old = {"passed": 5, "failed": 2, "errors": [{"test": "a", "error": "x"}, {"test": "b", "error": "y"}]}
    >>> _merge(old, {"passed": 1, "failed": 1, "errors": [{"test": "c", "error": "z"}], "ran": ["a", "c"]})
    {'passed': 5, 'failed': 2, 'errors': [{'test': 'b', 'error': 'y'}, {'test': 'c', 'error': 'z'}]}
    """
    ran = set(new.pop("ran", []))
    failed_before = {error["test"] for error in old.get("errors", [])}
    passed = old.get("passed", 0) - len(ran - failed_before) + new["passed"]
    failed = old.get("failed", 0) - len(ran & failed_before) + new["failed"]
    errors = [e for e in old.get("errors", []) if e["test"] not in ran] + new.get("errors", [])
    merged = {"passed": max(passed, 0), "failed": max(failed, 0)}
    if errors:
        merged["errors"] = errors[:MAX_ERRORS]
    return merged


def record(
    results: dict,
    env: str,
    cases: list[dict],
    versions: dict,
    date: str,
    seconds: float | None,
    docs: Path = ROOT / "docs",
    partial: bool = False,
) -> dict:
    """Put one environment's run into ``results`` (replacing its previous run) and return it.

    ``partial``: the run covered some pages only (``pytest -k``); the environment keeps its
    earlier results for the other pages, and its totals become the sum over all its pages.
    """
    by_page: dict[str, list[dict]] = {}
    for case in cases:
        by_page.setdefault(page_for(case["classname"], case["name"], docs) or "", []).append(case)
    environments = results.setdefault("environments", {})
    previous = environments.get(env, {})
    environments[env] = {
        "label": ENVIRONMENTS[env],
        **versions,
        "date": date,
        **({"seconds": round(seconds)} if seconds is not None else {}),
        **_counts(cases),
        "skipped": sum(c["outcome"] == "skipped" for c in cases),
    }
    environments[env].pop("errors", None)
    pages = results.setdefault("pages", {})
    other = results.setdefault("other", {})
    previous_entries = {}  # partial: the page's earlier results, merged test by test below
    for page, per_env in pages.items():
        if not partial or page in by_page:
            entry = per_env.pop(env, None)
            if partial and entry:
                previous_entries[page] = entry
    if not partial or "" in by_page:
        entry = other.pop(env, None)
        if partial and entry:
            previous_entries[""] = entry
    for page, page_cases in sorted(by_page.items()):
        if page:
            pages.setdefault(page, {})[env] = _counts(page_cases)
    if "" in by_page:
        other[env] = _counts(by_page[""])
    for page, entry in previous_entries.items():
        target = other if page == "" else pages[page]
        target[env]["ran"] = [f"{c['classname']}::{c['name']}" for c in by_page[page]]
        target[env] = _merge(entry, target[env])
    if partial:
        entries = [per_env[env] for per_env in pages.values() if env in per_env] + [other[env]] * (
            env in other
        )
        info = environments[env]
        info["passed"] = sum(entry["passed"] for entry in entries)
        info["failed"] = sum(entry["failed"] for entry in entries)
        info["skipped"] = info["skipped"] + previous.get("skipped", 0)
        if "seconds" in previous and seconds is not None:
            info["seconds"] = previous["seconds"] + round(seconds)
        info["date"] = max(date, str(previous.get("date", date)))
    # Stable order: environments as in ENVIRONMENTS, pages alphabetically.
    results["environments"] = {e: environments[e] for e in ENVIRONMENTS if e in environments}
    results["pages"] = {
        p: {e: pages[p][e] for e in ENVIRONMENTS if e in pages[p]} for p in sorted(pages) if pages[p]
    }
    results["other"] = {e: other[e] for e in ENVIRONMENTS if e in other}
    return results


def load(path: Path) -> dict:
    import yaml

    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise UsageError(f"{path} is not a results file (expected a mapping)")
    return data


def dump(results: dict) -> str:
    import yaml

    return HEADER + yaml.safe_dump(results, sort_keys=False, allow_unicode=True, width=120)


def summary(results: dict, envs: list[str]) -> tuple[str, bool]:
    """Markdown: the environment x pass/fail table, then the failing pages of ``envs``."""
    environments = results.get("environments", {})
    lines = [
        "| environment | TensorFlow | Keras | Python | date | passed | failed | seconds |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for env, info in environments.items():
        lines.append(
            f"| {env} ({info.get('label', '')}) | {info.get('tensorflow')} | {info.get('keras')} | "
            f"{info.get('python')} | {info.get('date')} | {info.get('passed')} | {info.get('failed')} | "
            f"{info.get('seconds', '')} |"
        )
    failed = False
    for env in envs:
        broken = [
            (page, entry)
            for page, per_env in results.get("pages", {}).items()
            for e, entry in per_env.items()
            if e == env and entry.get("failed")
        ]
        other = results.get("other", {}).get(env, {})
        if other.get("failed"):
            broken.append(("(tests not tied to one page)", other))
        if not broken:
            continue
        failed = True
        info = environments.get(env, {})
        lines += [
            "",
            f"## Failing on {env}: TensorFlow {info.get('tensorflow')}, Keras {info.get('keras')}",
            "",
        ]
        for page, entry in broken:
            lines.append(
                f"- `docs/{page}`: {entry['failed']} failed"
                if not page.startswith("(")
                else f"- {page}: {entry['failed']} failed"
            )
            for error in entry.get("errors", []):
                lines.append(f"    - `{error['test']}`: {error['error']}")
    return "\n".join(lines) + "\n", failed


def annotations(results: dict, envs: list[str]) -> list[str]:
    """One GitHub Actions error line per failing page and environment.

    >>> annotations({"environments": {"newest": {"tensorflow": "2.22.0", "keras": "3.16.0"}},
    ...              "pages": {"a/b.md": {"newest": {"passed": 0, "failed": 1,
    ...                                              "errors": [{"test": "t", "error": "TypeError: x"}]}}}}, ["newest"])
    ['::error file=docs/a/b.md,title=newest (TensorFlow 2.22.0 / Keras 3.16.0) breaks docs/a/b.md::TypeError: x']
    """
    lines = []
    for env in envs:
        info = results.get("environments", {}).get(env, {})
        for page, per_env in results.get("pages", {}).items():
            entry = per_env.get(env, {})
            if entry.get("failed"):
                error = entry.get("errors", [{}])[0].get("error", "")
                lines.append(
                    f"::error file=docs/{page},title={env} (TensorFlow {info.get('tensorflow')} / "
                    f"Keras {info.get('keras')}) breaks docs/{page}::{error}"
                )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__,
    )
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="the results file (default: docs/matrix.yml)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record", help="add one environment's junit XML to the results file")
    rec.add_argument("env", help=f"one of: {', '.join(ENVIRONMENTS)}")
    rec.add_argument("--junit", type=Path, required=True, help="pytest --junit-xml output of the run")
    rec.add_argument(
        "--python", default=sys.executable, help="the environment's interpreter (for its versions)"
    )
    rec.add_argument("--seconds", type=float, help="wall time of the run")
    rec.add_argument("--date", help="date of the run, YYYY-MM-DD (default: today, UTC)")
    rec.add_argument(
        "--partial",
        action="store_true",
        help="the run covered some pages only: keep the environment's other pages",
    )
    summ = commands.add_parser("summary", help="print the environment table and the failures (Markdown)")
    summ.add_argument("--env", action="append", default=[], help="list this environment's failing pages")
    summ.add_argument("--check", action="store_true", help="exit 1 when an --env environment has a failure")
    summ.add_argument(
        "--annotations",
        action="store_true",
        help="also print each failure as a GitHub Actions ::error:: line (page and error)",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "record":
            if args.env not in ENVIRONMENTS:
                raise UsageError(f"unknown environment {args.env!r}; use one of: {', '.join(ENVIRONMENTS)}")
            date = args.date or dt.datetime.now(dt.UTC).date().isoformat()
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                raise UsageError(f"--date must be YYYY-MM-DD, got {date!r}")
            cases = read_junit(args.junit)
            results = record(
                load(args.results),
                args.env,
                cases,
                versions_of(args.python),
                date,
                args.seconds,
                partial=args.partial,
            )
            args.results.write_text(dump(results), encoding="utf-8")
            info = results["environments"][args.env]
            print(f"{args.env}: {info['passed']} passed, {info['failed']} failed -> {args.results}")
            return 0
        for env in args.env:
            if env not in ENVIRONMENTS:
                raise UsageError(f"unknown environment {env!r}; use one of: {', '.join(ENVIRONMENTS)}")
        results = load(args.results)
        text, failed = summary(results, args.env)
        print(text, end="")
        if args.annotations:
            print("\n".join(annotations(results, args.env)))
        return 1 if args.check and failed else 0
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

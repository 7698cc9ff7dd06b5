"""scripts/matrix_results.py turns a matrix run's junit XML into docs/matrix.yml, per page."""

from __future__ import annotations

import subprocess
import sys

import yaml

from scripts.lib.site import ROOT

SCRIPT = ROOT / "scripts" / "matrix_results.py"

JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="0" failures="1" skipped="1" tests="5">
<testcase classname="tests.test_snippets" name="test_snippet[basics/versions/saving_formats.py::run]" time="3.2">
  <failure message="TypeError: Could not locate function 'mse'.">Traceback ...
TypeError: Could not locate function 'mse'.</failure>
</testcase>
<testcase classname="tests.test_snippets" name="test_snippet[basics/versions/text_layers.py::run]" time="1.0"/>
<testcase classname="tests.test_snippets" name="test_snippet[solutions/category1.py::run]" time="1.0"/>
<testcase classname="tests.practice-exam.test_problems" name="test_problem1_trained_beats_untrained" time="1"/>
<testcase classname="tests.test_harness" name="test_something_general" time="1">
  <skipped message="no browser"/>
</testcase>
</testsuite></testsuites>
"""


def _run(*args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120
    )


def _record(tmp_path, env="colab", junit=JUNIT, results=None):
    xml = tmp_path / f"{env}.xml"
    xml.write_text(junit)
    results = results or tmp_path / "matrix.yml"
    run = _run(
        "--results", results, "record", env, "--junit", xml, "--seconds", "12.4", "--date", "2026-11-30"
    )
    return run, results


def test_help_names_both_commands():
    run = _run("--help")
    assert run.returncode == 0
    assert "record" in run.stdout and "summary" in run.stdout


def test_record_groups_tests_by_page_with_versions_date_and_error(tmp_path):
    run, results = _record(tmp_path)
    assert run.returncode == 0, run.stderr
    assert "colab: 3 passed, 1 failed" in run.stdout
    data = yaml.safe_load(results.read_text())
    env = data["environments"]["colab"]
    assert env["date"] == "2026-11-30" and env["seconds"] == 12 and env["label"] == "Colab"
    assert env["python"] == f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
    assert env["keras"] and env["tensorflow"]  # read from the interpreter (--python, here this one)
    assert (env["passed"], env["failed"], env["skipped"]) == (3, 1, 1)
    versions = data["pages"]["basics/versions.md"]["colab"]
    assert versions["passed"] == 1 and versions["failed"] == 1
    assert versions["errors"] == [
        {
            "test": "tests.test_snippets::test_snippet[basics/versions/saving_formats.py::run]",
            "error": "TypeError: Could not locate function 'mse'.",
        }
    ]
    assert data["pages"]["solutions/category1.ipynb"]["colab"] == {"passed": 1, "failed": 0}
    assert data["pages"]["practice-exam/problem1.md"]["colab"] == {"passed": 1, "failed": 0}
    assert data["other"]["colab"] == {"passed": 0, "failed": 0}


def test_record_replaces_only_its_own_environment(tmp_path):
    _, results = _record(tmp_path, "colab")
    passing = JUNIT.replace(
        "<failure message=\"TypeError: Could not locate function 'mse'.\">", "<system-out>"
    ).replace("TypeError: Could not locate function 'mse'.</failure>", "</system-out>")
    run, _ = _record(tmp_path, "labs", passing, results)
    assert run.returncode == 0, run.stderr
    data = yaml.safe_load(results.read_text())
    assert list(data["environments"]) == ["labs", "colab"]  # the fixed column order
    assert data["pages"]["basics/versions.md"]["labs"] == {"passed": 2, "failed": 0}
    assert data["pages"]["basics/versions.md"]["colab"]["failed"] == 1
    # Re-running colab, now passing, clears its old failure.
    _record(tmp_path, "colab", passing, results)
    data = yaml.safe_load(results.read_text())
    assert data["pages"]["basics/versions.md"]["colab"] == {"passed": 2, "failed": 0}


def test_partial_run_keeps_the_other_pages_of_the_environment(tmp_path):
    _, results = _record(tmp_path, "colab")
    rerun = """<testsuites><testsuite>
<testcase classname="tests.test_snippets" name="test_snippet[basics/versions/saving_formats.py::run]"/>
<testcase classname="tests.test_snippets" name="test_snippet[basics/versions/text_layers.py::run]"/>
</testsuite></testsuites>"""
    xml = tmp_path / "rerun.xml"
    xml.write_text(rerun)
    run = _run("--results", results, "record", "colab", "--junit", xml, "--partial", "--date", "2026-12-01")
    assert run.returncode == 0, run.stderr
    data = yaml.safe_load(results.read_text())
    assert data["pages"]["basics/versions.md"]["colab"] == {"passed": 2, "failed": 0}
    assert data["pages"]["solutions/category1.ipynb"]["colab"] == {"passed": 1, "failed": 0}  # kept
    env = data["environments"]["colab"]
    assert (env["passed"], env["failed"], env["date"]) == (4, 0, "2026-12-01")


def test_summary_names_the_failing_page_and_error_and_check_fails(tmp_path):
    _, results = _record(tmp_path, "newest")
    run = _run("--results", results, "summary", "--env", "newest", "--check")
    assert run.returncode == 1
    assert "| newest (newest release) |" in run.stdout
    assert "`docs/basics/versions.md`: 1 failed" in run.stdout
    assert "TypeError: Could not locate function 'mse'." in run.stdout
    assert _run("--results", results, "summary").returncode == 0  # without --check: a report only


def test_bad_input_is_one_error_line(tmp_path):
    cases = [
        ("record", "colab", "--junit", tmp_path / "missing.xml"),
        ("record", "nowhere", "--junit", tmp_path / "missing.xml"),
        ("summary", "--env", "nowhere"),
    ]
    (tmp_path / "bad.xml").write_text("not xml")
    cases.append(("record", "colab", "--junit", tmp_path / "bad.xml"))
    for args in cases:
        run = _run("--results", tmp_path / "matrix.yml", *args)
        assert run.returncode == 2, args
        assert run.stderr.startswith("error: ") and len(run.stderr.strip().splitlines()) == 1, run.stderr
        assert "Traceback" not in run.stderr
    assert not (tmp_path / "matrix.yml").exists()


def test_record_refuses_an_interpreter_that_cannot_run(tmp_path):
    xml = tmp_path / "x.xml"
    xml.write_text(JUNIT)
    run = _run(
        "--results", tmp_path / "m.yml", "record", "colab", "--junit", xml, "--python", tmp_path / "nope"
    )
    assert run.returncode == 2 and run.stderr.startswith("error: cannot run")


def test_committed_results_file_is_the_scripts_format():
    data = yaml.safe_load((ROOT / "docs" / "matrix.yml").read_text())
    assert set(data) == {"environments", "pages", "other"}
    for env, info in data["environments"].items():
        assert {"tensorflow", "keras", "python", "date", "passed", "failed"} <= set(info), env
    for page, per_env in data["pages"].items():
        assert (ROOT / "docs" / page).is_file(), page
        assert set(per_env) <= set(data["environments"]), page


def test_a_run_stopped_at_collection_records_nothing(tmp_path):
    results = tmp_path / "matrix.yml"
    _record(tmp_path, results=results)
    before = results.read_text()
    stopped = (
        '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1">'
        '<testcase classname="" name="tests.solutions.test_targets" time="0.000">'
        '<error message="collection failure">ModuleNotFoundError: No module named mkdocs</error>'
        "</testcase></testsuite></testsuites>"
    )
    run, _ = _record(tmp_path, junit=stopped, results=results)
    assert run.returncode == 2 and "stopped collecting tests.solutions.test_targets" in run.stderr, run.stderr
    assert results.read_text() == before


def test_the_matrix_leaves_out_test_modules_that_need_the_site(tmp_path):
    from pathlib import Path

    from tests.matrix import plugin

    site = tmp_path / "test_site.py"
    site.write_text("from overrides.hooks import targets\n")
    plain = tmp_path / "test_plain.py"
    plain.write_text("import tensorflow\n# from mkdocs in a comment does not count\n")
    assert plugin.pytest_ignore_collect(Path(site), None) is True
    assert plugin.pytest_ignore_collect(Path(plain), None) is None

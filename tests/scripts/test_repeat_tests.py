"""scripts/repeat_tests.py: one line per run, the median and worst time, the slowest tests."""

from __future__ import annotations

import sys

from scripts import repeat_tests


def _fake(tmp_path, body: str) -> str:
    script = tmp_path / "fake_suite.py"
    script.write_text(body, encoding="utf-8")
    return f"{sys.executable} {script}"


def test_reports_each_run_and_the_slowest_tests(tmp_path, capsys):
    command = _fake(
        tmp_path, "print('2.50s call     tests/a.py::slow')\nprint('===== 3 passed in 2.6s =====')\n"
    )
    assert repeat_tests.main(["--runs", "2", "--command", command, "--logs", str(tmp_path / "logs")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("run 1: pass") and "3 passed in 2.6s" in out[0]
    assert out[1].startswith("run 2: pass")
    assert out[2].startswith("median ") and "over 2 runs" in out[2]
    assert out[4].split() == ["2.5", "s", "tests/a.py::slow", "(call)"]


def test_a_failing_run_fails_the_record(tmp_path, capsys):
    command = _fake(tmp_path, "print('== 1 failed, 2 passed in 1.0s ==')\nraise SystemExit(1)\n")
    assert repeat_tests.main(["--runs", "1", "--command", command, "--logs", str(tmp_path / "logs")]) == 1
    assert capsys.readouterr().out.startswith("run 1: FAIL")


def test_bad_arguments_are_one_line_and_exit_2(tmp_path, capsys):
    assert repeat_tests.main(["--runs", "0"]) == 2
    assert capsys.readouterr().err.strip() == "error: --runs must be at least 1"
    assert repeat_tests.main(["--command", "no-such-program-here"]) == 2
    assert (
        capsys.readouterr().err.strip()
        == "error: cannot run 'no-such-program-here': no-such-program-here not found"
    )

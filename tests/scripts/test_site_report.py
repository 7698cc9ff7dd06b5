"""scripts/site_report.py: arguments and errors (the report itself: tests/browser/test_site_report.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scripts import site_report
from scripts.lib.site import ROOT

SCRIPT = ROOT / "scripts" / "site_report.py"


def test_help_describes_the_report():
    run = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    assert "usage:" in run.stdout and "--screenshots" in run.stdout and "PAGE" in run.stdout


def test_a_page_outside_the_navigation_is_one_line_and_exit_2():
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "no/such-page.md"], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 2
    assert run.stderr.startswith("error: 'no/such-page.md' is not a page of the navigation")
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


@pytest.fixture
def fake_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html></html>")
    return site


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--site-dir", "{tmp}/nowhere"], "holds no built site"),
        (["--site-dir", "{site}", "--screenshots", "{site}/shots"], "is inside the site folder"),
    ],
)
def test_bad_folders_are_one_line_and_exit_2(fake_site, capsys, arguments, message):
    argv = [arg.format(tmp=fake_site.parent, site=fake_site) for arg in arguments]
    assert site_report.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and len(err.strip().splitlines()) == 1


def test_no_browser_is_one_line_and_exit_2(fake_site, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("CHROMIUM_PATH", str(tmp_path / "no-chromium"))
    assert site_report.main(["--site-dir", str(fake_site), "--no-screenshots"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no browser installed at") and "apt-get install chromium" in err

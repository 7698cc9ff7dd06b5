"""scripts/site_report.py prints a row per page and saves the six screenshots."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scripts.lib.site import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_report_rows_and_screenshots(built_site, browser_installed, tmp_path):
    shots = tmp_path / "shots"
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "site_report.py"),
            "--site-dir",
            str(built_site),
            "--screenshots",
            str(shots),
            "index.md",
            "solutions/category1.ipynb",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    rows = [line for line in run.stdout.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| page | kind | kB loaded / budget |")
    assert [row.split(" | ")[0:2] for row in rows[1:]] == [
        ["| index.md", "home"],
        ["| solutions/category1.ipynb", "notebook"],
    ]
    assert "No console errors, failed requests or requests to other hosts." in run.stdout
    names = sorted(path.name for path in shots.glob("*.png"))
    assert names == sorted(
        f"{kind}-{width}.png" for kind in ("home", "topic", "notebook") for width in ("desktop", "mobile")
    )
    assert all(path.stat().st_size > 10_000 for path in shots.glob("*.png"))

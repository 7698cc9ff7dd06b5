"""scripts/fetch_data.py downloads registered files, checks size and SHA-256, never leaves a part.

Downloads come from a server on 127.0.0.1 or from file:// URLs: no test touches the network.
"""

from __future__ import annotations

import hashlib
import http.server
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path

import pytest

from scripts import fetch_data
from scripts.lib.datasets import Dataset

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "fetch_data.py"
CONTENT = b",Date,Monthly Mean Total Sunspot Number\n0,1749-01-31,96.7\n1,1749-02-28,104.3\n"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def server(tmp_path):
    """An HTTP server on 127.0.0.1 serving tmp_path/served; yields its base URL."""
    served = tmp_path / "served"
    served.mkdir()
    (served / "Sunspots.csv").write_bytes(CONTENT)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(served)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def _entry(origin, size=None, sha256=None, name="Sunspots.csv"):
    return Dataset(f"datasets/{name}", origin, "monthly sunspots", size, sha256)


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_downloads_and_checks_a_recorded_file(server, tmp_path, capsys):
    out = tmp_path / "data"
    entry = _entry(server + "Sunspots.csv", len(CONTENT), hashlib.sha256(CONTENT).hexdigest())
    assert fetch_data.main(["Sunspots.csv", "--dir", str(out)], registry=[entry]) == 0
    assert (out / "Sunspots.csv").read_bytes() == CONTENT
    assert _leftovers(out) == ["Sunspots.csv"]
    assert "size and SHA-256 match" in capsys.readouterr().out
    # A second run keeps the file and checks it.
    assert fetch_data.main(["Sunspots.csv", "--dir", str(out)], registry=[entry]) == 0
    assert "already there, size and SHA-256 match" in capsys.readouterr().out


def test_unrecorded_file_is_downloaded_and_its_size_and_hash_printed(server, tmp_path, capsys):
    out = tmp_path / "data"
    assert fetch_data.main(["--all", "--dir", str(out)], registry=[_entry(server + "Sunspots.csv")]) == 0
    printed = capsys.readouterr().out
    assert f"size {len(CONTENT)}, sha256 {hashlib.sha256(CONTENT).hexdigest()}" in printed
    assert "not checked" in printed


@pytest.mark.parametrize(
    ("size_delta", "bad_hash", "message"),
    [
        (1, False, f"downloaded {len(CONTENT)} bytes, the real file has {len(CONTENT) + 1}"),
        (0, True, "SHA-256 of the download differs from the recorded one"),
    ],
)
def test_a_download_that_does_not_match_fails_and_leaves_nothing(
    server, tmp_path, capsys, size_delta, bad_hash, message
):
    out = tmp_path / "data"
    digest = hashlib.sha256(b"other" if bad_hash else CONTENT).hexdigest()
    entry = _entry(server + "Sunspots.csv", len(CONTENT) + size_delta, digest)
    assert fetch_data.main(["Sunspots.csv", "--dir", str(out)], registry=[entry]) == 1
    err = capsys.readouterr().err
    assert err == f"error: Sunspots.csv: {message}\n"
    assert _leftovers(out) == []  # no partial or wrong file


def test_file_urls_work_and_a_missing_origin_is_one_error_line(tmp_path, capsys):
    source = tmp_path / "source.csv"
    source.write_bytes(CONTENT)
    out = tmp_path / "data"
    entry = _entry(source.as_uri(), len(CONTENT), hashlib.sha256(CONTENT).hexdigest())
    assert fetch_data.main(["Sunspots.csv", "--dir", str(out)], registry=[entry]) == 0
    assert (out / "Sunspots.csv").read_bytes() == CONTENT
    missing = _entry((tmp_path / "gone.csv").as_uri(), name="gone.csv")
    assert fetch_data.main(["gone.csv", "--dir", str(out)], registry=[missing]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: gone.csv: download from file://") and err.count("\n") == 1
    assert _leftovers(out) == ["Sunspots.csv"]


def test_http_404_is_one_error_line(server, tmp_path, capsys):
    out = tmp_path / "data"
    entry = _entry(server + "nothing-here.csv", name="nothing-here.csv")
    assert fetch_data.main(["nothing-here.csv", "--dir", str(out)], registry=[entry]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("error: nothing-here.csv: download from http://127.0.0.1:")
        and "failed: HTTP 404" in err
    )
    assert err.count("\n") == 1 and _leftovers(out) == []


def test_a_wrong_file_in_the_folder_is_not_overwritten_without_force(server, tmp_path, capsys):
    out = tmp_path / "data"
    out.mkdir()
    (out / "Sunspots.csv").write_bytes(b"a stand-in\n")
    entry = _entry(server + "Sunspots.csv", len(CONTENT), hashlib.sha256(CONTENT).hexdigest())
    assert fetch_data.main(["Sunspots.csv", "--dir", str(out)], registry=[entry]) == 1
    assert "is not the real file" in capsys.readouterr().err
    assert (out / "Sunspots.csv").read_bytes() == b"a stand-in\n"
    assert fetch_data.main(["Sunspots.csv", "--dir", str(out), "--force"], registry=[entry]) == 0
    assert (out / "Sunspots.csv").read_bytes() == CONTENT


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "error: name the files to fetch (see --list) or pass --all"),
        (["nope.csv"], "error: unknown file 'nope.csv'; --list shows the registered files"),
        (["--all", "Sunspots.csv"], "error: name files or pass --all, not both"),
    ],
)
def test_bad_arguments_are_one_error_line(tmp_path, argv, message):
    run = subprocess.run(
        [sys.executable, str(SCRIPT), *argv, "--dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1 and run.stderr == message + "\n" and run.stdout == ""
    assert not (tmp_path / "d").exists()


def test_dir_that_is_a_file_is_refused(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    registry = [_entry("file:///nowhere")]
    assert fetch_data.main(["Sunspots.csv", "--dir", str(tmp_path / "file")], registry=registry) == 1
    assert "is not a folder" in capsys.readouterr().err


def test_help_and_list_read_the_real_registry():
    help_ = subprocess.run(
        [sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60
    )
    assert help_.returncode == 0 and "--data-dir" in help_.stdout and "SHA-256" in help_.stdout
    listing = subprocess.run(
        [sys.executable, str(SCRIPT), "--list"], capture_output=True, text=True, timeout=60
    )
    assert listing.returncode == 0
    assert "Sunspots.csv" in listing.stdout and "daily-min-temperatures.csv" in listing.stdout

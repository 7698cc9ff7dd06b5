"""`make env` installs requirements.lock with uv (itself pinned and hash-checked), pip when uv cannot."""

from __future__ import annotations

import re
import subprocess

from scripts.lib.site import ROOT


def _recipe(tmp_path) -> str:
    """The commands `make env` would run for a venv that does not exist yet (make -n runs none)."""
    dry = subprocess.run(
        ["make", "-n", "env", f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert dry.returncode == 0, dry.stderr
    return dry.stdout


def test_uv_installs_the_lock_checking_hashes_and_pip_takes_over_when_it_fails(tmp_path):
    recipe = _recipe(tmp_path)
    bootstrap, _, rest = recipe.partition("-r requirements-uv.lock")
    assert "pip install" in bootstrap and "--require-hashes" in bootstrap  # uv itself is pinned
    uv, fallback_marker, fallback = rest.partition("||")
    assert "uv pip install" in uv
    for flag in ("--require-hashes", "--no-deps", "--compile-bytecode", "-r requirements.lock"):
        assert flag in uv, flag
    # When uv is missing or fails (say it cannot reach the registry), pip installs the same lock.
    assert fallback_marker and re.search(
        r"pip install .*--require-hashes --no-deps -r requirements.lock", fallback
    )


def test_the_uv_lock_pins_one_version_with_hashes():
    text = (ROOT / "requirements-uv.lock").read_text(encoding="utf-8")
    pins = re.findall(r"^(\S+)==(\S+) \\$", text, re.M)
    assert [name for name, _ in pins] == ["uv"], pins
    assert text.count("--hash=sha256:") >= 10  # a wheel for each platform

"""Run snippet files and keep the PNG figures they save, for the pages to show.

    python scripts/render_figures.py snippets/images/convolutions/filter_by_hand.py
    python scripts/render_figures.py --epochs 15 snippets/images/augmentation/before_after_curves.py
    python scripts/render_figures.py --real snippets/images/augmentation/before_after_curves.py

By default each file runs in a fresh process under the offline test harness
(``python -m tests.harness.run``): the tiny fixture datasets, no network, and ``fit`` clamped
to ``--epochs`` epochs (2 unless given). With ``--real`` it runs as a reader would run it:
plain ``python FILE``, real downloads, full epochs. Every ``*.png`` the file writes into its
working directory is copied to ``--out`` (default: ``docs/<area>/img/`` for
``snippets/<area>/...``). A figure drawn from fixture data shows the plot, not a real result:
say so where the page shows it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_out(snippet: Path) -> Path:
    """``docs/<area>/img`` for a file under ``snippets/<area>/``.

    >>> default_out(ROOT / "snippets/images/convolutions/filter_by_hand.py").relative_to(ROOT).as_posix()
    'docs/images/img'
    """
    area = snippet.resolve().relative_to(ROOT / "snippets").parts[0]
    return ROOT / "docs" / area / "img"


def render(snippet: Path, out: Path, epochs: int, real: bool) -> list[Path]:
    """Run ``snippet`` and copy the PNGs it saved into ``out``; return the copies."""
    scratch = Path(tempfile.mkdtemp(prefix="render-figures-"))
    env = {
        **os.environ,
        "TMPDIR": str(scratch),
        "MPLBACKEND": "Agg",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "SNIPPET_MAX_EPOCHS": str(epochs),
    }
    if real:
        workdir = scratch / "snippet-run-real"
        workdir.mkdir()
        command = [sys.executable, str(snippet.resolve())]
    else:
        workdir = ROOT
        command = [sys.executable, "-m", "tests.harness.run", str(snippet.resolve())]
    process = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True)
    if process.returncode != 0:
        tail = (process.stderr.strip().splitlines() or ["no output"])[-1]
        shutil.rmtree(scratch, ignore_errors=True)
        raise RuntimeError(f"{snippet} failed: {tail}")
    out.mkdir(parents=True, exist_ok=True)
    copies = []
    for png in sorted(scratch.glob("snippet-run-*/*.png")):
        shutil.copy2(png, out / png.name)
        copies.append(out / png.name)
    shutil.rmtree(scratch, ignore_errors=True)
    return copies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "snippets", nargs="+", type=Path, metavar="SNIPPET", help="snippet files under snippets/"
    )
    parser.add_argument("--epochs", type=int, default=2, help="clamp fit to this many epochs (default 2)")
    parser.add_argument("--real", action="store_true", help="run plainly: real data, full epochs, network")
    parser.add_argument("--out", type=Path, help="folder for the PNGs (default: docs/<area>/img/)")
    args = parser.parse_args(argv)

    for snippet in args.snippets:
        if not snippet.is_file() or snippet.suffix != ".py":
            print(f"error: not a Python file: {snippet}", file=sys.stderr)
            return 2
        if args.out is None and not snippet.resolve().is_relative_to(ROOT / "snippets"):
            print(f"error: {snippet} is not under snippets/; give --out", file=sys.stderr)
            return 2
    if args.epochs < 1:
        print("error: --epochs must be at least 1", file=sys.stderr)
        return 2

    for snippet in args.snippets:
        try:
            copies = render(snippet, args.out or default_out(snippet), args.epochs, args.real)
        except RuntimeError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        for copy in copies:
            print(copy.relative_to(ROOT) if copy.is_relative_to(ROOT) else copy)
        if not copies:
            print(f"{snippet}: saved no PNG", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Download the real data files the site's code uses into a folder, and check them.

The files and their URLs come from the project's dataset registry (scripts/lib/datasets.py).
Each file is saved under its own name, so the folder works as a --data-dir:

    python scripts/fetch_data.py Sunspots.csv --dir data
    make verify ARGS="--data-dir data category5"

Once the registry records a file's real size and SHA-256, a download that does not match is
refused and nothing is left behind; until then the script prints what it got, unchecked.
A file already in the folder is kept (checked when it can be); --force downloads it again.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `scripts.lib` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.lib import datasets  # noqa: E402

CHUNK = 1 << 20
TIMEOUT = 60  # seconds without an answer before a download gives up


class FetchError(Exception):
    """A one-line reason to stop."""


def _human(size: int) -> str:
    """Bytes in a short readable form.

    >>> _human(512), _human(3 * 1024 * 1024)
    ('512 B', '3.0 MB')
    """
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


def download(entry: datasets.Dataset, folder: Path) -> Path:
    """Download ``entry`` into ``folder``; return its path. On any failure, no file is left."""
    target = folder / entry.file_name
    handle, temporary = tempfile.mkstemp(prefix=f".{entry.file_name}.", suffix=".part", dir=folder)
    temporary = Path(temporary)
    try:
        digest, size = hashlib.sha256(), 0
        with os.fdopen(handle, "wb") as out:
            try:
                with urllib.request.urlopen(entry.origin, timeout=TIMEOUT) as response:  # noqa: S310
                    for block in iter(lambda: response.read(CHUNK), b""):
                        out.write(block)
                        digest.update(block)
                        size += len(block)
            except urllib.error.HTTPError as exc:
                reason = f"HTTP {exc.code} {exc.reason}"
                raise FetchError(
                    f"{entry.file_name}: download from {entry.origin} failed: {reason}"
                ) from None
            except (urllib.error.URLError, OSError, ValueError) as exc:
                reason = getattr(exc, "reason", None) or exc
                raise FetchError(
                    f"{entry.file_name}: download from {entry.origin} failed: {reason}"
                ) from None
        if entry.size is not None and size != entry.size:
            raise FetchError(f"{entry.file_name}: downloaded {size} bytes, the real file has {entry.size}")
        if entry.sha256 is not None and digest.hexdigest() != entry.sha256:
            raise FetchError(f"{entry.file_name}: SHA-256 of the download differs from the recorded one")
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if entry.recorded:
        print(f"{entry.file_name}: {_human(size)}, size and SHA-256 match")
    else:
        print(
            f"{entry.file_name}: {_human(size)} (size {size}, sha256 {digest.hexdigest()}; "
            "not checked: the registry has no record of the real file yet)"
        )
    return target


def fetch(entry: datasets.Dataset, folder: Path, force: bool) -> None:
    target = folder / entry.file_name
    if target.exists() and not force:
        if entry.recorded:
            problem = entry.check(target)
            if problem:
                raise FetchError(
                    f"{target} is there but is not the real file ({problem}); "
                    "pass --force to download it again"
                )
            print(f"{entry.file_name}: already there, size and SHA-256 match")
        else:
            print(f"{entry.file_name}: already there, kept (nothing recorded to check it against)")
        return
    download(entry, folder)


def _parser(registry: list[datasets.Dataset]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fetch_data.py",
        description=__doc__.split("\n\n")[0],
        epilog="\n\n".join(__doc__.split("\n\n")[1:]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="FILE",
        help="file names to fetch, e.g. Sunspots.csv (--list shows them all)",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="fetch every file in the registry (the image and review archives are large)",
    )
    parser.add_argument("--dir", type=Path, default=Path("data"), help="folder to save into (default: data)")
    parser.add_argument("--force", action="store_true", help="download files that are already in the folder")
    parser.add_argument("--list", action="store_true", help="list the registered files and exit")
    return parser


def main(argv: list[str] | None = None, registry: list[datasets.Dataset] | None = None) -> int:
    registry = datasets.REGISTRY if registry is None else registry
    parser = _parser(registry)
    args = parser.parse_args(argv)
    if args.list:
        for entry in registry:
            size = _human(entry.size) if entry.size is not None else "size not recorded"
            print(f"{entry.file_name}  ({size})  {entry.about}\n    {entry.origin}")
        return 0
    try:
        if args.all and args.names:
            raise FetchError("name files or pass --all, not both")
        if not args.all and not args.names:
            raise FetchError("name the files to fetch (see --list) or pass --all")
        entries = registry if args.all else [_entry(name, registry) for name in args.names]
        if args.dir.exists() and not args.dir.is_dir():
            raise FetchError(f"--dir {args.dir} is not a folder")
        args.dir.mkdir(parents=True, exist_ok=True)
        for entry in entries:
            fetch(entry, args.dir, args.force)
    except FetchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; no partial file was kept", file=sys.stderr)
        return 130
    return 0


def _entry(name: str, registry: list[datasets.Dataset]) -> datasets.Dataset:
    try:
        return datasets.by_file_name(name, registry)
    except KeyError:
        raise FetchError(f"unknown file {name!r}; --list shows the registered files") from None


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `fetch_data.py --list | head`: the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)

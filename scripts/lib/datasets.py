"""The registry of data files the site's code downloads: names, origins, cache paths, real sizes.

Every snippet loads data the way a reader would in Colab, ``tf.keras.utils.get_file(NAME,
origin=URL)`` or ``tf.keras.datasets.*``, and Keras keeps the file at ``$KERAS_HOME/<cache_path>``.
The registry itself is data (``datasets.json`` beside this file). ``size`` and ``sha256`` describe
the real file: ``scripts/record_outputs.py`` writes them the first time it downloads the file from
its origin, and from then on every tool refuses a file that does not match (a test stand-in, a
truncated download). Used by the recorder, the solution verifier, ``fetch_data.py``, and by the
test harness, which writes a tiny stand-in at each ``cache_path``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

DATA = Path(__file__).with_name("datasets.json")


@dataclass(frozen=True)
class Dataset:
    """One file the site's code downloads."""

    cache_path: str  # under $KERAS_HOME, as get_file stores it: "datasets/<file name>"
    origin: str  # the URL snippets pass to get_file
    about: str  # one line: what the real file holds
    size: int | None = None  # bytes of the real file, once recorded
    sha256: str | None = None  # of the real file, once recorded
    mentions: tuple[str, ...] = ()  # words in code that load it without naming the file (fashion_mnist)

    @property
    def file_name(self) -> str:
        return Path(self.cache_path).name

    @property
    def recorded(self) -> bool:
        return self.size is not None and self.sha256 is not None

    def check(self, path: Path) -> str | None:
        """Why ``path`` is not the real file, or None when it matches the recorded size and SHA-256.

        >>> entry = Dataset("datasets/a.csv", "https://example.org/a.csv", "a", 3, sha256_bytes(b"abc"))
        >>> import tempfile, pathlib; f = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
        >>> _ = f.write_bytes(b"abc"); entry.check(f) is None
        True
        >>> _ = f.write_bytes(b"abd"); entry.check(f)
        'a.csv: SHA-256 differs from the real file (a stand-in or a damaged copy?)'
        >>> _ = f.write_bytes(b"ab"); entry.check(f)
        'a.csv: 2 bytes, the real file has 3'
        """
        if not self.recorded:
            return f"{self.file_name}: no size and SHA-256 recorded yet for the real file"
        if not path.is_file():
            return f"{self.file_name}: not a regular file"
        size = path.stat().st_size
        if size != self.size:
            return f"{self.file_name}: {size} bytes, the real file has {self.size}"
        if sha256_file(path) != self.sha256:
            return f"{self.file_name}: SHA-256 differs from the real file (a stand-in or a damaged copy?)"
        return None


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load(path: Path = DATA) -> list[Dataset]:
    rows = json.loads(path.read_text(encoding="utf-8"))["datasets"]
    return [Dataset(**{**row, "mentions": tuple(row.get("mentions", ()))}) for row in rows]


REGISTRY: list[Dataset] = load()


def by_file_name(name: str, registry: list[Dataset] | None = None) -> Dataset:
    """The registry entry for a file name (as in a --data-dir).

    >>> by_file_name("Sunspots.csv").cache_path
    'datasets/Sunspots.csv'
    """
    for dataset in REGISTRY if registry is None else registry:
        if dataset.file_name == name:
            return dataset
    raise KeyError(name)


def by_cache_path(cache_path: str, registry: list[Dataset] | None = None) -> Dataset | None:
    for dataset in REGISTRY if registry is None else registry:
        if dataset.cache_path == cache_path:
            return dataset
    return None


def needed_by(code: str, registry: list[Dataset] | None = None) -> list[Dataset]:
    """The registered files that ``code`` loads (by file name, or a word such as ``fashion_mnist``).

    >>> [d.file_name for d in needed_by("get_file('Sunspots.csv', origin=URL)")]
    ['Sunspots.csv']
    >>> len(needed_by("tf.keras.datasets.fashion_mnist.load_data()"))
    4
    """
    return [
        dataset
        for dataset in (REGISTRY if registry is None else registry)
        if dataset.file_name in code or any(word in code for word in dataset.mentions)
    ]


def record(found: dict[str, tuple[int, str]], path: Path = DATA) -> list[str]:
    """Write the size and SHA-256 of real files seen for the first time; return their names.

    ``found`` maps a cache path to (size, sha256). Entries already recorded are left as they are
    (a mismatch is the caller's error to report). The file is replaced atomically.
    """
    entries = load(path)
    added = []
    for index, entry in enumerate(entries):
        if entry.cache_path in found and not entry.recorded:
            size, digest = found[entry.cache_path]
            entries[index] = replace(entry, size=size, sha256=digest)
            added.append(entry.file_name)
    if added:
        rows = [{**asdict(e), "mentions": list(e.mentions)} for e in entries]
        text = json.dumps({"datasets": rows}, indent=2) + "\n"
        write_atomically(path, text)
    return added


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then replace ``path`` with it."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def seed_keras_cache(data_dir: Path, keras_home: Path, *, strict: bool = False) -> list[str]:
    """Copy the files of ``data_dir`` that the registry knows into the Keras cache.

    With ``strict``, a known file that is not the real one (size and SHA-256 as recorded) raises
    ValueError with a one-line reason: nothing published may come from a stand-in.
    """
    seeded = []
    for path in sorted(Path(data_dir).iterdir()):
        if not path.is_file():
            continue
        try:
            dataset = by_file_name(path.name)
        except KeyError:
            continue
        if strict:
            problem = dataset.check(path)
            if problem:
                raise ValueError(f"{path}: {problem}")
        target = Path(keras_home) / dataset.cache_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        seeded.append(path.name)
    return seeded

"""The registry of data files the site's code downloads: names, origins, cache paths, real sizes.

Every snippet loads data the way a reader would in Colab, ``tf.keras.utils.get_file(NAME,
origin=URL)`` or ``tf.keras.datasets.*``, and Keras keeps the file at ``$KERAS_HOME/<cache_path>``.
The registry itself is data (``datasets.json`` beside this file). ``size`` and ``sha256`` describe
the real file at its origin: ``scripts/record_outputs.py`` writes them the first time it downloads
the file from there (or a maintainer registers a copy proven byte-identical to it), and from then
on every tool refuses a file that does not match (a test stand-in, a truncated download).

``copies`` is the second, explicit route: copies of the same data in another container (rebuilt
from the same records or images, so other bytes) that the recorder and the verifier accept from a
``--data-dir``, each by its own size and SHA-256 and with a line that says what it is. A copy's
hash is never taken for the origin's: a reader's real download must never be refused because our
copy differs. Used by the recorder, the solution verifier, the grader, ``fetch_data.py``, and by the
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
class Copy:
    """A copy of a file's data in another container, accepted for recording by its own size and hash."""

    size: int
    sha256: str
    what: str  # for the reader, as provenance says it: "the course's 26,709 records; line breaks differ ..."


@dataclass(frozen=True)
class Dataset:
    """One file the site's code downloads."""

    cache_path: str  # under $KERAS_HOME, as get_file stores it: "datasets/<file name>"
    origin: str  # the URL snippets pass to get_file
    about: str  # one line: what the real file holds
    size: int | None = None  # bytes of the real file, once recorded
    sha256: str | None = None  # of the real file, once recorded
    mentions: tuple[str, ...] = ()  # words in code that load it without naming the file (fashion_mnist)
    copies: tuple[Copy, ...] = ()  # accepted copies that are not byte-identical to the origin's file

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

    def identify(self, path: Path) -> tuple[Copy | None, str | None]:
        """(the accepted copy ``path`` is, or None for the origin's file; why it is neither, or None).

        >>> copy = Copy(3, sha256_bytes(b"xyz"), "the same letters, rebuilt")
        >>> entry = Dataset("datasets/a.csv", "https://example.org/a.csv", "a", 3, sha256_bytes(b"abc"),
        ...                 copies=(copy,))
        >>> import tempfile, pathlib; f = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
        >>> _ = f.write_bytes(b"abc"); entry.identify(f)
        (None, None)
        >>> _ = f.write_bytes(b"xyz"); entry.identify(f)[0].what
        'the same letters, rebuilt'
        >>> _ = f.write_bytes(b"abd"); entry.identify(f)[1]
        'a.csv: SHA-256 differs from the real file (a stand-in or a damaged copy?)'
        """
        if path.is_file():
            size = path.stat().st_size
            for copy in self.copies:
                if size == copy.size and sha256_file(path) == copy.sha256:
                    return copy, None
        problem = self.check(path)
        if problem and not self.recorded and self.copies:
            problem = f"{self.file_name}: neither the origin's file (not registered yet) nor a known copy"
        return None, problem

    def find_in(self, folder: Path) -> Path | None:
        """This file in a ``--data-dir``: by its name, or by its cache path (``fashion-mnist/...``).

        >>> import tempfile, pathlib; d = pathlib.Path(tempfile.mkdtemp()); (d / "fashion-mnist").mkdir()
        >>> _ = (d / "fashion-mnist" / "t10k-labels-idx1-ubyte.gz").write_bytes(b"x")
        >>> entry = Dataset("datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz", "https://o/t", "labels")
        >>> entry.find_in(d).relative_to(d).as_posix()
        'fashion-mnist/t10k-labels-idx1-ubyte.gz'
        >>> Dataset("datasets/b.csv", "https://o/b.csv", "b").find_in(d) is None
        True
        """
        return find_in_folder(folder, self.cache_path)


def find_in_folder(folder: Path, cache_path: str) -> Path | None:
    """The file of ``cache_path`` in a ``--data-dir``: at its top by name, or under its cache
    sub-folder (``fashion-mnist/t10k-labels-idx1-ubyte.gz``, as the Keras cache keeps it).

    >>> import tempfile, pathlib; d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.csv").write_text("x")
    >>> find_in_folder(d, "datasets/a.csv") == d / "a.csv", find_in_folder(d, "datasets/b.csv")
    (True, None)
    """
    relative = Path(cache_path)
    if relative.parts[:1] == ("datasets",):
        relative = Path(*relative.parts[1:])
    for candidate in (Path(folder) / relative.name, Path(folder) / relative):
        if os.path.lexists(candidate):
            return candidate
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
    return [
        Dataset(
            **{
                **row,
                "mentions": tuple(row.get("mentions", ())),
                "copies": tuple(Copy(**copy) for copy in row.get("copies", ())),
            }
        )
        for row in rows
    ]


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
        write_atomically(path, dumps(entries))
    return added


def dumps(entries: list[Dataset]) -> str:
    """The registry as ``datasets.json`` holds it (``copies`` only where an entry has some)."""
    rows = []
    for entry in entries:
        row = {**asdict(entry), "mentions": list(entry.mentions)}
        row["copies"] = [asdict(copy) for copy in entry.copies]
        if not row["copies"]:
            del row["copies"]
        rows.append(row)
    return json.dumps({"datasets": rows}, indent=2) + "\n"


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


def in_data_dir(data_dir: Path, registry: list[Dataset] | None = None) -> list[tuple[Dataset, Path]]:
    """The registered files a ``--data-dir`` holds, at the top or in their cache sub-folder.

    Anything else in the folder (an unrelated archive, notes) is ignored, whatever its size.
    """
    found = []
    for dataset in REGISTRY if registry is None else registry:
        path = dataset.find_in(Path(data_dir))
        if path is not None and path.is_file():
            found.append((dataset, path))
    return found


def seed_keras_cache(data_dir: Path, keras_home: Path, *, strict: bool = False) -> list[str]:
    """Copy the files of ``data_dir`` that the registry knows into the Keras cache.

    A file may sit at the top of ``data_dir`` or under its cache sub-folder
    (``fashion-mnist/train-images-idx3-ubyte.gz``). With ``strict``, a known file that is neither the
    real one (size and SHA-256 as recorded) nor an accepted copy raises ValueError with a one-line
    reason: nothing published may come from a stand-in.
    """
    seeded = []
    for dataset, path in sorted(in_data_dir(data_dir), key=lambda pair: pair[1].name):
        if strict:
            _, problem = dataset.identify(path)
            if problem:
                raise ValueError(f"{path}: {problem}")
        target = Path(keras_home) / dataset.cache_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        seeded.append(path.name)
    return seeded

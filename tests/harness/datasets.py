"""Tiny stand-ins, in the real format, for every file of the dataset registry.

The registry (names, origins, cache paths, real sizes) is product data and lives in
scripts/lib/datasets.json. Keras looks for ``$KERAS_HOME/<cache_path>`` first and downloads only
when it is missing, so the harness writes a tiny file in the exact real format at exactly that
path. To add a dataset: add it to scripts/lib/datasets.json and a builder to ``BUILDERS`` below.
The builders are deterministic, and their data is learnable (each class has its own pattern),
so a test can check that a model trained on it beats chance.

Snippets must pass the file name as ``get_file``'s first argument: that name fixes the cache
path (``datasets/<name>``), with or without ``extract=True``.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from scripts.lib.datasets import REGISTRY, Dataset, by_file_name  # noqa: F401 (re-exported for tests)
from tests.harness import pretrained

# ---------------------------------------------------------------- images


def _pattern(label: int, size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """An RGB image whose class shows as a colour and a stripe direction."""
    height, width = size
    colours = [(220, 60, 40), (40, 160, 220), (60, 200, 80), (230, 200, 40), (150, 70, 200)]
    image = np.zeros((height, width, 3), dtype=np.float32)
    image[:] = colours[label % len(colours)]
    rows, cols = np.mgrid[0:height, 0:width]
    stripes = ((rows if label % 2 else cols) // max(2, min(size) // 6)) % 2 == 0
    image[stripes] *= 0.4
    image += rng.normal(0, 12, image.shape)
    return np.clip(image, 0, 255).astype(np.uint8)


def _image_bytes(array: np.ndarray, fmt: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format=fmt)
    return buffer.getvalue()


def image_zip(
    layout: dict[str, list[str]],
    fmt: str = "PNG",
    per_class: int = 6,
    extra: dict[str, str] | None = None,
    sizes: list[tuple[int, int]] | None = None,
) -> Callable[[Path], None]:
    """Builder for a zip of one folder per class, as the course's image zips are.

    ``layout`` maps a folder prefix inside the zip ("rps/") to its class folders.
    Images come in three sizes, so code must resize, as with real photos. ``per_class`` and
    ``sizes`` can make a full-size synthetic stand-in for timing runs (docs/images/cpu-practical.md).
    """

    def build(target: Path) -> None:
        rng = np.random.default_rng(7)
        sizes_ = sizes or [(48, 48), (40, 56), (64, 44)]
        suffix = "png" if fmt == "PNG" else "jpg"
        with zipfile.ZipFile(target, "w") as archive:
            for prefix, classes in layout.items():
                for label, name in enumerate(classes):
                    for index in range(per_class):
                        array = _pattern(label, sizes_[index % len(sizes_)], rng)
                        archive.writestr(
                            f"{prefix}{name}/{name[:-1] if name.endswith('s') else name}{index:02d}.{suffix}",
                            _image_bytes(array, fmt),
                        )
            for name, text in (extra or {}).items():
                archive.writestr(name, text)

    return build


def fashion_idx(kind: str, count: int) -> Callable[[Path], None]:
    """Builder for one gzipped IDX file of Fashion-MNIST (images or labels)."""

    def build(target: Path) -> None:
        rng = np.random.default_rng(1 if "train" in target.name else 2)
        labels = np.arange(count, dtype=np.uint8) % 10
        if kind == "labels":
            payload = struct.pack(">II", 2049, count) + labels.tobytes()
        else:
            rows, cols = np.mgrid[0:28, 0:28]
            images = np.empty((count, 28, 28), dtype=np.uint8)
            for index, label in enumerate(labels):
                # Each class lights up its own band of rows or columns.
                band = (rows if label % 2 else cols) // 3 == label // 2 + 2
                image = np.where(band, 200.0, 20.0) + rng.normal(0, 20, (28, 28))
                images[index] = np.clip(image, 0, 255).astype(np.uint8)
            payload = struct.pack(">IIII", 2051, count, 28, 28) + images.tobytes()
        target.write_bytes(gzip.compress(payload, mtime=0))

    return build


# ---------------------------------------------------------------- text

SARCASTIC = ["area man", "nation", "local", "totally", "report", "shocked", "announces", "finally"]
PLAIN = ["election", "study", "market", "court", "city", "climate", "school", "police"]


def _headline(rng: np.random.Generator, words: list[str]) -> str:
    return " ".join(rng.choice(words, size=4)) + " " + " ".join(rng.choice(["of", "the", "in", "to"], size=2))


def sarcasm_json(target: Path) -> None:
    """A JSON array of {article_link, headline, is_sarcastic}, like the course's sarcasm.json."""
    rng = np.random.default_rng(3)
    rows = []
    for index in range(60):
        sarcastic = index % 2
        site = "theonion.com" if sarcastic else "huffingtonpost.com"
        rows.append(
            {
                "article_link": f"https://www.{site}/article-{index}",
                "headline": _headline(rng, SARCASTIC if sarcastic else PLAIN),
                "is_sarcastic": sarcastic,
            }
        )
    target.write_text(json.dumps(rows), encoding="utf-8")


BBC_WORDS = {
    "tech": ["software", "mobile", "internet", "users", "computer", "digital"],
    "business": ["shares", "profits", "bank", "economy", "market", "firm"],
    "sport": ["match", "cup", "players", "coach", "season", "win"],
    "entertainment": ["film", "music", "award", "star", "album", "show"],
    "politics": ["labour", "election", "minister", "party", "tory", "vote"],
}


def bbc_csv(target: Path) -> None:
    """A ``category,text`` CSV, like bbc-text.csv (lower-case text, five categories)."""
    rng = np.random.default_rng(4)
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["category", "text"])
        for index in range(50):
            category = list(BBC_WORDS)[index % 5]
            words = list(rng.choice(BBC_WORDS[category], size=12)) + ["the", "a", "and", "of"]
            writer.writerow([category, " ".join(words)])


LYRICS = """come all ye maidens young and fair
and you that are blooming in your prime
always beware and keep your garden fair
let no man steal away your thyme
for thyme it is a precious thing
and thyme brings all things to my mind
thyme with all its flavours along with all its joys
thyme brings all things to my mind
once i and a bunch of thyme
i thought it never would decay
then came a lusty sailor
who chanced to pass my way
and stole my bunch of thyme away
the sailor gave to me a rose
a rose that never would decay
he gave it to me to keep me reminded
of when he stole my thyme away
"""


def text_file(text: str) -> Callable[[Path], None]:
    def build(target: Path) -> None:
        target.write_text(text * 3, encoding="utf-8")

    return build


# IMDB reviews archive (nlp area)

IMDB_WORDS = {
    "pos": ["wonderful", "brilliant", "moving", "superb", "loved", "great"],
    "neg": ["boring", "awful", "dull", "waste", "terrible", "worst"],
}


def imdb_tar(target: Path) -> None:
    """A tar.gz shaped like aclImdb_v1.tar.gz: aclImdb/{train,test}/{pos,neg}/<id>_<stars>.txt.

    Like the real archive it also holds aclImdb/train/unsup/ (unlabelled reviews, which code must
    remove or ignore) and a few loose files (README, imdb.vocab, train/labeledBow.feat).
    """
    import tarfile

    rng = np.random.default_rng(8)
    files: dict[str, str] = {
        "aclImdb/README": "Large Movie Review Dataset v1.0 (tiny stand-in for tests)\n",
        "aclImdb/imdb.vocab": "\n".join(sorted({w for words in IMDB_WORDS.values() for w in words})) + "\n",
        "aclImdb/train/labeledBow.feat": "0:1 1:1\n",
        "aclImdb/train/urls_pos.txt": "http://www.imdb.com/title/tt0000000/usercomments\n",
    }
    counts = {"train": 12, "test": 6}
    for split, count in counts.items():
        for label, words in IMDB_WORDS.items():
            for index in range(count):
                stars = 7 + index % 4 if label == "pos" else 1 + index % 4
                text = (
                    f"This film was {' '.join(rng.choice(words, size=3))}.<br /><br />"
                    f"The acting was {rng.choice(words)} and the plot was {rng.choice(words)}."
                )
                files[f"aclImdb/{split}/{label}/{index}_{stars}.txt"] = text
    for index in range(6):
        files[f"aclImdb/train/unsup/{index}_0.txt"] = "An unlabelled review of a film I watched once."
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name in sorted(files):
            data = files[name].encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            archive.addfile(info, io.BytesIO(data))
    target.write_bytes(gzip.compress(buffer.getvalue(), mtime=0))


# ---------------------------------------------------------------- time series


def sunspots_csv(target: Path) -> None:
    """``,Date,Monthly Mean Total Sunspot Number`` with as many monthly rows as the real file."""
    months = 3235
    rng = np.random.default_rng(5)
    steps = np.arange(months)
    cycle = 80 * (1 + np.sin(2 * np.pi * steps / 132)) + rng.gamma(2.0, 8.0, months)
    year, month = 1749, 1
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "Date", "Monthly Mean Total Sunspot Number"])
        for index, value in enumerate(cycle):
            writer.writerow([index, f"{year:04d}-{month:02d}-28", f"{value:.1f}"])
            month += 1
            if month == 13:
                year, month = year + 1, 1


def temperatures_csv(target: Path) -> None:
    """``"Date","Temp"`` daily minimum temperatures, 3650 rows from 1981-01-01."""
    import datetime

    rng = np.random.default_rng(6)
    start = datetime.date(1981, 1, 1)
    lines = ['"Date","Temp"']
    for day in range(3650):
        value = 11 + 4 * np.cos(2 * np.pi * day / 365.25) + rng.normal(0, 2)
        lines.append(f'"{start + datetime.timedelta(days=day)}",{value:.1f}')
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- a builder per registered file

_FASHION_FILES = {
    "train-labels-idx1-ubyte.gz": fashion_idx("labels", 200),
    "train-images-idx3-ubyte.gz": fashion_idx("images", 200),
    "t10k-labels-idx1-ubyte.gz": fashion_idx("labels", 50),
    "t10k-images-idx3-ubyte.gz": fashion_idx("images", 50),
}

BUILDERS: dict[str, Callable[[Path], None]] = {
    **_FASHION_FILES,
    "horse-or-human.zip": image_zip({"": ["horses", "humans"]}),
    "validation-horse-or-human.zip": image_zip({"": ["horses", "humans"]}, per_class=3),
    "rps.zip": image_zip({"rps/": ["paper", "rock", "scissors"]}),
    "rps-test-set.zip": image_zip({"rps-test-set/": ["paper", "rock", "scissors"]}, per_class=3),
    "cats_and_dogs_filtered.zip": image_zip(
        {
            "cats_and_dogs_filtered/train/": ["cats", "dogs"],
            "cats_and_dogs_filtered/validation/": ["cats", "dogs"],
        },
        fmt="JPEG",
        extra={"cats_and_dogs_filtered/vectorize.py": "# not used\n"},
    ),
    "sarcasm.json": sarcasm_json,
    "bbc-text.csv": bbc_csv,
    "irish-lyrics-eof.txt": text_file(LYRICS),
    "sonnets.txt": text_file(LYRICS),
    "Sunspots.csv": sunspots_csv,
    "daily-min-temperatures.csv": temperatures_csv,
    # Pre-trained weights that keras.applications fetches with get_file(cache_subdir="models").
    pretrained.MOBILENET_V2_NAME: pretrained.stand_in_weights,
    "aclImdb_v1.tar.gz": imdb_tar,
}


def builder(dataset: Dataset) -> Callable[[Path], None]:
    """The function that writes ``dataset``'s tiny stand-in."""
    return BUILDERS[dataset.file_name]


def build_all(keras_home: Path) -> None:
    """Write a tiny stand-in for every registered file under ``keras_home``."""
    for dataset in REGISTRY:
        target = Path(keras_home) / dataset.cache_path
        target.parent.mkdir(parents=True, exist_ok=True)
        builder(dataset)(target)

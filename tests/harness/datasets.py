"""Registry of the datasets the site's code downloads, and tiny stand-ins for tests.

Every snippet loads data the way a reader would in Colab: ``tf.keras.utils.get_file(NAME,
origin=URL)`` or ``tf.keras.datasets.*``. Keras looks for ``$KERAS_HOME/<cache_path>`` first
and downloads only when it is missing, so the harness writes a tiny file in the exact real
format at exactly that path. To add a dataset: write a builder and add a ``Dataset`` below.
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
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

TF_DATA = "https://storage.googleapis.com/download.tensorflow.org/data/"
LEARNING = "https://storage.googleapis.com/learning-datasets/"
MLEDU = "https://storage.googleapis.com/mledu-datasets/"
FASHION = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"
KERAS_APPLICATIONS = "https://storage.googleapis.com/tensorflow/keras-applications/"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class Dataset:
    """One file a snippet downloads."""

    cache_path: str  # under $KERAS_HOME, as get_file stores it: "datasets/<file name>"
    origin: str  # the URL snippets pass to get_file
    build: Callable[[Path], None]  # writes a tiny file in the real format to the given path
    about: str  # one line: what the real file holds

    @property
    def file_name(self) -> str:
        return Path(self.cache_path).name


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


def image_zip(layout: dict[str, list[str]], fmt: str = "PNG", per_class: int = 6,
              extra: dict[str, str] | None = None) -> Callable[[Path], None]:
    """Builder for a zip of one folder per class, as the course's image zips are.

    ``layout`` maps a folder prefix inside the zip ("rps/") to its class folders.
    Images come in three sizes, so code must resize, as with real photos.
    """

    def build(target: Path) -> None:
        rng = np.random.default_rng(7)
        sizes = [(48, 48), (40, 56), (64, 44)]
        suffix = "png" if fmt == "PNG" else "jpg"
        with zipfile.ZipFile(target, "w") as archive:
            for prefix, classes in layout.items():
                for label, name in enumerate(classes):
                    for index in range(per_class):
                        array = _pattern(label, sizes[index % len(sizes)], rng)
                        archive.writestr(f"{prefix}{name}/{name[:-1] if name.endswith('s') else name}"
                                         f"{index:02d}.{suffix}", _image_bytes(array, fmt))
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
        rows.append({
            "article_link": f"https://www.{site}/article-{index}",
            "headline": _headline(rng, SARCASTIC if sarcastic else PLAIN),
            "is_sarcastic": sarcastic,
        })
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


# ---------------------------------------------------------------- pre-trained weights

def keras_weights_h5(spec_name: str) -> Callable[[Path], None]:
    """Builder for a weights file of a ``tf.keras.applications`` model, random but loadable.

    ``MobileNetV2(weights="imagenet")`` fetches its weights with ``get_file(NAME, URL,
    cache_subdir="models")`` and no file hash, then calls ``model.load_weights``: a file of the
    same name in ``$KERAS_HOME/models`` is used as it is. This writes one in Keras's legacy
    ``save_weights`` HDF5 layout (``layer_names``; per layer ``weight_names`` and arrays), with
    the shapes listed in ``fixtures/<spec_name>.json`` (layer name -> weight shapes, in load
    order; tests/neural-networks/test_transfer_learning.py checks it against Keras). Only h5py
    and numpy: the harness builds its files before TensorFlow is imported.
    """

    def build(target: Path) -> None:
        import h5py

        spec = json.loads((FIXTURES / f"{spec_name}.json").read_text(encoding="utf-8"))
        rng = np.random.default_rng(8)
        with h5py.File(target, "w") as handle:
            handle.attrs["layer_names"] = [name.encode() for name, _ in spec]
            handle.attrs["backend"] = b"tensorflow"
            handle.attrs["keras_version"] = b"2.2.4"
            for name, shapes in spec:
                group = handle.create_group(name)
                names = [f"{name}/w{index}:0" for index in range(len(shapes))]
                group.attrs["weight_names"] = [weight.encode() for weight in names]
                for index, (weight, shape) in enumerate(zip(names, shapes)):
                    if len(shape) == 1:  # batch norm: gamma, beta, moving mean, moving variance
                        value = np.full(shape, 1.0 if index in (0, 3) else 0.0, dtype=np.float32)
                    else:
                        fan_in = int(np.prod(shape[:-1])) if shape[-1] > 1 else int(np.prod(shape[:2]))
                        value = rng.normal(0, np.sqrt(2 / fan_in), shape).astype(np.float32)
                    group.create_dataset(weight, data=value)

    return build


# ---------------------------------------------------------------- the registry

_FASHION_FILES = {
    "train-labels-idx1-ubyte.gz": fashion_idx("labels", 200),
    "train-images-idx3-ubyte.gz": fashion_idx("images", 200),
    "t10k-labels-idx1-ubyte.gz": fashion_idx("labels", 50),
    "t10k-images-idx3-ubyte.gz": fashion_idx("images", 50),
}

REGISTRY: list[Dataset] = [
    *(
        Dataset(f"datasets/fashion-mnist/{name}", FASHION + name, build,
                "Fashion-MNIST, IDX gz (tf.keras.datasets.fashion_mnist)")
        for name, build in _FASHION_FILES.items()
    ),
    Dataset("datasets/horse-or-human.zip", TF_DATA + "horse-or-human.zip",
            image_zip({"": ["horses", "humans"]}), "horses/ and humans/ PNG, 300x300"),
    Dataset("datasets/validation-horse-or-human.zip", TF_DATA + "validation-horse-or-human.zip",
            image_zip({"": ["horses", "humans"]}, per_class=3), "horses/ and humans/ PNG, 300x300"),
    Dataset("datasets/rps.zip", TF_DATA + "rps.zip",
            image_zip({"rps/": ["paper", "rock", "scissors"]}), "rps/{paper,rock,scissors}/ PNG, 300x300"),
    Dataset("datasets/rps-test-set.zip", LEARNING + "rps-test-set.zip",
            image_zip({"rps-test-set/": ["paper", "rock", "scissors"]}, per_class=3),
            "rps-test-set/{paper,rock,scissors}/ PNG, 300x300"),
    Dataset("datasets/cats_and_dogs_filtered.zip", MLEDU + "cats_and_dogs_filtered.zip",
            image_zip({"cats_and_dogs_filtered/train/": ["cats", "dogs"],
                       "cats_and_dogs_filtered/validation/": ["cats", "dogs"]},
                      fmt="JPEG", extra={"cats_and_dogs_filtered/vectorize.py": "# not used\n"}),
            "cats_and_dogs_filtered/{train,validation}/{cats,dogs}/ JPEG, sizes vary"),
    Dataset("datasets/sarcasm.json", TF_DATA + "sarcasm.json", sarcasm_json,
            "JSON array of {article_link, headline, is_sarcastic}, 26709 rows"),
    Dataset("datasets/bbc-text.csv", LEARNING + "bbc-text.csv", bbc_csv,
            "CSV with header category,text, 2225 rows, 5 categories"),
    Dataset("datasets/irish-lyrics-eof.txt", LEARNING + "irish-lyrics-eof.txt", text_file(LYRICS),
            "plain text, one lyric line per line"),
    Dataset("datasets/sonnets.txt", LEARNING + "sonnets.txt", text_file(LYRICS),
            "plain text, Shakespeare's sonnets"),
    Dataset("datasets/Sunspots.csv", TF_DATA + "Sunspots.csv", sunspots_csv,
            "CSV with header ,Date,Monthly Mean Total Sunspot Number; 3235 monthly rows"),
    Dataset("datasets/daily-min-temperatures.csv",
            "https://raw.githubusercontent.com/jbrownlee/Datasets/master/daily-min-temperatures.csv",
            temperatures_csv, 'CSV with header "Date","Temp"; 3650 daily rows'),
    Dataset("models/mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_96_no_top.h5",
            KERAS_APPLICATIONS + "mobilenet_v2/mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_96_no_top.h5",
            keras_weights_h5("mobilenet_v2_0.35_no_top"),
            "ImageNet weights of MobileNetV2(alpha=0.35, 96x96, include_top=False), HDF5, 2 MB"),
]


def by_file_name(name: str) -> Dataset:
    """The registry entry for a file name (as in a --data-dir).

    >>> by_file_name("Sunspots.csv").cache_path
    'datasets/Sunspots.csv'
    """
    for dataset in REGISTRY:
        if dataset.file_name == name:
            return dataset
    raise KeyError(name)


def build_all(keras_home: Path) -> None:
    """Write every registered tiny dataset under ``keras_home``."""
    for dataset in REGISTRY:
        target = Path(keras_home) / dataset.cache_path
        target.parent.mkdir(parents=True, exist_ok=True)
        dataset.build(target)

"""Images from folders: the sample grid, the default image size, validation_split without
overlap; and the course's full ImageDataGenerator augmentation, which needs SciPy."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pytest
from PIL import Image

from tests.harness import offline
from tests.harness.snippets import ROOT, run_snippet

FOLDERS = ROOT / "snippets" / "images" / "images-from-folders" / "dataset_from_directory.py"
EXAMPLES = ROOT / "snippets" / "images" / "augmentation" / "image_data_generator_examples.py"
GENERATOR = ROOT / "snippets" / "images" / "augmentation" / "image_data_generator_augmentation.py"
PNG = ROOT / "docs" / "images" / "img" / "image_data_generator_examples.png"


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    offline.clamp_training()
    titles: list[list[str]] = []
    show = plt.show

    def record(*args, **kwargs):
        titles.append([axis.get_title() for axis in plt.gcf().axes])
        plt.close("all")

    plt.show = record
    cwd = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("run"))
    try:
        namespace = run_snippet(FOLDERS)
    finally:
        plt.show = show
        os.chdir(cwd)
    return titles, namespace


def test_the_sample_grid_titles_images_with_their_labels(folders):
    titles, namespace = folders
    labels = namespace["labels"][:, 0].numpy().astype(int)
    assert titles[0] == [namespace["train_ds"].class_names[label] for label in labels[:12]]


def test_the_default_image_size_is_256(folders):
    _, namespace = folders
    assert tuple(namespace["default"].element_spec[0].shape) == (None, 256, 256, 3)


def test_validation_split_subsets_do_not_overlap_and_cover_the_folder(folders):
    _, namespace = folders
    train, valid = set(namespace["train_part"].file_paths), set(namespace["valid_part"].file_paths)
    assert train and valid and not train & valid
    assert train | valid == set(namespace["train_ds"].file_paths)


def test_the_page_shows_the_new_sections():
    text = (ROOT / "docs" / "images" / "images-from-folders.md").read_text(encoding="utf-8")
    for name in ("show", "default-size", "validation-split"):
        assert f"dataset_from_directory.py:{name}" in text
    assert "256x256" in text


def test_the_course_augmentation_runs_with_scipy():
    import scipy  # noqa: F401  (a declared dependency: pyproject.toml and requirements.lock)
    from tensorflow.keras.preprocessing.image import ImageDataGenerator

    datagen = ImageDataGenerator(
        rotation_range=40,
        width_shift_range=0.2,
        height_shift_range=0.2,
        shear_range=0.2,
        zoom_range=0.2,
        fill_mode="nearest",
    )
    image = np.arange(20 * 20 * 3, dtype="float32").reshape(20, 20, 3)
    changed = next(datagen.flow(image[np.newaxis], batch_size=1, seed=0))[0]
    assert changed.shape == image.shape and not np.allclose(changed, image)
    source = GENERATOR.read_text(encoding="utf-8")
    for argument in (
        "rotation_range=40",
        "width_shift_range=0.2",
        "height_shift_range=0.2",
        "shear_range=0.2",
        "zoom_range=0.2",
        "horizontal_flip=True",
        'fill_mode="nearest"',
    ):
        assert argument in source


def test_the_committed_before_after_picture_is_what_the_snippet_draws(tmp_path):
    run_snippet(EXAMPLES)  # the test's working directory is tmp_path
    fresh = np.asarray(Image.open(Path(tmp_path) / PNG.name).convert("RGB"), dtype=np.int16)
    committed = np.asarray(Image.open(PNG).convert("RGB"), dtype=np.int16)
    assert fresh.shape == committed.shape, (
        f"regenerate: cd docs/images/img && python {EXAMPLES.relative_to(ROOT)}"
    )
    assert np.abs(fresh - committed).mean() < 1.0
    assert f"](img/{PNG.name})" in (ROOT / "docs" / "images" / "augmentation.md").read_text(encoding="utf-8")

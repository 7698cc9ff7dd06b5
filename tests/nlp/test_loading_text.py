"""The IMDB-shaped fixture behaves like the real aclImdb_v1.tar.gz for the loading-text page."""

from __future__ import annotations

import tarfile

from tests.harness import datasets


def test_archive_has_the_real_layout_including_unsup(keras_home):
    with tarfile.open(keras_home / "datasets" / "aclImdb_v1.tar.gz") as archive:
        names = archive.getnames()
    assert any(name.startswith("aclImdb/train/unsup/") for name in names)
    for folder in ("train/pos/", "train/neg/", "test/pos/", "test/neg/"):
        assert sum(name.startswith(f"aclImdb/{folder}") for name in names) >= 6, folder
    assert "aclImdb/imdb.vocab" in names


def test_the_builder_is_deterministic(tmp_path):
    datasets.imdb_tar(tmp_path / "a.tar.gz")
    datasets.imdb_tar(tmp_path / "b.tar.gz")
    assert (tmp_path / "a.tar.gz").read_bytes() == (tmp_path / "b.tar.gz").read_bytes()


def test_unsup_becomes_a_third_class_unless_ignored(tmp_path):
    import tensorflow as tf

    with tarfile.open(_fixture(tmp_path)) as archive:
        archive.extractall(tmp_path, filter="data")
    train = tmp_path / "aclImdb" / "train"
    everything = tf.keras.utils.text_dataset_from_directory(train, verbose=False)
    labelled = tf.keras.utils.text_dataset_from_directory(train, class_names=["neg", "pos"], verbose=False)
    assert everything.class_names == ["neg", "pos", "unsup"]
    assert labelled.class_names == ["neg", "pos"]


def _fixture(tmp_path):
    path = tmp_path / "aclImdb_v1.tar.gz"
    datasets.imdb_tar(path)
    return path

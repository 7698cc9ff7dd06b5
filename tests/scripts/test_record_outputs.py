"""scripts/record_outputs.py: real runs in a real kernel, real data only, nothing lost on failure."""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from scripts import record_outputs
from scripts.lib import datasets, pages, recording
from tests.harness import datasets as stand_ins


@pytest.fixture
def demo(tmp_path, monkeypatch):
    """A one-notebook project: record_outputs sees only docs/demo.ipynb (cells given by the test)."""

    def make(*cells: str) -> record_outputs.Target:
        path = tmp_path / "demo.ipynb"
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code) for code in cells])
        nbformat.write(notebook, path)
        target = record_outputs.Target("demo/page", path)
        monkeypatch.setattr(record_outputs, "targets", lambda: [target])
        monkeypatch.setattr(record_outputs, "_stale", lambda chosen: [])
        return target

    return make


def _error(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def test_help(capsys):
    assert record_outputs.main(["--help"]) == 0
    assert "--data-dir" in capsys.readouterr().out


def test_unknown_notebook_is_one_line_and_exit_2(capsys):
    assert record_outputs.main(["--only", "no-such-area/no-page"]) == 2
    assert _error(capsys) == ["error: no notebook matches 'no-such-area/no-page' (see --list)"]


def test_missing_data_dir_is_one_line_and_exit_2(demo, tmp_path, capsys):
    demo("print(1)")
    assert record_outputs.main(["--data-dir", str(tmp_path / "nowhere")]) == 2
    assert _error(capsys) == [f"error: --data-dir {tmp_path / 'nowhere'}: no such folder"]


def test_a_stand_in_never_passes_for_real_data(demo, tmp_path, capsys):
    """The test harness's Sunspots.csv has nearly the real size; its SHA-256 gives it away."""
    demo("print(1)")
    data = tmp_path / "data"
    data.mkdir()
    stand_ins.builder(datasets.by_file_name("Sunspots.csv"))(data / "Sunspots.csv")
    before = (tmp_path / "demo.ipynb").read_bytes()
    assert record_outputs.main(["--data-dir", str(data)]) == 2
    (line,) = _error(capsys)
    assert line.startswith(f"error: --data-dir {data}: Sunspots.csv: ") and "the real file" in line
    assert (tmp_path / "demo.ipynb").read_bytes() == before


def test_unrecorded_file_in_data_dir_is_refused(demo, tmp_path, capsys):
    demo("print(1)")
    data = tmp_path / "data"
    data.mkdir()
    (data / "rps.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    assert record_outputs.main(["--data-dir", str(data)]) == 2
    assert "rps.zip: no size and SHA-256 recorded yet" in _error(capsys)[0]


def test_a_file_that_is_neither_the_origins_nor_a_known_copy_is_refused(demo, tmp_path, capsys):
    demo("print(1)")
    data = tmp_path / "data"
    data.mkdir()
    (data / "sarcasm.json").write_text("[]", encoding="utf-8")
    assert record_outputs.main(["--data-dir", str(data)]) == 2
    assert (
        "sarcasm.json: neither the origin's file (not registered yet) nor a known copy" in _error(capsys)[0]
    )


@pytest.fixture
def registry_with_a_copy(tmp_path, monkeypatch):
    """A registry where a.csv's origin file is b"abc" and b"a,b,c" is an accepted copy of its data."""
    copy = datasets.Copy(5, datasets.sha256_bytes(b"a,b,c"), "the same letters, rebuilt")
    entries = [
        datasets.Dataset(
            "datasets/a.csv", "https://example.org/a.csv", "letters", 3, datasets.sha256_bytes(b"abc")
        ),
        datasets.Dataset("datasets/b.csv", "https://example.org/b.csv", "letters", None, None, (), (copy,)),
        datasets.Dataset(
            "datasets/set/c.gz", "https://example.org/c.gz", "a set", 1, datasets.sha256_bytes(b"c")
        ),
    ]
    path = tmp_path / "registry.json"
    path.write_text(datasets.dumps(entries), encoding="utf-8")
    monkeypatch.setattr(datasets, "REGISTRY", datasets.load(path))
    return path


def test_data_dir_takes_copies_cache_sub_folders_and_ignores_other_files(registry_with_a_copy, tmp_path):
    data = tmp_path / "data"
    (data / "set").mkdir(parents=True)
    (data / "a.csv").write_bytes(b"abc")
    (data / "b.csv").write_bytes(b"a,b,c")
    (data / "set" / "c.gz").write_bytes(b"c")
    (data / "unrelated.tar").write_bytes(bytes(1000))  # not in the registry: never opened
    found = record_outputs.check_data_dir(data)
    assert sorted(path.relative_to(data).as_posix() for _, path in found) == ["a.csv", "b.csv", "set/c.gz"]
    home = tmp_path / "keras"
    assert datasets.seed_keras_cache(data, home, strict=True) == ["a.csv", "b.csv", "c.gz"]
    assert (home / "datasets" / "set" / "c.gz").read_bytes() == b"c"


def test_a_copy_is_named_in_the_provenance_and_never_registered_as_the_origins(
    registry_with_a_copy, tmp_path
):
    home = tmp_path / "keras"
    (home / "datasets").mkdir(parents=True)
    (home / "datasets" / "a.csv").write_bytes(b"abc")
    (home / "datasets" / "b.csv").write_bytes(b"a,b,c")
    rows, first = record_outputs.data_seen(home)
    assert [row.get("copy") for row in rows] == [None, "the same letters, rebuilt"]
    assert first == {}  # the origin's b.csv stays unregistered: a reader's download is never refused
    assert recording.data_line(rows) == (
        "Data: a.csv as published at its origin (size and SHA-256 checked); b.csv: the same letters, rebuilt."
    )
    (home / "datasets" / "b.csv").write_bytes(b"a;b;c")  # neither: a first sighting, as before
    assert list(record_outputs.data_seen(home)[1]) == ["datasets/b.csv"]


def test_register_skips_copies(registry_with_a_copy, tmp_path, monkeypatch):
    path = tmp_path / "demo.ipynb"
    notebook = nbformat.v4.new_notebook()
    row = {
        "name": "b.csv",
        "origin": "https://example.org/b.csv",
        "size": 5,
        "sha256": "x",
        "copy": "rebuilt",
    }
    notebook.metadata["recording"] = {"data": [row]}
    nbformat.write(notebook, path)
    monkeypatch.setattr(datasets, "DATA", registry_with_a_copy)
    monkeypatch.setattr(datasets, "record", lambda found, path=registry_with_a_copy: sorted(found))
    assert record_outputs.register([record_outputs.Target("demo/page", path)]) == 0
    assert datasets.load(registry_with_a_copy)[1].sha256 is None


def test_no_download_skips_and_names_the_missing_file(demo, capsys):
    demo("import tensorflow as tf\npath = tf.keras.utils.get_file('sarcasm.json', origin=URL)")
    assert record_outputs.main(["--no-download"]) == 0
    assert "skip  demo/page: needs sarcasm.json" in capsys.readouterr().out


@pytest.mark.slow
def test_records_text_figures_and_provenance_in_a_real_kernel(demo, capsys):
    target = demo(
        "import sys\nprint('loss 0.25')\nprint('progress 1/2\\rprogress 2/2')\nprint('warned', file=sys.stderr)\n"
        "import os\nprint(sys.executable, os.getcwd())",
        "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], label='train')\nplt.title('Loss')\n"
        "plt.xlabel('epoch')\nplt.legend()\nplt.show()",
    )
    assert record_outputs.main([]) == 0, capsys.readouterr().err
    notebook = nbformat.read(target.path, as_version=4)
    first, second = [cell for cell in notebook.cells if cell.cell_type == "code"]
    # No path of the recording machine: the environment and working folder are named, not shown.
    assert recording.output_text(first.outputs) == (
        f"loss 0.25\nprogress 2/2\n<your Python environment>/bin/{Path(sys.executable).name} .\n"
    )
    assert any(o.get("name") == "stderr" and "warned" in o["text"] for o in first.outputs)
    ((png, alt),) = recording.output_images(second.outputs)
    assert base64.b64decode(png)[:4] == b"\x89PNG" and len(base64.b64decode(png)) <= recording.MAX_PNG_BYTES
    assert alt == "Figure: Loss; x: epoch; lines: train"
    chains = pages.chain_hashes([first.source, second.source])
    assert [first.metadata["recording"]["chain"], second.metadata["recording"]["chain"]] == chains
    meta = notebook.metadata["recording"]
    assert set(meta) == {"date", "tensorflow", "keras", "python", "cpu", "seconds", "cells", "data"}
    assert meta["cells"] == 2
    assert meta["tensorflow"][0].isdigit() and "-core " in meta["cpu"] and meta["data"] == []
    json.dumps(meta, allow_nan=False)


@pytest.mark.slow
def test_a_failing_cell_is_named_and_nothing_is_lost(demo, capsys):
    target = demo("x = 1", "raise ValueError('boom')")
    before = target.path.read_bytes()
    assert record_outputs.main([]) == 1
    assert _error(capsys) == [
        "error: demo/page: cell 2 (\"raise ValueError('boom')\") failed: ValueError: boom"
    ]
    assert target.path.read_bytes() == before


def test_list_names_every_page_notebook_and_solution(capsys):
    assert record_outputs.main(["--list"]) == 0
    names = capsys.readouterr().out.split()
    assert "basics/hello-tensorflow" in names and "solutions/category5" in names
    assert len(names) == len(pages.pages_with_code()) + 5


def test_check_lists_a_notebook_that_lost_recorded_outputs(demo, capsys):
    """Recorded with 2 code cells; then its code changed and make notebooks dropped one output."""
    target = demo("x = 1", "print(x)")
    notebook = nbformat.read(target.path, as_version=4)
    first, second = [cell for cell in notebook.cells if cell.cell_type == "code"]
    first.metadata = {"recording": {"chain": "a", "seconds": 0.1}}
    notebook.metadata["recording"] = {"cells": 2}
    nbformat.write(notebook, target.path)
    assert record_outputs.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert (
        "lost  demo/page: 1 of 2 code cells recorded, 2 when recorded; record it again: make outputs" in out
    )
    second.metadata = {"recording": {"chain": "b", "seconds": 0.1}}
    nbformat.write(notebook, target.path)
    assert record_outputs.main(["--check"]) == 0
    assert capsys.readouterr().out.strip() == "no notebook lost recorded outputs"


def test_every_committed_notebook_keeps_the_outputs_it_was_recorded_with(capsys):
    """Code changed on a recorded page drops its outputs: record the page again before you stop."""
    code = record_outputs.check(record_outputs.targets())
    assert code == 0, capsys.readouterr().out


def test_tfds_gets_our_real_files_as_its_own_downloads(tmp_path, monkeypatch):
    """A file whose SHA-256 TFDS registered for a URL goes where TFDS keeps that download, with
    the .INFO file TFDS writes beside one; files TFDS does not know are left alone."""
    import tensorflow_datasets as tfds
    from tensorflow_datasets.core.download import checksums, resource

    ours = tmp_path / "t10k-labels-idx1-ubyte.gz"
    ours.write_bytes(b"labels")
    other = tmp_path / "other.csv"
    other.write_bytes(b"x")
    url = "https://example.org/t10k-labels-idx1-ubyte.gz"
    info = checksums.UrlInfo(size=6, checksum=datasets.sha256_bytes(b"labels"), filename=ours.name)
    monkeypatch.setattr(tfds, "builder", lambda name, data_dir: SimpleNamespace(url_infos={url: info}))
    files = [(datasets.by_file_name(ours.name), ours), (datasets.by_file_name("Sunspots.csv"), other)]
    home = tmp_path / "tfds"
    assert record_outputs.seed_tfds("ds = tfds.load('fashion_mnist', split='train')", files, home) == [
        ours.name
    ]
    target = home / "downloads" / resource.get_dl_fname(url, info.checksum)
    assert target.read_bytes() == b"labels" and resource.is_locally_cached(target)
    assert record_outputs.seed_tfds("import tensorflow as tf", files, tmp_path / "none") == []

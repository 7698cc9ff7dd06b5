"""Product code never imports test code, and the test stand-ins cover exactly the registry."""

from __future__ import annotations

import ast

from scripts.lib import datasets as registry
from scripts.lib.site import ROOT
from tests.harness import datasets as stand_ins

PRODUCT = ("scripts", "overrides", "snippets")


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_nothing_outside_tests_imports_tests():
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for folder in PRODUCT
        for path in sorted((ROOT / folder).rglob("*.py"))
        for name in _imports(path)
        if name == "tests" or name.startswith("tests.")
    ]
    assert not offenders, offenders


def test_the_check_finds_an_import_of_tests(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom tests.harness import offline\n", encoding="utf-8")
    assert "tests.harness" in list(_imports(bad))


def test_every_registered_file_has_a_stand_in_and_no_stand_in_is_unregistered():
    names = {dataset.file_name for dataset in registry.REGISTRY}
    assert names == set(stand_ins.BUILDERS)


def test_recorded_real_files_are_not_their_stand_ins(tmp_path):
    """A stand-in must never pass for the real file, even when its size is close (Sunspots.csv)."""
    recorded = [dataset for dataset in registry.REGISTRY if dataset.recorded]
    assert recorded, "the registry records at least the files the site was verified with"
    for dataset in recorded:
        target = tmp_path / dataset.file_name
        stand_ins.builder(dataset)(target)
        assert dataset.check(target), f"the stand-in for {dataset.file_name} passes as the real file"


def test_no_stand_in_passes_for_the_real_file_or_an_accepted_copy(tmp_path):
    """The recorder and the verifier take a --data-dir file as the origin's or as a listed copy: never a stand-in."""
    for dataset in registry.REGISTRY:
        if not (dataset.recorded or dataset.copies):
            continue
        target = tmp_path / dataset.file_name
        stand_ins.builder(dataset)(target)
        copy, problem = dataset.identify(target)
        assert copy is None and problem, f"the stand-in for {dataset.file_name} passes for real data"


def test_a_copys_hash_is_never_the_origins():
    """A rebuilt copy differs from the origin's bytes: registering its hash would refuse a reader's download."""
    for dataset in registry.REGISTRY:
        for copy in dataset.copies:
            assert copy.sha256 != dataset.sha256, (
                f"{dataset.file_name}: a copy registered as the origin's file"
            )

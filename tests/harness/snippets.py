"""Find, run and doctest the snippet files under snippets/ (the code the site shows)."""

from __future__ import annotations

import ast
import doctest
import io
import sys
import types
from dataclasses import dataclass
from pathlib import Path

from tests.harness import linecov, offline

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "snippets"
DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def snippet_files(root: Path = SNIPPETS) -> list[Path]:
    """Every snippet file, in a stable order."""
    return sorted(path for path in root.rglob("*.py") if "__pycache__" not in path.parts)


@dataclass(frozen=True)
class Docstring:
    name: str  # "module" or the function/class's qualified name
    text: str
    lineno: int


def docstrings_with_examples(path: Path) -> list[Docstring]:
    """Docstrings in ``path`` that hold ``>>>`` examples, found without running the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Docstring] = []

    def visit(node, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                text = ast.get_docstring(child, clean=False)
                if text and ">>>" in text:
                    found.append(Docstring(name, text, child.body[0].lineno))
                visit(child, name + ".")

    module_doc = ast.get_docstring(tree, clean=False)
    if module_doc and ">>>" in module_doc:
        found.append(Docstring("module", module_doc, 1))
    visit(tree, "")
    return found


def run_snippet(path: Path) -> dict:
    """Run a snippet file as ``__main__``, as ``runpy.run_path`` does, and return its namespace.

    The file runs as written; it is compiled with line recording for coverage
    (tests/harness/linecov.py), so coverage.py's tracer does not slow TensorFlow down meanwhile.
    Keras and matplotlib state are reset afterwards, so snippets cannot leak into each other.
    """
    import matplotlib.pyplot as plt

    code = linecov.compile_recorded(path.read_text(encoding="utf-8"), str(path))
    module = types.ModuleType("__main__")
    module.__dict__.update(
        __file__=str(path), __cached__=None, __loader__=None, __package__="", __spec__=None
    )
    main, argv = sys.modules["__main__"], sys.argv[:]
    sys.modules["__main__"], sys.argv = module, [str(path)]
    try:
        with linecov.recording(module.__dict__):
            exec(code, module.__dict__)  # noqa: S102
        return dict(module.__dict__)
    finally:
        sys.modules["__main__"], sys.argv = main, argv
        plt.close("all")
        offline.reset_keras()


def run_doctest(docstring: Docstring, namespace: dict, filename: str) -> tuple[int, str]:
    """Run one docstring's examples against a snippet's namespace; return (failures, report)."""
    test = doctest.DocTestParser().get_doctest(
        docstring.text, dict(namespace), f"{filename}::{docstring.name}", filename, docstring.lineno
    )
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    runner.run(test, out=report.write)
    return runner.failures, report.getvalue()

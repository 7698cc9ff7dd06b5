"""Count the snippet lines a page runs without coverage.py's trace function in the way.

On Python 3.11 any trace function slows every Python call in the process, TensorFlow's own
included, and a page's time goes to TensorFlow tracing its models in Python: nlp/model-comparison
took 45 s without coverage and 64 s with it. The harness compiles each snippet section itself
(tests/harness/pages.py), so it compiles it with a call before every statement that records the
statement's line, pauses coverage.py while the page runs, and then adds the recorded lines to
coverage.py's data. They are the lines coverage.py counts for the same run: a statement's first line
(coverage.py maps a multi-line statement to it), a decorator's line, and an ``except`` line when its
handler runs (tests/test_harness.py checks that every line coverage.py calls a statement in a snippet
file is one of these). Code that runs after the page (doctests, other tests) is measured by
coverage.py itself.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import sys
from collections.abc import Iterator
from types import CodeType

RECORDER = "__snippet_line__"  # the name the inserted calls use in the page's namespace


def _ignore(_lines) -> None:
    """The recorder where no namespace defines one: a function rebuilt from its code elsewhere (a
    Keras Lambda layer reloaded from a file, say) runs as it would for a reader."""


builtins.__dict__.setdefault(RECORDER, _ignore)


def statement_lines(tree: ast.AST) -> set[int]:
    """The lines an instrumented ``tree`` can record: where statements, decorators and handlers start."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.stmt, ast.ExceptHandler)):
            lines.add(node.lineno)
        lines.update(decorator.lineno for decorator in getattr(node, "decorator_list", ()))
    return lines


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _record(path: str, lines: list[int], where: ast.AST) -> ast.stmt:
    call = ast.Expr(
        ast.Call(ast.Name(RECORDER, ast.Load()), [ast.Constant((path, tuple(lines)))], []),
    )
    return ast.copy_location(call, where)


class _Instrument(ast.NodeVisitor):
    """Put a recording call before every statement of every statement list, nested ones included."""

    def __init__(self, path: str):
        self.path = path

    def _body(
        self, body: list[ast.stmt], documented: bool, handler_line: int | None = None
    ) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for index, node in enumerate(body):
            self.visit(node)
            if index == 0 and documented and _is_docstring(node):
                out.append(node)  # a docstring must stay first; coverage.py does not count it
                continue
            lines = [node.lineno, *(decorator.lineno for decorator in getattr(node, "decorator_list", ()))]
            if index == 0 and handler_line is not None:
                lines.append(handler_line)  # the ``except`` line counts when its handler runs
            out.extend((_record(self.path, lines, node), node))
        return out

    def generic_visit(self, node):
        documented = isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        for field in ("body", "orelse", "finalbody"):
            value = getattr(node, field, None)
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                setattr(node, field, self._body(value, documented and field == "body"))
        for handler in getattr(node, "handlers", ()):  # try / try*
            handler.body = self._body(handler.body, False, handler.lineno)
        for case in getattr(node, "cases", ()):  # match
            case.body = self._body(case.body, False)


def compile_recorded(source: str, path: str) -> CodeType:
    """``compile(source, path, "exec")``, with every statement recording its line first."""
    tree = ast.parse(source, filename=path)
    _Instrument(path).visit(tree)
    ast.fix_missing_locations(tree)
    return compile(tree, path, "exec")


@contextlib.contextmanager
def recording(namespace: dict) -> Iterator[None]:
    """Run the block with coverage.py paused (when it runs), recording lines into its data instead.

    The recorded lines go to coverage.py even when the block raises, as they would have with
    coverage.py tracing. Without coverage.py the inserted calls only cost a set insertion each.
    """
    hits: set[tuple[str, tuple[int, ...]]] = set()
    namespace[RECORDER] = hits.add
    coverage = sys.modules.get("coverage")
    # Stopping the latest Coverage resumes the one started before it (a pytest-xdist worker under
    # pytest-cov runs two), so stop each until no trace function is left.
    paused = []
    while coverage is not None and sys.gettrace() is not None:
        cov = coverage.Coverage.current()
        if cov is None:
            break  # a trace function that is not coverage.py's (a debugger): leave it alone
        cov.stop()
        paused.append(cov)
    try:
        yield
    finally:
        lines: dict[str, set[int]] = {}
        for path, numbers in hits:
            lines.setdefault(path, set()).update(numbers)
        measured = {path: sorted(numbers) for path, numbers in lines.items()}
        for cov in reversed(paused):
            cov.get_data().add_lines(measured)
            cov.start()

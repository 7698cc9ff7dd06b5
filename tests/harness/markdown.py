"""Find the fenced code blocks of the Markdown pages under docs/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*\{?\.?(?P<lang>[\w+-]*)")
INCLUDE = re.compile(r'^--8<--\s+"(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"\s*$')
PYTHON = {"python", "py", "python3"}


@dataclass(frozen=True)
class Block:
    lang: str
    code: str
    lineno: int  # 1-based line of the opening fence


def pages(root: Path = DOCS) -> list[Path]:
    return sorted(root.rglob("*.md"))


def code_blocks(text: str) -> list[Block]:
    """Fenced blocks of a Markdown text, with their language and dedented content.

    >>> [b.lang for b in code_blocks("```python\\nx = 1\\n```\\n\\n    ```pycon\\n    >>> 1\\n    1\\n    ```\\n")]
    ['python', 'pycon']
    >>> code_blocks("````markdown\\n```python\\nx\\n```\\n````\\n")[0].lang
    'markdown'
    """
    blocks: list[Block] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        indent, fence, lang = match["indent"], match["fence"], match["lang"].lower()
        body, end = [], index + 1
        while end < len(lines) and not (
            lines[end].strip().startswith(fence)
            and set(lines[end].strip()) == {fence[0]}
            and len(lines[end].strip()) >= len(fence)
        ):
            line = lines[end]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            end += 1
        blocks.append(Block(lang, "\n".join(body) + "\n", index + 1))
        index = end + 1
    return blocks


def includes(block: Block) -> list[tuple[str, str | None]] | None:
    """The (path, section) includes a block consists of, or None if it holds anything else."""
    found = []
    for line in block.code.splitlines():
        if not line.strip():
            continue
        match = INCLUDE.match(line.strip())
        if not match:
            return None
        found.append((match["path"], match["section"]))
    return found or None

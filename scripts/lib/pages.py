"""A topic page as a reader copies it: its prose, and its Python blocks in page order.

A page ``docs/<area>/<page>.md`` shows code through snippet includes. This module reads a page
the way a reader does and returns its parts:

* every fenced code block, with the code the site shows (the includes expanded by
  pymdownx.snippets itself, with the site's settings, so nothing can differ from the page);
* whether a Python block is *run*: blocks in the first tab of a tab group ("Keras 3 (current)")
  and in the "Try it yourself" solutions are; blocks in later tabs ("Course-era (TF 2.x)") are
  shown but not run, since they need an older stack;
* the notebook cells of the page: Markdown cells for the prose (MkDocs-only syntax turned into
  plain Markdown, links made absolute so they work in Colab), one code cell per run block.

Used by scripts/build_notebooks.py (the page notebooks), overrides/hooks/outputs.py (recorded
outputs under their blocks) and the tests.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*\{?\.?(?P<lang>[\w+-]*)")
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"\s*$')
TAB = re.compile(r'^(?P<indent>\s*)===\+?\s+"(?P<title>[^"]*)"\s*$')
ADMONITION = re.compile(r'^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+(?P<kind>[\w-]+)(?:\s+"(?P<title>[^"]*)")?\s*$')
HEADING_ATTRS = re.compile(r"^(#{1,6} .*?)\s*\{[^}]*\}\s*$")
LINK = re.compile(r"(!?\[[^\]]*\]\()([^)\s]+)(\))")
PYTHON = {"python", "py", "python3"}


@dataclass
class Block:
    """One fenced code block of a page."""

    lang: str
    source: str  # the block's text as written in the page (include lines), dedented
    code: str  # what the reader sees: includes expanded
    indent: str  # the fence's indentation in the page
    start: int  # 0-based line of the opening fence
    end: int  # 0-based line of the closing fence
    run: bool  # a Python block that the notebook runs
    tab: str | None = None  # the title of the tab it sits in
    includes: list[tuple[str, str | None]] = field(default_factory=list)


@dataclass
class Page:
    path: Path  # docs/<area>/<page>.md
    lines: list[str]
    blocks: list[Block]
    docs: Path = DOCS

    @property
    def src_uri(self) -> str:
        return self.path.relative_to(self.docs).as_posix()

    @property
    def notebook_path(self) -> Path:
        return self.path.with_suffix(".ipynb")

    @property
    def run_blocks(self) -> list[Block]:
        return [block for block in self.blocks if block.run]


@lru_cache(maxsize=1)
def _snippets():
    """pymdownx.snippets' own preprocessor, configured as in mkdocs.yml."""
    import markdown

    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(ROOT)], "check_paths": True, "dedent_subsections": True}
        },
    )
    return md.preprocessors["snippet"]


def expand(text: str) -> str:
    """The code a block shows: its ``--8<--`` includes expanded exactly as the site does."""
    preprocessor = _snippets()
    preprocessor.seen = set()
    return "\n".join(preprocessor.run(text.splitlines())).strip("\n") + "\n"


def _includes(text: str) -> list[tuple[str, str | None]]:
    found = []
    for line in text.splitlines():
        match = INCLUDE.match(line)
        if match:
            found.append((match["path"], match["section"]))
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def parse(path: Path, text: str | None = None, docs: Path = DOCS) -> Page:
    """Read a Markdown page into its code blocks (with their tab and whether they run)."""
    text = path.read_text(encoding="utf-8") if text is None else text
    lines = text.splitlines()
    blocks: list[Block] = []
    # Open containers (tabs, admonitions): (indent, kind, title, first tab of its group?).
    containers: list[tuple[int, str, str, bool]] = []
    last_tab_indent: dict[int, int] = {}  # indent -> line of the last tab marker seen there
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip():
            while containers and _indent(line) < containers[-1][0] + 4:
                containers.pop()
        tab = TAB.match(line)
        admonition = ADMONITION.match(line)
        fence = FENCE.match(line)
        if tab:
            level = len(tab["indent"])
            previous = last_tab_indent.get(level)
            first = previous is None or not _tab_group_continues(lines, previous, index, level)
            last_tab_indent[level] = index
            containers.append((level, "tab", tab["title"], first))
        elif admonition:
            containers.append((len(admonition["indent"]), "admonition", admonition["title"] or "", True))
        elif fence:
            indent, marker, lang = fence["indent"], fence["fence"], fence["lang"].lower()
            body, end = [], index + 1
            while end < len(lines) and not (
                lines[end].strip().startswith(marker)
                and set(lines[end].strip()) == {marker[0]}
                and len(lines[end].strip()) >= len(marker)
            ):
                raw = lines[end]
                body.append(raw[len(indent) :] if raw.startswith(indent) else raw.lstrip())
                end += 1
            source = "\n".join(body) + "\n"
            tabs = [c for c in containers if c[1] == "tab"]
            run = lang in PYTHON and all(c[3] for c in tabs)
            found = _includes(source) if lang in PYTHON else []
            code = expand(source) if found else source
            blocks.append(
                Block(lang, source, code, indent, index, end, run, tabs[-1][2] if tabs else None, found)
            )
            index = end + 1
            continue
        index += 1
    return Page(path, lines, blocks, docs)


def _tab_group_continues(lines: list[str], previous: int, current: int, level: int) -> bool:
    """Whether the tab at ``current`` belongs to the same group as the tab at ``previous``.

    A group ends at any non-blank line indented less than its tabs' content.
    """
    for line in lines[previous + 1 : current]:
        if line.strip() and _indent(line) <= level and not TAB.match(line):
            return False
    return True


def pages(root: Path = DOCS) -> list[Path]:
    return sorted(root.rglob("*.md"))


def pages_with_code(root: Path = DOCS) -> list[Page]:
    """Every page that runs Python code, parsed."""
    found = []
    for path in pages(root):
        page = parse(path, docs=root)
        if page.run_blocks:
            found.append(page)
    return found


# --- chain hashes: an output belongs to its code and to all code run before it -------------------


def chain_hashes(codes: list[str]) -> list[str]:
    """A hash per code cell that covers the cell and every cell before it.

    A recorded output is shown only while its hash still matches, so changing an earlier cell
    (which may change what a later cell prints) retires the later outputs too.

    >>> a, b = chain_hashes(["x = 1\\n", "print(x)\\n"])
    >>> chain_hashes(["x = 2\\n", "print(x)\\n"])[1] != b and chain_hashes(["x = 1\\n", "print(x)\\n"])[1] == b
    True
    """
    hashes, running = [], hashlib.sha256()
    for code in codes:
        running.update(code.encode("utf-8"))
        running.update(b"\0")
        hashes.append(running.copy().hexdigest()[:16])
    return hashes


# --- Markdown for a notebook ----------------------------------------------------------------------


def absolute_link(target: str, src_uri: str, site_url: str) -> str:
    """A link of the page ``src_uri`` made absolute on the published site (for Colab).

    >>> absolute_link("anatomy.md#split", "time-series/baselines.md", "https://x.io/guide/")
    'https://x.io/guide/time-series/anatomy/#split'
    >>> absolute_link("../nlp/index.md", "time-series/baselines.md", "https://x.io/guide/")
    'https://x.io/guide/nlp/'
    >>> absolute_link("img/a.png", "time-series/anatomy.md", "https://x.io/guide/")
    'https://x.io/guide/time-series/img/a.png'
    >>> absolute_link("https://keras.io/", "a/b.md", "https://x.io/guide/")
    'https://keras.io/'
    >>> absolute_link("#split", "a/b.md", "https://x.io/guide/")
    'https://x.io/guide/a/b/#split'
    """
    if re.match(r"^[a-z][a-z0-9+.-]*:", target):
        return target
    base = site_url.rstrip("/") + "/"
    path, _, anchor = target.partition("#")
    suffix = f"#{anchor}" if anchor else ""
    if not path:
        return base + _page_url(src_uri) + suffix
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), path))
    if resolved.endswith(".md"):
        return base + _page_url(resolved) + suffix
    return base + resolved + suffix


def _page_url(src_uri: str) -> str:
    from scripts.lib.browser import page_path  # the URL path MkDocs gives a page (directory URLs)

    return page_path(src_uri)


def notebook_markdown(lines: list[str], src_uri: str, site_url: str) -> str:
    """Page prose as plain Markdown: no tab or admonition markers, no heading attributes.

    >>> print(notebook_markdown(['## Split { #split }', '', '=== "Keras 3"', '', '    Use `x`.'], "a/b.md", "https://s/"))
    ## Split
    <BLANKLINE>
    **Keras 3**
    <BLANKLINE>
    Use `x`.
    """
    out: list[str] = []
    containers: list[int] = []
    for line in lines:
        if line.strip():
            while containers and _indent(line) < containers[-1] + 4:
                containers.pop()
        depth = 4 * len(containers)
        body = line[depth:] if line[:depth].strip() == "" else line.lstrip()
        tab, admonition = TAB.match(line), ADMONITION.match(line)
        if tab:
            out.append(f"**{tab['title']}**")
            containers.append(_indent(line))
            continue
        if admonition:
            title = admonition["title"] if admonition["title"] is not None else admonition["kind"].title()
            out.append(f"**{title}**" if title else "")
            containers.append(_indent(line))
            continue
        heading = HEADING_ATTRS.match(body)
        if heading:
            body = heading[1]
        body = LINK.sub(lambda m: m[1] + absolute_link(m[2], src_uri, site_url) + m[3], body)
        out.append(body)
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def notebook_cells(page: Page, site_url: str) -> list[tuple[str, str]]:
    """The page as ("markdown" | "code", text) cells, in page order.

    Run blocks become code cells; every other block stays in the Markdown, with its includes
    expanded, so a course-era tab shows its code without running it.
    """
    cells: list[tuple[str, str]] = []
    pending: list[str] = []

    def flush():
        text = notebook_markdown(pending, page.src_uri, site_url)
        if text:
            cells.append(("markdown", text))
        pending.clear()

    position = 0
    for block in page.blocks:
        pending.extend(page.lines[position : block.start])
        if block.run:
            flush()
            cells.append(("code", block.code.rstrip("\n")))
        else:
            fence_open, fence_close = (
                page.lines[block.start],
                page.lines[block.end] if block.end < len(page.lines) else "```",
            )
            pending.append(fence_open)
            pending.extend(
                block.indent + line if line else "" for line in block.code.rstrip("\n").split("\n")
            )
            pending.append(fence_close)
        position = block.end + 1
    pending.extend(page.lines[position:])
    flush()
    return cells


# --- which snippet files a page runs whole ------------------------------------------------------

SECTION_MARK = re.compile(r"^\s*#\s*--8<--\s*\[(?P<kind>start|end):(?P<name>[\w-]+)\]")


def section_spans(path: Path) -> dict[str, tuple[int, int]]:
    """Each section of a snippet file: (line of its start marker, line of its end marker), 1-based."""
    spans, starts = {}, {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = SECTION_MARK.match(line)
        if match and match["kind"] == "start":
            starts.setdefault(match["name"], number)
        elif match and match["name"] in starts:
            spans[match["name"]] = (starts.pop(match["name"]), number)
    return spans


def section_source(path: Path, section: str | None) -> tuple[int, str]:
    """(first line, code) of a section as the file holds it, dedented: code to run with the file's
    own name and line numbers, so tracebacks and coverage point into the snippet file."""
    import textwrap

    lines = path.read_text(encoding="utf-8").splitlines()
    if section is None:
        return 1, "\n".join(lines) + "\n"
    start, end = section_spans(path)[section]
    # Markers of other sections inside this one are dropped, as the site drops them (blank lines
    # keep the line numbers).
    body = ["" if SECTION_MARK.match(line) else line for line in lines[start : end - 1]]
    return start + 1, textwrap.dedent("\n".join(body)) + "\n"


def runs_whole_file(path: Path, shown: list[str | None]) -> bool:
    """Whether showing ``shown`` (sections, in page order) runs every statement of ``path`` in file order.

    Only the module docstring, comments and blank lines may lie outside the shown sections.
    """
    import ast

    if None in shown:
        return shown == [None]
    spans = section_spans(path)
    if any(name not in spans for name in shown):
        return False
    in_file_order = sorted(spans, key=lambda name: spans[name][0])
    if shown != [name for name in in_file_order if name in shown]:
        return False
    body = ast.parse(path.read_text(encoding="utf-8")).body
    if (
        body
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
        and isinstance(body[0].value.value, str)
    ):
        body = body[1:]
    ranges = [spans[name] for name in shown]
    return all(any(start < node.lineno and node.end_lineno < end for start, end in ranges) for node in body)


def files_run_by_pages(root: Path = DOCS) -> dict[str, str]:
    """Snippet files (repository paths) that a page runs whole, in file order: path -> page src_uri.

    Their statements all run when the page's notebook runs, so the tests run them through the
    page (tests/site/test_page_notebooks.py) rather than a second time on their own.
    """
    found: dict[str, str] = {}
    for page in pages_with_code(root):
        shown: dict[str, list[str | None]] = {}
        for block in page.run_blocks:
            for path, section in block.includes:
                shown.setdefault(path, []).append(section)
        for path, sections in shown.items():
            if path not in found and runs_whole_file(ROOT / path, sections):
                found[path] = page.src_uri
    return found

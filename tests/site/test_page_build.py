"""One page's build checks in a second, without building the whole site.

Each page is rendered with the site's own Markdown extensions (mkdocs.yml): a snippet include
whose file or section is missing fails, as in the strict build. Every relative link and image of
the page must point at a file under docs/, and every anchor at a heading or `{ #id }` that exists.
`make test-page` runs this for one page; the strict build in tests/site/test_build.py remains the
check of the whole site.
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import pytest

from scripts.lib.browser import site_config

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
LINK = re.compile(r'(?:href|src)="([^"]*)"')
ID = re.compile(r'\bid="([^"]+)"')


def _id(page: Path) -> str:
    return page.relative_to(DOCS).as_posix()


@functools.cache
def _extensions() -> tuple[list, dict]:
    config = site_config(ROOT / "mkdocs.yml")  # a safe loader that also reads mkdocs.yml's `!ENV` tags
    names, configs = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if options:
            configs[name] = options
    return names, configs


@functools.cache
def render(page: Path) -> str:
    """The page's HTML as the site's Markdown extensions make it (includes resolved from ROOT)."""
    names, configs = _extensions()
    snippets = dict(configs.get("pymdownx.snippets", {}))
    snippets["base_path"] = [str(ROOT / base) for base in snippets.get("base_path", ["."])]
    configs = {**configs, "pymdownx.snippets": snippets}
    converter = markdown.Markdown(extensions=names, extension_configs=configs)
    return converter.convert(page.read_text(encoding="utf-8"))


def _anchors(page: Path) -> set[str]:
    return {html.unescape(anchor) for anchor in ID.findall(render(page))}


def _problems(page: Path, docs: Path = DOCS) -> list[str]:
    problems = []
    for raw in LINK.findall(render(page)):
        link = urlsplit(html.unescape(raw))
        if link.scheme or link.netloc or raw.startswith(("/", "mailto:")):
            continue  # another site, or something the theme adds: not this check's business
        target = page if not link.path else (page.parent / unquote(link.path)).resolve()
        if link.path.endswith("/"):
            target = target / "index.md"
        if not target.is_file() or docs.resolve() not in target.parents:
            problems.append(f"{raw}: no such file under docs/")
        elif link.fragment and target.suffix == ".md" and unquote(link.fragment) not in _anchors(target):
            problems.append(
                f"{raw}: no anchor #{link.fragment} in {target.relative_to(docs.resolve()).as_posix()}"
            )
    return problems


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_page_renders_with_its_includes_links_and_anchors(page):
    assert render(page).strip()
    problems = _problems(page)
    assert not problems, f"{_id(page)}:\n" + "\n".join(problems)


def test_a_missing_section_a_broken_link_and_a_missing_anchor_are_caught(tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text(
        '```python\n--8<-- "snippets/basics/hello-tensorflow/fit_a_line.py:no-such-section"\n```\n'
    )
    with pytest.raises(Exception, match="no-such-section"):
        render(broken)
    docs = tmp_path / "docs"
    (docs / "basics").mkdir(parents=True)
    (docs / "basics" / "hello.md").write_text("# Hello\n\n## Fit { #fit }\n")
    page = docs / "basics" / "links.md"
    page.write_text(
        "# Links\n\n[gone](nope.md) [anchor](hello.md#no-such-anchor) [ok](hello.md#fit) [here](#links)\n"
        "[up](../../outside.md) [site](https://example.org/x.md)\n"
    )
    assert _problems(page, docs) == [
        "nope.md: no such file under docs/",
        "hello.md#no-such-anchor: no anchor #no-such-anchor in basics/hello.md",
        "../../outside.md: no such file under docs/",
    ]

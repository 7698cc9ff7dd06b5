"""MkDocs hook: render the exam targets from docs/targets.yml into pages.

The targets are stated once, as data. In Markdown, ``{{ target.category2 }}`` becomes the
target in words ("test accuracy of at least 0.83") and ``{{ target.category2.value }}`` its
number ("0.83"). An unknown name stops the build (tests/site/test_targets.py checks the rest).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

TARGETS_FILE = "targets.yml"
# Inline code is left as it is, so that a page can show the placeholder itself.
PATTERN = re.compile(r"(?P<code>`[^`\n]+`)|\{\{\s*target\.(?P<name>\w+)(?P<value>\.value)?\s*\}\}")


def load_targets(docs_dir: str | Path) -> dict:
    with open(Path(docs_dir) / TARGETS_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)["categories"]


def render(markdown: str, targets: dict, page: str = "a page") -> str:
    """Replace every target placeholder.

    >>> render("at least {{ target.category4.value }}: {{ target.category4 }}, `{{ target.category4 }}`",
    ...        {"category4": {"value": 0.75, "text": "accuracy of at least 0.75"}})
    'at least 0.75: accuracy of at least 0.75, `{{ target.category4 }}`'
    """

    def replace(match: re.Match) -> str:
        if match.group("code"):
            return match.group("code")
        name, value = match.group("name"), match.group("value")
        if name not in targets:
            raise PluginError(
                f"{page}: unknown target {name!r} in {match.group(0)}; known: {', '.join(targets)}"
            )
        return f"{targets[name]['value']:g}" if value else targets[name]["text"]

    return PATTERN.sub(replace, markdown)


def on_page_markdown(markdown, page, config, files):
    if "target." not in markdown:
        return markdown
    return render(markdown, load_targets(config["docs_dir"]), page.file.src_uri)

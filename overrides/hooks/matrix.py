"""MkDocs hook: show on each page which TensorFlow versions its code was tested on.

The results live in docs/matrix.yml, written by scripts/matrix_results.py from the version-matrix
runs (``make test-matrix ENV=...``, the weekly matrix workflow). This hook puts

  * under the title of every page with results, one line: "Runs on TensorFlow 2.16 (course labs)
    / 2.19 (Colab) / 2.21 - checked DATE", and, for an environment where the page's tests failed,
    a failure box naming the environment and the error;
  * in place of the ``<!-- version-matrix -->`` marker (docs/basics/versions.md), the whole
    matrix: one row per environment, then one row per page.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

import yaml

MARKER = "<!-- version-matrix -->"
RESULTS_FILE = "matrix.yml"
H1_END = re.compile(r"</h1>", re.I)

_results: dict = {}
ORDER = ["labs", "colab", "default", "newest"]  # oldest TensorFlow first, as scripts/matrix_results.py writes


def _ordered(environments: dict) -> dict:
    return dict(sorted(environments.items(), key=lambda item: (ORDER + [item[0]]).index(item[0])))


def load_results(docs_dir: str | Path) -> dict:
    """docs/matrix.yml as a dict (empty when the file does not exist yet)."""
    path = Path(docs_dir) / RESULTS_FILE
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def short_version(version: str | None) -> str:
    """'2.19.0' -> '2.19'.

    >>> short_version("2.16.1"), short_version("2.21.0rc1"), short_version(None)
    ('2.16', '2.21', '?')
    """
    if not version:
        return "?"
    return ".".join(re.findall(r"\d+", version)[:2])


def env_name(env: str, info: dict) -> str:
    """How a page names an environment: 'TensorFlow 2.19 (Colab)'; the site's own pins have no label.

    >>> env_name("colab", {"tensorflow": "2.19.0", "label": "Colab"})
    'TensorFlow 2.19 (Colab)'
    >>> env_name("default", {"tensorflow": "2.21.0", "label": "this site's pins"})
    'TensorFlow 2.21'
    """
    version = f"TensorFlow {short_version(info.get('tensorflow'))}"
    return version if env == "default" else f"{version} ({info.get('label', env)})"


def page_block(results: dict, page: str, link_to_matrix: str = "") -> str:
    """HTML for the top of ``page`` (docs-relative path), or '' when it has no results.

    >>> results = {"environments": {
    ...     "labs": {"label": "course labs", "tensorflow": "2.16.1", "keras": "3.3.3", "date": "2026-11-30"},
    ...     "default": {"label": "this site's pins", "tensorflow": "2.21.0", "keras": "3.15.1", "date": "2026-11-29"}},
    ...   "pages": {"a/b.md": {"labs": {"passed": 3, "failed": 0}, "default": {"passed": 3, "failed": 0}},
    ...             "a/c.md": {"labs": {"passed": 2, "failed": 1, "errors": [{"test": "t", "error": "TypeError: x<y"}]},
    ...                        "default": {"passed": 3, "failed": 0}}}}
    >>> print(page_block(results, "a/b.md"))
    <p class="version-matrix">Runs on TensorFlow 2.16 (course labs) / TensorFlow 2.21 &mdash; checked 2026-11-30</p>
    >>> print(page_block(results, "a/c.md"))  # doctest: +NORMALIZE_WHITESPACE
    <p class="version-matrix">Runs on TensorFlow 2.21 &mdash; checked 2026-11-29</p>
    <div class="admonition failure"><p class="admonition-title">Fails on TensorFlow 2.16 (course labs), Keras 3.3.3
    (checked 2026-11-30)</p><p>1 of 3 tests of this page failed: <code>TypeError: x&lt;y</code></p></div>
    >>> page_block(results, "a/none.md")
    ''
    """
    environments = _ordered(results.get("environments", {}))
    per_env = results.get("pages", {}).get(page)
    if not per_env:
        return ""
    passed = [env for env in environments if env in per_env and not per_env[env].get("failed")]
    failed = [env for env in environments if env in per_env and per_env[env].get("failed")]
    parts = []
    if passed:
        names = " / ".join(env_name(env, environments[env]) for env in passed)
        date = max(str(environments[env].get("date", "")) for env in passed)
        more = f' (<a href="{link_to_matrix}">all versions</a>)' if link_to_matrix else ""
        parts.append(
            f'<p class="version-matrix">Runs on {html.escape(names)} &mdash; checked {date}{more}</p>'
        )
    for env in failed:
        info, entry = environments[env], per_env[env]
        total = entry["failed"] + entry.get("passed", 0)
        errors = "; ".join(f"<code>{html.escape(e['error'])}</code>" for e in entry.get("errors", []))
        parts.append(
            f'<div class="admonition failure"><p class="admonition-title">Fails on '
            f"{html.escape(env_name(env, info))}, Keras {html.escape(str(info.get('keras')))} "
            f"(checked {info.get('date')})</p><p>{entry['failed']} of {total} tests of this page failed: "
            f"{errors}</p></div>"
        )
    return "\n".join(parts)


def matrix_markdown(results: dict, page_path: str = "", existing: set[str] | None = None) -> str:
    """The whole matrix as Markdown tables: environments, then pages x environments.

    With ``existing`` (the site's pages), results of a page that no longer exists are left out.
    """
    environments = _ordered(results.get("environments", {}))
    if not environments:
        return "*No version-matrix run recorded yet.*"
    lines = [
        "| environment | TensorFlow | Keras | Python | checked | tests passed | failed |",
        "|---|---|---|---|---|---|---|",
    ]
    for env, info in environments.items():
        lines.append(
            f"| {info.get('label', env)} (`{env}`) | {info.get('tensorflow')} | {info.get('keras')} | "
            f"{info.get('python')} | {info.get('date')} | {info.get('passed')} | {info.get('failed')} |"
        )
    lines += [
        "",
        "| page | " + " | ".join(env_name(env, info) for env, info in environments.items()) + " |",
        "|---|" + "---|" * len(environments),
    ]
    for page, per_env in results.get("pages", {}).items():
        if existing is not None and page not in existing:
            continue
        link = posixpath.relpath(page, posixpath.dirname(page_path) or ".")
        cells = []
        for env in environments:
            entry = per_env.get(env)
            if entry is None:
                cells.append("not run")
            elif entry.get("failed"):
                error = entry.get("errors", [{}])[0].get("error", "")
                cells.append(f"fails ({entry['failed']}): `{error[:80].replace('|', '/').replace('`', '')}`")
            else:
                cells.append(f"passes ({entry.get('passed', 0)})")
        lines.append(f"| [{page}]({link}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def link_to_matrix(url: str) -> str:
    """Relative link from a page's URL to the matrix on the versions page.

    >>> link_to_matrix("nlp/word-embeddings/"), link_to_matrix(""), link_to_matrix("a/b.html")
    ('../../basics/versions/#version-matrix', 'basics/versions/#version-matrix', '../basics/versions/#version-matrix')
    """
    base = url.rstrip("/") if url.endswith("/") else posixpath.dirname(url)
    return posixpath.relpath("basics/versions", base or ".") + "/#version-matrix"


def on_config(config):
    global _results
    _results = load_results(config["docs_dir"])
    return config


def on_page_markdown(markdown, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    if MARKER in markdown:
        existing = {file.src_uri for file in files}
        markdown = markdown.replace(MARKER, matrix_markdown(_results, page.file.src_uri, existing))
    return markdown


def on_page_content(content, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    src = page.file.src_uri
    if src.endswith(".ipynb"):
        return content  # on_post_page places it
    versions_page = "basics/versions.md"
    link = "" if src == versions_page else link_to_matrix(page.url)
    block = page_block(_results, src, link)
    if not block:
        return content
    match = H1_END.search(content)
    if match:
        return content[: match.end()] + "\n" + block + content[match.end() :]
    return block + "\n" + content


ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')


def on_post_page(output, page, config):  # noqa: ARG001 (MkDocs hook signature)
    # mkdocs-jupyter renders a notebook page's body itself, after on_page_content: put the
    # line at the top of the article instead.
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    block = page_block(_results, page.file.src_uri, link_to_matrix(page.url))
    match = ARTICLE.search(output)
    if not block or not match:
        return output
    return output[: match.end()] + "\n" + block + output[match.end() :]

"""MkDocs hook: give every notebook page its "Open in Colab" link.

mkdocs-jupyter sets ``page.nb_url`` (the downloadable copy, with ``include_source: true``);
this hook makes it relative.
Colab opens a notebook straight from GitHub, so its URL is derived from ``repo_url`` and
``edit_uri`` (which names the branch and the docs folder): overrides/main.html shows both links.
Images in a notebook's markdown are written relative to the .ipynb file (as GitHub and Jupyter
read them); the page is served one folder deeper, so this hook rebases them.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

COLAB = "https://colab.research.google.com/github/"
IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]+)(")')


def colab_url(repo_url: str, edit_uri: str, src_uri: str) -> str:
    """Colab URL for a notebook kept at ``docs/<src_uri>`` in a GitHub repository.

    >>> colab_url("https://github.com/me/guide/", "edit/main/docs/", "solutions/category1.ipynb")
    'https://colab.research.google.com/github/me/guide/blob/main/docs/solutions/category1.ipynb'
    """
    owner_repo = repo_url.rstrip("/").removeprefix("https://github.com/")
    if owner_repo == repo_url.rstrip("/"):
        raise ValueError(f"repo_url must be a https://github.com/ URL, got {repo_url!r}")
    blob = edit_uri.strip("/").replace("edit/", "blob/", 1)
    return f"{COLAB}{owner_repo}/{blob}/{src_uri}"


def on_page_context(context, page, config, nav):  # noqa: ARG001 (MkDocs hook signature)
    if page.file.src_uri.endswith(".ipynb"):
        page.colab_url = colab_url(config["repo_url"], config["edit_uri"], page.file.src_uri)
        # mkdocs-jupyter copies the notebook next to the page's index.html; a relative link
        # works wherever the site is served (GitHub Pages, `make serve`, a local folder).
        page.nb_url = page.file.src_uri.rsplit("/", 1)[-1]
    return context


def rebase(src: str, src_uri: str, dest_uri: str) -> str:
    """A link written relative to the notebook ``src_uri``, made relative to its page ``dest_uri``.

    >>> rebase("img/category1-loss.png", "solutions/category1.ipynb", "solutions/category1/index.html")
    '../img/category1-loss.png'
    >>> rebase("https://example.org/a.png", "solutions/category1.ipynb", "solutions/category1/index.html")
    'https://example.org/a.png'
    >>> rebase("data:image/png;base64,AAAA", "solutions/c.ipynb", "solutions/c/index.html")
    'data:image/png;base64,AAAA'
    """
    if urlsplit(src).scheme or src.startswith(("/", "#")):
        return src
    target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), src))
    return posixpath.relpath(target, posixpath.dirname(dest_uri))


def on_page_content(html, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    if page.file.src_uri.endswith(".ipynb"):
        return IMG_SRC.sub(lambda m: m[1] + rebase(m[2], page.file.src_uri, page.file.dest_uri) + m[3], html)
    return html

"""MkDocs hook: give every notebook page its "Open in Colab" link.

mkdocs-jupyter sets ``page.nb_url`` (the downloadable copy, with ``include_source: true``);
this hook makes it relative.
Colab opens a notebook straight from GitHub, so its URL is derived from ``repo_url`` and
``edit_uri`` (which names the branch and the docs folder): overrides/main.html shows both links.
"""

from __future__ import annotations

COLAB = "https://colab.research.google.com/github/"


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

"""MkDocs hook: every page opens with its title, one compact row of links, then the small print.

Order at the top of a page (topic pages and the notebook-rendered worked solutions alike):

1. the title (the page's first ``<h1>``);
2. one row of links for a page that has a notebook: "Open in Colab", "Download notebook",
   "View source on GitHub" (the notebook on GitHub, as tensorflow.org links it);
3. the small print: where the page's code runs (``p.version-matrix``, overrides/hooks/matrix.py)
   and where its outputs come from (``p.recording-note``, overrides/hooks/outputs.py; in a
   worked solution's notebook, its "<stem>-recording" markdown cell).

Other hooks put those lines under the title (Markdown pages) or at the top of the article
(notebook pages, where mkdocs-jupyter renders the title inside the first cell); this hook runs
last, on the finished page, moves a notebook's title out of its first cell, and moves those
lines into one ``<header class="page-header">`` after the title, so a reader on a phone sees the title and the lesson's first sentence on the first screen.
tests/site/test_page_header.py and tests/browser/test_page_header.py check it.
"""

from __future__ import annotations

import html
import re

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
H1_END = re.compile(r"</h1>", re.I)
H1 = re.compile(r"<h1\b.*?</h1>", re.I | re.S)
NOTEBOOK = '<div class="jupyter-wrapper">'
# A worked solution's notebook carries its provenance as a markdown cell ("<stem>-recording",
# scripts/build_notebooks.py); on the page it joins the small print under the title.
NOTEBOOK_NOTE = re.compile(
    r'<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="cell-id=[\w.-]+-recording">\s*'
    r"(?:<div[^>]*>\s*)+?(?:</div>\s*)?(?:<div[^>]*>\s*)+?<p><em>(?P<note>.*?)</em></p>\s*(?:</div>\s*){4}",
    re.S,
)
SMALL_PRINT = [
    re.compile(r'<p class="version-matrix">.*?</p>\n?', re.S),
    re.compile(r'<p class="recording-note">.*?</p>\n?', re.S),
]


def links_row(colab: str | None, download: str | None, source: str | None) -> str:
    """The compact row of links, or '' when the page has none.

    >>> print(links_row("https://colab/x.ipynb", "x.ipynb", "https://github.com/x.ipynb"))
    <nav class="page-links" aria-label="This page as a notebook"><a class="page-link page-link--colab" href="https://colab/x.ipynb" target="_blank" rel="noopener">Open in Colab</a> <a class="page-link" href="x.ipynb" download>Download notebook</a> <a class="page-link" href="https://github.com/x.ipynb">View source on GitHub</a></nav>
    >>> links_row(None, None, None)
    ''
    """
    links = []
    if colab:
        links.append(
            f'<a class="page-link page-link--colab" href="{html.escape(colab)}" target="_blank" '
            'rel="noopener">Open in Colab</a>'
        )
    if download:
        links.append(f'<a class="page-link" href="{html.escape(download)}" download>Download notebook</a>')
    if source:
        links.append(f'<a class="page-link" href="{html.escape(source)}">View source on GitHub</a>')
    if not links:
        return ""
    return '<nav class="page-links" aria-label="This page as a notebook">' + " ".join(links) + "</nav>"


def arrange(page_html: str, row: str) -> str:
    """``page_html`` with ``row`` and the small print in one header right after the title.

    Only the article is touched; a page without a title gets the header at the top of the article.

    >>> page = ('<article class="md-content__inner md-typeset"><p class="version-matrix">Runs</p>'
    ...         '<div><h1 id="t">T</h1><p class="recording-note">Recorded</p><p>Lesson.</p></div></article>')
    >>> print(arrange(page, "<nav>links</nav>"))  # doctest: +NORMALIZE_WHITESPACE
    <article class="md-content__inner md-typeset"><div><h1 id="t">T</h1><header class="page-header"><nav>links</nav><div class="page-meta"><p class="version-matrix">Runs</p><p class="recording-note">Recorded</p></div></header><p>Lesson.</p></div></article>
    >>> cell = ('<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="cell-id=c5-recording">'
    ...         '<div class="w"><div class="c"> </div><div class="a"><div class="m"><p><em>Recorded</em></p>'
    ...         '</div> </div> </div> </div><div class="next">')
    >>> print(arrange('<article class="md-content__inner md-typeset"><h1>T</h1><p>x</p>' + cell, ""))
    <article class="md-content__inner md-typeset"><h1>T</h1><header class="page-header"><div class="page-meta"><p class="recording-note">Recorded</p></div></header><p>x</p><div class="next">
    >>> arrange("<p>no article</p>", "<nav>links</nav>")
    '<p>no article</p>'
    >>> arrange('<article class="md-content__inner md-typeset"><h1>T</h1><p>x</p></article>', "")
    '<article class="md-content__inner md-typeset"><h1>T</h1><p>x</p></article>'
    """
    article = ARTICLE.search(page_html)
    if not article:
        return page_html
    head, body = page_html[: article.end()], page_html[article.end() :]
    end = body.find("</article>")
    end = len(body) if end < 0 else end
    content, tail = body[:end], body[end:]
    small = []
    for pattern in SMALL_PRINT:
        found = pattern.search(content)
        if found:
            small.append(found.group(0).strip())
            content = content[: found.start()] + content[found.end() :]
    note = NOTEBOOK_NOTE.search(content)
    if note:
        small.append(f'<p class="recording-note">{note["note"]}</p>')
        content = content[: note.start()] + content[note.end() :]
    if not row and not small:
        return page_html
    meta = f'<div class="page-meta">{"".join(small)}</div>' if small else ""
    header = f'<header class="page-header">{row}{meta}</header>'
    content = _title_out_of_notebook(content)
    title = H1_END.search(content)
    at = title.end() if title else 0
    return head + content[:at] + header + content[at:] + tail


def _title_out_of_notebook(content: str) -> str:
    """A notebook's title moved out of its first cell, to just before the notebook.

    There it is styled like every page's title, and the header under it gets the article's full
    width (a notebook cell is padded: on a phone the row of links would wrap).

    >>> _title_out_of_notebook('<div class="jupyter-wrapper"><div><h1>T<a class="anchor-link" href="#t">¶</a></h1><p>x</p></div></div>')
    '<h1>T<a class="headerlink" title="Permanent link" href="#t">¶</a></h1><div class="jupyter-wrapper"><div><p>x</p></div></div>'
    >>> _title_out_of_notebook('<h1>T</h1><div class="jupyter-wrapper"></div>')
    '<h1>T</h1><div class="jupyter-wrapper"></div>'
    """
    wrapper = content.find(NOTEBOOK)
    title = H1.search(content)
    if wrapper < 0 or not title or title.start() < wrapper:
        return content
    # Material shows its own "headerlink" anchors on hover only; JupyterLab's "anchor-link" always.
    moved = title.group(0).replace('class="anchor-link"', 'class="headerlink" title="Permanent link"')
    return content[:wrapper] + moved + content[wrapper : title.start()] + content[title.end() :]


def source_url(repo_url: str, edit_uri: str, src_uri: str) -> str:
    """The GitHub page of ``docs/<src_uri>``.

    >>> source_url("https://github.com/me/guide", "edit/main/docs/", "basics/a.ipynb")
    'https://github.com/me/guide/blob/main/docs/basics/a.ipynb'
    """
    blob = edit_uri.strip("/").replace("edit/", "blob/", 1)
    return f"{repo_url.rstrip('/')}/{blob}/{src_uri}"


def on_post_page(output, page, config):
    # overrides/hooks/notebooks.py sets colab_url, nb_url and the notebook's own path.
    notebook = getattr(page, "notebook_src", None)
    row = links_row(
        getattr(page, "colab_url", None),
        getattr(page, "nb_url", None),
        source_url(config["repo_url"], config["edit_uri"], notebook) if notebook else None,
    )
    return arrange(output, row)

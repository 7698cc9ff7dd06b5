"""MkDocs hook: keep notebook pages light and free of requests to other hosts.

mkdocs-jupyter renders a notebook with nbconvert's page furniture inlined into the page:

* about 590 kB of JupyterLab and notebook CSS in ``<style>`` blocks, repeated on every notebook
  page (plus a second copy of the code-highlighting CSS printed as a Python list);
* a MathJax loader whose URL is empty (``<script src="">``) and its configuration;
* a Mermaid loader that imports its library from cdnjs.cloudflare.com when a cell holds a diagram.

Code cells whose lines are wider than the page scroll sideways but cannot take the keyboard
focus, so a keyboard user cannot scroll them (axe-core: scrollable-region-focusable).

This hook moves the CSS into one shared stylesheet, ``assets/stylesheets/notebook.<hash>.css``
(the browser caches it across notebook pages, and instant navigation fetches less), with a few
fixes appended (NOTEBOOK_FIXES); drops the duplicate; removes both loaders (the worked
solutions use neither formulas nor diagrams, and the site must not depend on a CDN); makes
code cells focusable, as Material does with its own code blocks; and leaves code cells out of
the search index (``out_of_search``). tests/browser checks the result in a real browser.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from mkdocs.utils import get_relative_url

STYLE = re.compile(r'<style type="text/css">\n?(?P<css>.*?)</style>\n?', re.S)
# mkdocs-jupyter appends resources["inlining"]["css"] (a list) as text: a broken duplicate.
LIST_STYLE = re.compile(r"<style>\s*\['.*?'\]\s*</style>\s*", re.S)
MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
MERMAID = re.compile(
    r'<script type="module">(?:(?!</script>).)*?jp-Mermaid.*?<!-- End of mermaid configuration -->', re.S
)
CODE_CELL = '<div class="highlight-ipynb'
# Where a notebook page's code and printed outputs start (see out_of_search).
SEARCH_EXCLUDED = (
    '<div tabindex="0" class="highlight-ipynb',
    '<div class="clipboard-copy-txt"',
    '<span class="notice" hidden="">',
    '<div class="jp-RenderedText ',
)
STYLESHEET_DIR = "assets/stylesheets"
# Fixes appended to the notebook stylesheet:
# * JupyterLab's light greens (#080, #008000) on the code background are 4.25:1; WCAG AA asks 4.5:1.
# * JupyterLab's comment colour (#408080) is 4.1:1 on the light code background and 3.7:1 on the
#   dark one: a darker teal on light, a lighter one on Material's dark scheme (slate).
# * JupyterLab makes .jp-Notebook a scroll container (overflow: auto), so the whole notebook
#   shrinks beside the floated "edit"/"view source" buttons at the top of the page: every cell
#   lost 64 px of width, a quarter of a phone's screen. On a page, the notebook needs no scrolling.
NOTEBOOK_FIXES = """
.jupyter-wrapper{--jp-mirror-editor-keyword-color:#007000;--jp-mirror-editor-builtin-color:#007000;\
--jp-mirror-editor-number-color:#007000;--jp-mirror-editor-quote-color:#007000}
.jupyter-wrapper .jp-Notebook{overflow:visible}
.jupyter-wrapper{--jp-mirror-editor-comment-color:#2f6464}
[data-md-color-scheme="slate"] .jupyter-wrapper{--jp-mirror-editor-comment-color:#8fc4c4}
"""


def split_styles(html: str) -> tuple[str, str]:
    """Take nbconvert's inline CSS out of ``html``: (html with a marker, the CSS).

    The first ``<style type="text/css">`` block becomes the marker ``<!--notebook-css-->``; the
    others disappear, and their CSS is joined in page order.

    >>> split_styles('<p>a</p><style type="text/css">\\nb{}</style>\\n<p>c</p><style type="text/css">d{}</style>')
    ('<p>a</p><!--notebook-css--><p>c</p>', 'b{}\\nd{}\\n')
    >>> split_styles("<p>no notebook styles</p>")
    ('<p>no notebook styles</p>', '')
    """
    parts: list[str] = []

    def take(match: re.Match) -> str:
        parts.append(match["css"].strip("\n") + "\n")
        return "<!--notebook-css-->" if len(parts) == 1 else ""

    html = STYLE.sub(take, html)
    return html, "".join(parts)


def strip_loaders(html: str) -> str:
    """Remove the MathJax and Mermaid loaders and the list-printed duplicate CSS.

    >>> strip_loaders("a<!-- Load mathjax --><script src=''></script><!-- End of mathjax configuration -->b")
    'ab'
    >>> strip_loaders('a<script type="module">q(".jp-Mermaid")</script><style></style><!-- End of mermaid configuration -->b')
    'ab'
    >>> strip_loaders("a<style>\\n ['pre { x }'] </style>\\nb")
    'ab'
    """
    for pattern in (MATHJAX, MERMAID, LIST_STYLE):
        html = pattern.sub("", html)
    return html


def focusable_code(html: str) -> str:
    """Let the keyboard reach (and so scroll) every code cell.

    >>> focusable_code('<div class="highlight-ipynb hl-python"><pre>x</pre></div>')
    '<div tabindex="0" class="highlight-ipynb hl-python"><pre>x</pre></div>'
    """
    return html.replace(CODE_CELL, '<div tabindex="0" class="highlight-ipynb')


def out_of_search(html: str) -> str:
    """Leave the code cells' code and printed outputs out of the search index.

    Material's index cuts a page into sections at its headings, but a heading nested in a
    markdown cell ends its section where the cell ends: every code cell of a notebook fell into
    the page's first section, one document of up to 18 kB that outranked the topic pages for
    any query of common words (tests/browser/test_search_errors.py). The markdown cells, which
    say what the code does, stay in the index; the topic pages teach the same code.

    Material's parser ends an exclusion at the first closing tag of the same name, so the mark
    goes on the elements that hold the text and hold no element of their own kind: the
    highlighted code, the copy button's hidden copy and notice, and each printed output.

    >>> out_of_search('<div tabindex="0" class="highlight-ipynb hl-python"><pre>x</pre></div>')
    '<div data-search-exclude tabindex="0" class="highlight-ipynb hl-python"><pre>x</pre></div>'
    >>> out_of_search('<div class="clipboard-copy-txt" id="cell-1">x</div>')
    '<div data-search-exclude class="clipboard-copy-txt" id="cell-1">x</div>'
    """
    for start in SEARCH_EXCLUDED:
        html = html.replace(start, start.replace(" ", " data-search-exclude ", 1))
    return html


def on_page_content(html, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    html, css = split_styles(out_of_search(focusable_code(strip_loaders(html))))
    if not css:
        return html
    css += NOTEBOOK_FIXES
    name = f"notebook.{hashlib.sha256(css.encode()).hexdigest()[:8]}.css"
    target = Path(config["site_dir"]) / STYLESHEET_DIR / name
    if not target.exists():  # named by its content: every notebook page shares the file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(css, encoding="utf-8")
    href = get_relative_url(f"{STYLESHEET_DIR}/{name}", page.url)
    # A stylesheet link in the content (not the head): instant navigation swaps it in and out
    # with the notebook, as it did the inline styles.
    return html.replace("<!--notebook-css-->", f'<link rel="stylesheet" href="{href}">', 1)

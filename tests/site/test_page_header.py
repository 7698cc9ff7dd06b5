"""Every built page with a notebook opens with its title, then the row of links, then the small
print (overrides/hooks/page_header.py); no "runs on" or provenance line is left elsewhere."""

from __future__ import annotations

import re

from scripts.lib import browser as harness

PAGES = [
    page
    for page in harness.nav_pages(harness.site_config())
    if page.kind == "notebook" or (harness.ROOT / "docs" / page.src).with_suffix(".ipynb").is_file()
]
HEADER = re.compile(
    r'</h1><header class="page-header"><nav class="page-links" aria-label="[^"]+">'
    r'<a class="page-link page-link--colab" href="https://colab\.research\.google\.com/github/[^"]+"[^>]*>'
    r"Open in Colab</a> "
    r'<a class="page-link" href="[^"]+\.ipynb" download>Download notebook</a> '
    r'<a class="page-link" href="https://github\.com/[^"]+/blob/[^"]+\.ipynb">View source on GitHub</a></nav>'
    r'(?:<div class="page-meta">(?P<meta>.*?)</div>)?</header>',
    re.S,
)


def test_pages_with_a_notebook_open_with_title_links_and_small_print(built_site):
    assert len(PAGES) >= 45
    for page in PAGES:
        html = (built_site / page.path / "index.html").read_text(encoding="utf-8")
        article = html[html.index('<article class="md-content__inner md-typeset">') :]
        first_h1 = article.index("<h1")
        header = HEADER.search(article)
        assert header, f"{page.src}: no title + links header"
        assert article.index("</h1>", first_h1) == header.start(), (
            f"{page.src}: the header is not under the title"
        )
        meta = header["meta"] or ""
        # The small print is inside the header, nowhere else.
        for line in ('<p class="version-matrix">', '<p class="recording-note">'):
            assert article.count(line) == meta.count(line) <= 1, f"{page.src}: {line} outside the header"
        # A worked solution's provenance cell moved into the header too.
        assert '-recording">' not in article, f"{page.src}: the provenance cell is still in the notebook"
        if page.kind == "notebook" and '"recording"' in (harness.ROOT / "docs" / page.src).read_text():
            assert '<p class="recording-note">Outputs recorded on ' in meta, page.src
    # A notebook page's title left its first cell: styled like every page's title.
    notebook = next(page for page in PAGES if page.kind == "notebook")
    html = (built_site / notebook.path / "index.html").read_text(encoding="utf-8")
    assert html.index("<h1") < html.index('<div class="jupyter-wrapper">')

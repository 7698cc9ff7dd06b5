"""The top of a page: the title first, one compact row of links, the small print, then the lesson.

On a 390x844 phone the title and the lesson's first sentence are on the first screen, without
scrolling (issue 27), on a topic page of two areas and on a worked solution rendered from a
notebook. overrides/hooks/page_header.py arranges the header.
"""

from __future__ import annotations

import pytest

from scripts.lib import browser as harness

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PAGES = ["basics/hello-tensorflow/", "nlp/text-generation/", "solutions/category5/"]

# Where the header's parts and the lesson's first sentence are, in CSS pixels of the viewport.
# The lesson's first paragraph is the first <p> of the article outside the header and outside
# admonitions (the skills box); its first sentence ends at the first ". " (or the paragraph's end).
LAYOUT_JS = """() => {
  const article = document.querySelector('.md-content article');
  const box = el => { if (!el) return null; const r = el.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, height: r.height}; };
  const h1 = article.querySelector('h1');
  const links = article.querySelector('.page-header .page-links');
  const meta = article.querySelector('.page-header .page-meta');
  const lesson = [...article.querySelectorAll('p')].find(p =>
    !p.closest('.page-header, .admonition, details, .md-content__button, script, style')
    && p.textContent.trim().length > 40);
  let sentence = null, text = null;
  if (lesson) {
    const walker = document.createTreeWalker(lesson, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    range.setStart(lesson, 0);
    range.setEnd(lesson, lesson.childNodes.length);
    let node;
    while ((node = walker.nextNode())) {
      const at = node.textContent.indexOf('. ');
      if (at >= 0) { range.setEnd(node, at + 1); break; }
    }
    const rects = [...range.getClientRects()];
    sentence = {top: Math.min(...rects.map(r => r.top)), bottom: Math.max(...rects.map(r => r.bottom))};
    text = range.toString();
  }
  const lineHeight = links ? parseFloat(getComputedStyle(links).lineHeight) : 0;
  return {h1: box(h1), links: box(links), meta: box(meta), sentence, text, lineHeight,
          linkNames: links ? [...links.querySelectorAll('a')].map(a => a.textContent.trim()) : [],
          scrollY: window.scrollY, viewport: window.innerHeight};
}"""


@pytest.mark.parametrize("path", PAGES)
def test_title_links_small_print_then_the_lesson_on_a_phones_first_screen(reader, path):
    tab = reader(viewport=harness.MOBILE)
    tab.open(path)
    layout = tab.page.evaluate(LAYOUT_JS)
    assert layout["scrollY"] == 0
    assert layout["linkNames"] == ["Open in Colab", "Download notebook", "View source on GitHub"]
    h1, links, meta, sentence = layout["h1"], layout["links"], layout["meta"], layout["sentence"]
    assert sentence, f"{path}: no lesson paragraph found"
    # Title first, then the links, then the small print, then the lesson.
    assert h1["bottom"] <= links["top"] + 1, layout
    assert links["bottom"] <= meta["top"] + 1, layout
    assert meta["bottom"] <= sentence["top"], layout
    # One compact row: the three links take one line of text.
    assert links["height"] < 1.6 * layout["lineHeight"], f"{path}: the links wrap: {layout}"
    # The title and the first sentence are on the first screen.
    assert h1["top"] >= 0 and sentence["bottom"] <= layout["viewport"], (
        f"{path}: the first sentence ({layout['text']!r}) ends at {sentence['bottom']:.0f} px "
        f"of a {layout['viewport']} px screen"
    )
    assert not tab.visit.problems(), tab.visit.problems()

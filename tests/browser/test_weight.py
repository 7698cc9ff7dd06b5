"""Page weight: what a first visit downloads, per kind of page, stays within the budgets.

The budgets (scripts/lib/browser.py BUDGETS) are written down in docs/contributing.md
("Budgets"); change both together.
Bytes are counted as the server sends them (uncompressed); GitHub Pages gzips text files, so a
reader downloads less (the gzip column of scripts/site_report.py).
"""

from __future__ import annotations

import pytest

from scripts.lib import browser as harness

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Load event on the 2-core test machine, with other tests running beside: a hang, not a speed test.
MAX_LOAD_MS = 10_000
KB = harness.KB
BUDGETS = harness.BUDGETS

KINDS = harness.first_of_each_kind(harness.nav_pages(harness.site_config()))


@pytest.mark.parametrize("kind", sorted(KINDS), ids=sorted(KINDS))
def test_first_visit_stays_within_budget(reader, site, kind):
    nav_page = KINDS[kind]
    visit = reader(search=True).open(nav_page.path)  # as a reader's browser loads it
    largest = sorted(visit.files.items(), key=lambda item: -item[1])[:3]
    report = (
        f"{nav_page.src}: {visit.bytes / KB:.0f} kB ({visit.gzip_bytes / KB:.0f} kB gzipped), largest: "
        + ", ".join(
            f"{url.removeprefix(site.base) or 'index.html'} {size / KB:.0f} kB" for url, size in largest
        )
    )
    print(report)
    assert visit.bytes <= BUDGETS[kind], f"over the {kind} budget of {BUDGETS[kind] / KB:.0f} kB: {report}"
    assert visit.load_ms <= MAX_LOAD_MS, f"{nav_page.src} took {visit.load_ms} ms to load"
    assert not visit.needed_outside(), visit.needed_outside()


def test_no_built_page_or_stylesheet_refers_to_a_cdn(built_site):
    """No page or stylesheet of the site refers to a CDN for scripts, styles or fonts.

    (Material's bundle names two CDN URLs, loaded only for a browser without ResizeObserver or
    for a page with a Mermaid diagram; the browser tests see that no page loads them.)
    """
    offenders = []
    files = [*built_site.rglob("*.html"), *built_site.rglob("*.css")]
    for path in sorted(files):
        text = path.read_text(encoding="utf-8")
        for needle in (
            "cdnjs.cloudflare.com",
            "cdn.jsdelivr.net",
            "unpkg.com",
            "fonts.googleapis.com",
            "fonts.gstatic.com",
        ):
            if needle in text:
                offenders.append(f"{path.relative_to(built_site)}: {needle}")
    assert not offenders, offenders

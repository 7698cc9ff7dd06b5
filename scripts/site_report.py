"""Report on the built site as a reader's browser sees it, and take screenshots for review.

    python scripts/site_report.py [--site-dir DIR] [--screenshots DIR] [PAGE ...]
    python scripts/site_report.py basics/hello-tensorflow.md solutions/category1.ipynb

Opens every page of the navigation (or the PAGEs named, as paths under docs/) in headless
Chromium, each from an empty cache, and prints one table row per page: its kind, the bytes the
visit loaded (as served, and gzipped as GitHub Pages sends them) against the kind's budget, the
load time, and axe-core's accessibility violations (serious or critical, then the rest).
It also saves full-page screenshots of the home page, the first topic page and the first
notebook page at desktop (1280 px) and mobile (390 px) widths, by default into
review/screenshots/ (ignored by git).

Without --site-dir it builds the site first (mkdocs build --strict, into a temporary folder).
Needs Chromium (/usr/bin/chromium or $CHROMIUM_PATH) and, for the violations, ``npm ci``.
Exits 2 on bad arguments or when there is no browser, 0 otherwise: the tests enforce the budgets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.lib import browser as harness  # noqa: E402

SCREENSHOT_KINDS = ("home", "topic", "notebook")
VIEWPORTS = {"desktop": harness.DESKTOP, "mobile": harness.MOBILE}


def _kb(size: int) -> str:
    return f"{size / harness.KB:,.0f}"


def format_row(page: harness.NavPage, visit: harness.Visit, violations: list[dict] | None) -> str:
    """One table row.

    >>> page = harness.NavPage("Home", "index.md", "", "home")
    >>> visit = harness.Visit("http://x/", load_ms=512.3, files={"a": 400_000}, gzip_bytes=90_000)
    >>> format_row(page, visit, [{"id": "region", "impact": "moderate"}])
    '| index.md | home | 400 / 1,500 | 90 | 512 | none | region |'
    >>> format_row(page, visit, None)
    '| index.md | home | 400 / 1,500 | 90 | 512 | n/a | n/a |'
    """
    if violations is None:
        serious = others = "n/a"
    else:
        serious = ", ".join(sorted(v["id"] for v in harness.serious(violations))) or "none"
        others = (
            ", ".join(sorted(v["id"] for v in violations if v not in harness.serious(violations))) or "none"
        )
    budget = harness.BUDGETS.get(page.kind)
    weight = f"{_kb(visit.bytes)} / {_kb(budget)}" if budget else _kb(visit.bytes)
    cells = [page.src, page.kind, weight, _kb(visit.gzip_bytes), f"{visit.load_ms:.0f}", serious, others]
    return "| " + " | ".join(cells) + " |"


def report(browser, server, pages, axe: bool) -> list[str]:
    rows = [
        "| page | kind | kB loaded / budget | kB gzipped | load ms | serious a11y | other a11y |",
        "|---|---|---|---|---|---|---|",
    ]
    problems = []
    for page in pages:
        reader = harness.Reader(browser, server)
        try:
            visit = reader.open(page.path)
            violations = harness.axe_violations(reader.page) if axe else None
        finally:
            reader.close()
        rows.append(format_row(page, visit, violations))
        problems += [f"{page.src}: {problem}" for problem in visit.problems()]
    return (
        rows
        + [""]
        + (
            ["Problems:", *problems]
            if problems
            else ["No console errors, failed requests or requests to other hosts."]
        )
    )


def screenshots(browser, server, pages, target: Path) -> list[Path]:
    kinds = harness.first_of_each_kind(pages)
    saved = []
    for kind in SCREENSHOT_KINDS:
        if kind not in kinds:
            continue
        for width_name, viewport in VIEWPORTS.items():
            reader = harness.Reader(browser, server, viewport=viewport)
            try:
                reader.open(kinds[kind].path)
                saved.append(harness.screenshot(reader.page, target / f"{kind}-{width_name}.png"))
            finally:
                reader.close()
    return saved


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "pages",
        nargs="*",
        metavar="PAGE",
        help="pages to report, as paths under docs/ (default: the whole navigation)",
    )
    parser.add_argument(
        "--site-dir", type=Path, help="an already built site (default: build one into a temporary folder)"
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        default=ROOT / "review" / "screenshots",
        help="folder for the screenshots (default: review/screenshots)",
    )
    parser.add_argument("--no-screenshots", action="store_true", help="print the table only")
    args = parser.parse_args(argv)

    config = harness.site_config()
    nav = harness.nav_pages(config)
    known = {page.src: page for page in nav}
    unknown = [name for name in args.pages if name not in known]
    if unknown:
        return _error(f"{unknown[0]!r} is not a page of the navigation (mkdocs.yml nav), e.g. {nav[0].src!r}")
    if args.site_dir is not None and not (args.site_dir / "index.html").is_file():
        return _error(f"--site-dir {args.site_dir} holds no built site (no index.html)")
    site_root = (args.site_dir or ROOT / "site").resolve()
    if not args.no_screenshots and args.screenshots.resolve().is_relative_to(site_root):
        return _error(
            f"--screenshots {args.screenshots} is inside the site folder; choose a folder outside it"
        )
    reason = harness.missing_browser()
    if reason:
        return _error(reason)
    axe = harness.missing_axe() is None
    if not axe:
        print(f"note: {harness.missing_axe()}; no accessibility columns", file=sys.stderr)

    site_dir = args.site_dir
    if site_dir is None:
        from scripts.lib.site import build

        site_dir = Path(tempfile.mkdtemp(prefix="site-report-"))
        built = build(ROOT, site_dir)
        if built.returncode != 0:
            return _error("mkdocs build --strict failed: " + (built.stderr.strip().splitlines() or ["?"])[-1])

    from playwright.sync_api import sync_playwright

    pages = [known[name] for name in args.pages] or nav
    with harness.SiteServer(site_dir, harness.site_prefix(config)) as server, sync_playwright() as playwright:
        browser = harness.launch(playwright, server)
        try:
            print("\n".join(report(browser, server, pages, axe)))
            if not args.no_screenshots:
                saved = screenshots(browser, server, nav, args.screenshots)
                print("\nScreenshots:", *(f"  {path}" for path in saved), sep="\n")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

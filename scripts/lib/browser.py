"""Serve the built site and open it in a real Chromium, the way a reader meets it.

Used by tests/browser and scripts/site_report.py.

* The site is served from a folder by a small HTTP server on 127.0.0.1, under the path prefix
  of ``site_url`` (``/tensorflow-study-guide/``), as GitHub Pages serves it.
* The browser reaches it as ``http://study-guide.localhost/<prefix>/``: Chromium maps that name
  and port 80 to the server's real port. The port matters: Material's instant navigation only
  intercepts links that are in ``sitemap.xml``, whose URLs it rewrites to the current protocol
  and host name but not the port, so on ``127.0.0.1:<port>`` every click is a full reload.
* Every request to another host is aborted and recorded: the site must not need one.
* Page weight counts the bytes of every file the page loaded, as served (uncompressed), and
  what gzip makes of them (GitHub Pages compresses text files).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
HOST = "study-guide.localhost"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Material's header shows the repository's stars and forks, fetched from the GitHub API.
# Optional: without it the header shows the repository name only. Nothing else may leave.
OPTIONAL_HOSTS = ("api.github.com",)
KB = 1000
# Page-weight budgets: bytes of every file a first visit (empty cache) loads, as served.
# Measured on 30 Nov 2026: home 1,144 kB, topic 1,171-1,254 kB, notebook 1,807 kB (590 kB of it
# the notebook stylesheet, which all notebook pages share). Every page also loads the search index:
# 769 kB, half of its text code listings; it grows with every listing (25 Nov: 32 kB + 7 kB per
# topic page). The topic budget is the one the project set (1.5 MB). Written down in
# docs/contributing.md ("Budgets"): change both together.
BUDGETS = {"home": 1500 * KB, "area": 1500 * KB, "page": 1500 * KB, "topic": 1500 * KB, "notebook": 2000 * KB}
DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 390, "height": 844}


def chromium_path() -> Path:
    """The browser to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium."""
    return Path(os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium")


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed in this environment (it is in requirements.lock)"
    path = chromium_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        return f"no browser installed at {path}: apt-get install chromium (or set CHROMIUM_PATH)"
    return None


def missing_axe() -> str | None:
    """Why the accessibility checks cannot run here, or None when they can."""
    if not AXE.is_file():
        return f"axe-core is not installed ({AXE.relative_to(ROOT)} missing): run npm ci"
    return None


# --- the site's configuration ------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring the Python tags (``!!python/name:...``) some extensions use."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def site_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (safe subclass)


def site_prefix(config: dict) -> str:
    """The path the site lives under, from ``site_url``.

    >>> site_prefix({"site_url": "https://me.github.io/guide/"})
    '/guide/'
    >>> site_prefix({"site_url": "https://example.org"})
    '/'
    """
    path = urlsplit(config.get("site_url") or "/").path.strip("/")
    return f"/{path}/" if path else "/"


@dataclass(frozen=True)
class NavPage:
    title: str
    src: str  # path under docs/
    path: str  # URL path under the site root: "" for the home page, "basics/hello-tensorflow/"
    kind: str  # home, area (a section index), topic (a page in an area), notebook, page (the rest)


def page_path(src: str) -> str:
    """The URL path MkDocs gives a page (directory URLs).

    >>> [page_path(s) for s in ("index.md", "basics/index.md", "basics/hello.md", "solutions/c1.ipynb")]
    ['', 'basics/', 'basics/hello/', 'solutions/c1/']
    """
    stem = src.rsplit(".", 1)[0]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def page_kind(src: str) -> str:
    """What sort of page ``src`` is, for budgets and reports.

    >>> [page_kind(s) for s in ("index.md", "nlp/index.md", "nlp/embeddings.md", "solutions/c1.ipynb", "skills.md")]
    ['home', 'area', 'topic', 'notebook', 'page']
    """
    if src == "index.md":
        return "home"
    if src.endswith(".ipynb"):
        return "notebook"
    if "/" not in src:
        return "page"
    return "area" if src.endswith("/index.md") else "topic"


def nav_pages(config: dict) -> list[NavPage]:
    """Every page of the navigation, in order."""
    found: list[NavPage] = []

    def walk(items, title=None):
        for item in items:
            if isinstance(item, str):
                add(title or item, item)
            elif isinstance(item, dict):
                for name, value in item.items():
                    if isinstance(value, list):
                        walk(value, name)
                    elif isinstance(value, str) and "://" not in value:
                        add(name, value)

    def add(title, src):
        found.append(NavPage(title, src, page_path(src), page_kind(src)))

    walk(config.get("nav") or [])
    return found


def first_of_each_kind(pages: list[NavPage]) -> dict[str, NavPage]:
    """The first page of each kind: the pages that stand for their type in budgets and reports."""
    chosen: dict[str, NavPage] = {}
    for page in pages:
        chosen.setdefault(page.kind, page)
    return chosen


# --- serving -----------------------------------------------------------------------------------


class _Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path):
        path = unquote(path.split("?", 1)[0].split("#", 1)[0])
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / ".no-such-file")  # outside the site: 404
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code, message=None, explain=None):
        """Answer a missing file with the site's own 404.html, as GitHub Pages does."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


class SiteServer:
    """Serve ``site_dir`` under ``prefix`` on 127.0.0.1 (a free port), in a thread."""

    def __init__(self, site_dir: Path, prefix: str):
        self.site_dir = Path(site_dir)
        self.prefix = prefix
        handler = type("Handler", (_Handler,), {"prefix": prefix})
        self._server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(self.site_dir))
        )
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.base = f"http://{HOST}{prefix}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str = "") -> str:
        return self.base + path

    def is_local(self, url: str) -> bool:
        return url.startswith(f"http://{HOST}/")

    def file_for(self, url: str) -> Path | None:
        """The file the server answers ``url`` with, or None (a 404)."""
        parts = urlsplit(url)
        if not self.is_local(url) or not parts.path.startswith(self.prefix):
            return None
        target = self.site_dir / unquote(parts.path[len(self.prefix) :])
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def resolver_rule(self) -> str:
        """Chromium's switch that sends ``HOST`` (port 80) to this server."""
        return f"--host-resolver-rules=MAP {HOST}:80 127.0.0.1:{self.port}"


def launch(playwright, server: SiteServer):
    """A headless Chromium that reaches ``server`` as http://study-guide.localhost/."""
    return playwright.chromium.launch(
        executable_path=str(chromium_path()), headless=True, args=[*CHROMIUM_ARGS, server.resolver_rule()]
    )


# --- visiting a page ---------------------------------------------------------------------------


@dataclass
class Visit:
    """What a reader's browser did to show one page, from an empty cache."""

    url: str
    load_ms: float = 0.0
    files: dict[str, int] = field(default_factory=dict)  # local URL -> bytes served
    gzip_bytes: int = 0
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # local requests that failed or got >= 400
    outside: list[str] = field(default_factory=list)  # requests to other hosts (all aborted)

    @property
    def bytes(self) -> int:
        return sum(self.files.values())

    def needed_outside(self) -> list[str]:
        """Requests to other hosts that are not on the optional list."""
        return [url for url in self.outside if urlsplit(url).hostname not in OPTIONAL_HOSTS]

    def problems(self) -> list[str]:
        return [
            *(f"console error: {e}" for e in self.console_errors),
            *(f"failed: {f}" for f in self.failed),
            *(f"request to another host: {u}" for u in self.needed_outside()),
        ]


@functools.cache
def _gzip_size(path: Path, mtime: float) -> int:  # noqa: ARG001 (mtime keys the cache)
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


class Reader:
    """One browser context (a reader's window) with one tab; records what each page it opens does.

    Requests to other hosts are aborted and recorded, as are failed local requests, console
    errors and uncaught exceptions. A fresh Reader starts with an empty cache.

    ``search=False`` gives the page an idle search worker: the page still fetches the worker's
    script and the search index as a reader's does (a missing one is a failed request), but the
    worker does not build the index, which costs about 1 s of CPU on every full page load. For
    tests that neither search nor measure what a page costs.
    """

    def __init__(self, browser, server: SiteServer, viewport=DESKTOP, search=True, **context_args):
        self.server = server
        self.visit = Visit("")
        self.context = browser.new_context(viewport=viewport, **context_args)
        self.context.route(
            lambda url: not server.is_local(url) and not url.startswith("data:"), self._outside
        )
        if not search:
            self.context.route(SEARCH_WORKER, self._idle_search_worker)
        self.context.on("requestfinished", self._finished)
        self.context.on("requestfailed", self._failed)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.visit.console_errors.append(f"uncaught: {error}"))

    def open(self, path: str) -> Visit:
        """Go to ``path`` under the site and wait until the network is idle."""
        self.visit = Visit(self.server.url(path))
        self.page.goto(self.visit.url, wait_until="load")
        self.page.wait_for_load_state("networkidle")
        timing = self.page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
        self.visit.load_ms = round(float(timing or 0.0), 1)
        return self.visit

    def wait_for_instant_navigation(self) -> None:
        """Wait until Material's instant navigation can take a click.

        It intercepts a link only once it has fetched ``sitemap.xml``; a click before that is a
        full page load. Under CPU load that fetch can finish well after the load event.
        """
        self.page.wait_for_function(INSTANT_READY_JS)

    def follow(self, link, path: str, heading: str) -> None:
        """Click ``link`` and wait until the page at ``path`` shows the heading ``heading``.

        With instant navigation the address changes first (``history.pushState``) and the new
        content arrives later, so waiting for the URL alone lets the next step act on the old page.
        """
        self.wait_for_instant_navigation()
        link.click()
        self.page.wait_for_function(ARRIVED_JS, arg=[path, heading])

    def close(self) -> None:
        self.context.close()

    def _outside(self, route):
        self.visit.outside.append(route.request.url)
        route.abort()

    def _idle_search_worker(self, route):
        if self.server.file_for(route.request.url) is None:
            route.continue_()  # the server's 404, recorded as a failed request
            return
        route.fulfill(status=200, content_type="text/javascript", body=IDLE_WORKER)

    def _finished(self, request):
        if not self.server.is_local(request.url):
            return
        response = request.response()
        if response is None or response.status >= 400:
            self.visit.failed.append(f"{request.url} ({response.status if response else 'no response'})")
            return
        path = self.server.file_for(request.url)
        if path is not None and request.url not in self.visit.files:
            self.visit.files[request.url] = path.stat().st_size
            self.visit.gzip_bytes += _gzip_size(path, path.stat().st_mtime)

    def _failed(self, request):
        if self.server.is_local(request.url):
            self.visit.failed.append(f"{request.url} ({request.failure})")

    def _console(self, message):
        # Aborted requests to other hosts log an error too: those are reported as requests.
        source = (message.location or {}).get("url", "")
        if message.type == "error" and not (source.startswith("http") and not self.server.is_local(source)):
            self.visit.console_errors.append(message.text)


SEARCH_WORKER = "**/assets/javascripts/workers/search.*.js"  # Material's search worker
IDLE_WORKER = "self.onmessage = () => {};"  # takes the index Material posts and does nothing
INSTANT_READY_JS = """() => performance.getEntriesByType('resource')
  .some(e => new URL(e.name).pathname.endsWith('/sitemap.xml') && e.responseEnd > 0)"""
ARRIVED_JS = """([path, heading]) => {
  const h1 = document.querySelector('.md-content article h1');
  return location.pathname.endsWith(path) && h1 !== null && h1.textContent.trim().startsWith(heading);
}"""
LINKS_JS = """() => [...document.querySelectorAll('a[href]')]
  .filter(a => !a.closest('.md-search'))
  .map(a => a.href)"""
IMAGES_JS = """() => [...document.querySelectorAll('article img, .md-content img')]
  .map(img => ({src: img.currentSrc || img.src, alt: img.getAttribute('alt'), ok: img.complete && img.naturalWidth > 0}))"""
ID = re.compile(r'\b(?:id|name)="([^"]+)"')


@functools.cache
def _ids(path: Path) -> frozenset[str]:
    return frozenset(ID.findall(path.read_text(encoding="utf-8", errors="replace")))


def broken_links(page, server: SiteServer) -> list[str]:
    """Links of ``page`` to this site whose file or anchor does not exist."""
    broken = []
    for href in sorted(set(page.evaluate(LINKS_JS))):
        if not server.is_local(href):
            continue
        target = server.file_for(href)
        anchor = unquote(urlsplit(href).fragment)
        if target is None:
            broken.append(f"{href}: no such page or file")
        elif anchor and target.suffix == ".html" and anchor not in _ids(target):
            broken.append(f"{href}: no element with id {anchor!r} in {target.relative_to(server.site_dir)}")
    return broken


# nbconvert writes this alt text into images that have none: it is not a description.
PLACEHOLDER_ALT = "No description has been provided for this image"


def images_without_alt(page) -> list[str]:
    """Images in the content that have no real alt text, or did not load."""
    bad = []
    for image in page.evaluate(IMAGES_JS):
        if not (image["alt"] or "").strip() or image["alt"] == PLACEHOLDER_ALT:
            bad.append(f"{image['src']}: no alt text")
        if not image["ok"]:
            bad.append(f"{image['src']}: did not load")
    return bad


AXE_JS = """async rules => {
  const options = {resultTypes: ['violations']};
  if (rules) options.runOnly = {type: 'rule', values: rules};
  const result = await axe.run(document, options);
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
}"""
SERIOUS = ("serious", "critical")


def axe_violations(page, rules: list[str] | None = None) -> list[dict]:
    """axe-core's violations on ``page`` (every impact; only ``rules`` when given).

    Injects axe-core from node_modules (``npm ci``) into the page.
    """
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_JS, rules)


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in SERIOUS]


def screenshot(page, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True, animations="disabled")
    return target

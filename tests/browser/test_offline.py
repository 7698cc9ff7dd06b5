"""The offline edition: ``make offline`` makes one zip; unzipped, its index.html opened from disk
(``file://``) works: search, a page's recorded figures and text output, the progress tracker, and
no request leaves the folder."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from overrides.hooks import offline as hook
from scripts.lib import browser as harness
from scripts.lib.site import ROOT
from tests.browser.test_progress import total_text

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

STAMP = ".venv/.installed-from-lock"  # as the Makefile names it: -o keeps make from reinstalling
MAX_ZIP_BYTES = 25_000_000
FOLDER = "tensorflow-study-guide"
OUTSIDE_SCRIPT = re.compile(r'<script[^>]+src="(?:https?:)?//')
CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def edition(tmp_path_factory, browser_installed) -> tuple[Path, Path]:
    """(the zip ``make offline`` made, the folder it unzips to)."""
    out = tmp_path_factory.mktemp("offline")
    run = subprocess.run(
        ["make", "-s", "-o", STAMP, "offline", f"OFFLINE_DIR={out / 'build'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    archive = out / "build" / hook.ZIP
    unzipped = out / "unzipped"
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(unzipped)
    return archive, unzipped / FOLDER


def test_make_offline_makes_one_zip_with_everything_inside(edition):
    archive, folder = edition
    print(f"{archive.name}: {archive.stat().st_size / 1e6:.1f} MB")
    assert archive.stat().st_size < MAX_ZIP_BYTES
    with zipfile.ZipFile(archive) as opened:
        tops = {name.split("/", 1)[0] for name in opened.namelist()}
    assert tops == {FOLDER}, "the zip unpacks into one folder"
    for needed in ("index.html", "skills.html", "search/search_index.js", hook.SHIM_URL):
        assert (folder / needed).is_file(), needed
    assert not (folder / "hooks").exists(), "the hooks' own files stay out of the site"
    for page in folder.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        name = page.relative_to(folder)
        assert not OUTSIDE_SCRIPT.search(text), f"{name} loads a script from another host"
        assert 'data-md-component="source"' not in text, f"{name} asks api.github.com for stars"
        config = json.loads(CONFIG.search(text).group(1))
        assert not [f for f in config["features"] if f.startswith("navigation.instant")], name


@pytest.fixture
def disk_reader(playwright, edition):
    """A Chromium tab on the unzipped folder; every request outside it is aborted and recorded."""
    folder = edition[1]
    inside = folder.as_uri() + "/"
    browser = playwright.chromium.launch(
        executable_path=str(harness.chromium_path()), args=harness.CHROMIUM_ARGS
    )
    context = browser.new_context(viewport=harness.DESKTOP)
    outside, errors = [], []

    def abort(route):
        outside.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith(inside), abort)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    # A favicon request that the next page load aborts is the browser's, not the site's.
    page.on(
        "requestfailed",
        lambda request: request.url.endswith("/favicon.png") or errors.append(f"failed: {request.url}"),
    )
    yield page, inside, outside, errors
    browser.close()


def test_the_zip_works_from_disk_and_asks_nothing_outside_it(disk_reader):
    page, inside, outside, errors = disk_reader
    page.goto(inside + "index.html", wait_until="load")
    assert page.locator("article", has_text="This is the offline edition").count() == 1

    # Search, from disk: the index is a script, the worker an iframe (the vendored shim).
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("make_line_data", delay=15)
    result = page.locator(".md-search-result a[href*='hello-tensorflow']", has_text="make_line_data").first
    result.wait_for(state="visible", timeout=15_000)
    result.click()
    page.wait_for_url("**/basics/hello-tensorflow.html*")
    assert page.locator("article h1").inner_text().startswith("Hello, TensorFlow")

    # A page with recorded figures and text output.
    page.goto(inside + "time-series/real-series.html", wait_until="load")
    figures = page.locator("figure.cell-output img")
    assert figures.count() >= 1
    assert figures.first.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.locator(".recording-note").count() == 1
    page.goto(inside + "nlp/text-generation.html", wait_until="load")
    assert page.locator(".highlight .filename", has_text="Output").count() >= 1

    # The progress tracker: each link is a full page load from disk, and the ticks stay.
    page.get_by_role("checkbox", name="Mark item 42 done").check()
    page.locator("article a[href*='#item-42']").first.click()
    page.wait_for_url("**/skills.html#item-42")
    assert page.get_by_role("checkbox", name="Mark item 42 done").is_checked()
    page.get_by_role("checkbox", name="Mark item 5 done").check()
    assert page.locator("[data-skill-total]").inner_text() == total_text(2)
    page.reload(wait_until="load")
    assert page.get_by_role("checkbox", name="Mark item 5 done").is_checked()

    assert outside == [], f"requests that left the folder: {outside}"
    assert errors == [], errors

"""The browser checks see real breakage: a hand-made broken page trips every one of them."""

from __future__ import annotations

import base64

import pytest

from scripts.lib import browser as harness

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
BROKEN = """<!doctype html><html lang="en"><head><title>Broken</title></head><body><article>
<a href="gone/">a missing page</a> <a href="#nowhere">a missing anchor</a>
<a href="other/#here">a good link</a> <a href="https://example.org/">an outside link</a>
<img src="missing.png" alt="a missing image"> <img src="dot.png"> <img src="dot.png" alt="a dot">
</article>
<script>console.error("boom")</script>
<script src="https://cdn.example.org/library.js"></script>
<script>undefinedFunction()</script>
</body></html>"""


@pytest.fixture
def broken_site(tmp_path, playwright):
    (tmp_path / "other").mkdir()
    (tmp_path / "index.html").write_text(BROKEN)
    (tmp_path / "other" / "index.html").write_text('<html><body><h2 id="here">Here</h2></body></html>')
    (tmp_path / "dot.png").write_bytes(PNG)
    (tmp_path / "404.html").write_text("<html><body>404 - Not found</body></html>")
    with harness.SiteServer(tmp_path, "/guide/") as server:
        browser = harness.launch(playwright, server)
        reader = harness.Reader(browser, server)
        yield server, reader
        reader.close()
        browser.close()


def test_every_kind_of_breakage_is_reported(broken_site):
    server, reader = broken_site
    visit = reader.open("")
    assert "boom" in visit.console_errors
    assert any("undefinedFunction" in error for error in visit.console_errors)
    assert any("missing.png (404)" in failure for failure in visit.failed)
    assert visit.needed_outside() == ["https://cdn.example.org/library.js"]
    assert len(visit.problems()) == len(visit.console_errors) + len(visit.failed) + 1

    assert harness.broken_links(reader.page, server) == [
        f"{server.url()}#nowhere: no element with id 'nowhere' in index.html",
        f"{server.url('gone/')}: no such page or file",
    ]
    assert harness.images_without_alt(reader.page) == [
        f"{server.url('missing.png')}: did not load",
        f"{server.url('dot.png')}: no alt text",
    ]
    # Weight counts what was served, from the files on disk.
    assert visit.files[server.url("dot.png")] == len(PNG)
    assert visit.bytes == len(BROKEN) + len(PNG) and visit.gzip_bytes > 0


def test_axe_reports_the_image_without_alt_text(broken_site, axe_ready):
    server, reader = broken_site
    reader.open("")
    found = {violation["id"] for violation in harness.serious(harness.axe_violations(reader.page))}
    assert "image-alt" in found


WORKER_PAGE = """<!doctype html><html lang="en"><head><title>Search</title></head><body><script>
window.reply = null;
const worker = new Worker("{worker}");
worker.onmessage = (event) => {{ window.reply = event.data; }};
worker.postMessage("index");
</script></body></html>"""


def test_an_idle_search_worker_is_fetched_but_never_runs(tmp_path, playwright):
    """``Reader(search=False)``: the page gets its worker's script (a missing one still fails) and
    the index it posts goes nowhere; a default Reader runs the real worker."""
    worker = "assets/javascripts/workers/search.1234abcd.min.js"
    (tmp_path / worker).parent.mkdir(parents=True)
    (tmp_path / worker).write_text(
        "self.ran = true; self.onmessage = (e) => self.postMessage('built ' + e.data);"
    )
    (tmp_path / "index.html").write_text(WORKER_PAGE.format(worker=worker))
    (tmp_path / "gone").mkdir()
    (tmp_path / "gone" / "index.html").write_text(
        WORKER_PAGE.format(worker="../" + worker.replace("1234abcd", "dead"))
    )
    with harness.SiteServer(tmp_path, "/guide/") as server:
        browser = harness.launch(playwright, server)
        try:
            real, idle = harness.Reader(browser, server), harness.Reader(browser, server, search=False)
            for reader in (real, idle):
                visit = reader.open("")
                assert (
                    not visit.problems()
                    and visit.files[server.url(worker)] == (tmp_path / worker).stat().st_size
                )
                started = reader.page.workers or [reader.page.wait_for_event("worker")]
                assert started[0].evaluate("() => self.ran === true") is (reader is real)
                if reader is real:
                    reader.page.wait_for_function("() => window.reply === 'built index'")
                missing = reader.open("gone/")
                assert [failure for failure in missing.failed if "search.dead.min.js" in failure]
        finally:
            browser.close()

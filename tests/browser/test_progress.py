"""The checklist progress tracker (overrides/hooks/skills.py, overrides/hooks/progress/) in a real
browser: ticks survive a reload and instant navigation, export/clear/import round-trips, a bad
import file changes nothing, it is keyboard-accessible and readable in dark mode, and it costs
no request and under 10 kB a page."""

from __future__ import annotations

import json
import re

import pytest

from overrides.hooks.skills import TOTAL_ITEMS, load_skills
from scripts.lib import browser as harness
from scripts.lib.site import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SKILLS = "skills/"
KEY = "tf-study-guide.progress"
AREAS = load_skills(ROOT / "docs")
STORED_JS = f"() => JSON.parse(localStorage.getItem('{KEY}') || 'null')"


def problems(visit):
    """The visit's problems, less the favicon request that our own next navigation aborted."""
    return [
        p
        for p in visit.problems()
        if not (p.startswith("failed: ") and "favicon.png (net::ERR_ABORTED)" in p)
    ]


def box(page, item):
    """The checkbox a screen reader announces as "Mark item N done"."""
    return page.get_by_role("checkbox", name=f"Mark item {item} done", exact=True).first


def counter(page, slug):
    return page.locator(f"[data-skill-area='{slug}']").inner_text()


def total(page):
    return page.locator("[data-skill-total]").inner_text()


def total_text(handbook_done: int, apart_done: int = 0) -> str:
    """The checklist page's total line; items of areas marked ``handbook: false`` counted apart."""
    text = f"{handbook_done} of {TOTAL_ITEMS} checklist items done"
    apart = [item for area in AREAS if area.get("handbook", True) is False for item in area["items"]]
    if apart:
        text += f"; {apart_done} of {len(apart)} beyond the checklist"
    return text + "."


def ticked(page):
    return sorted(
        page.eval_on_selector_all("input[data-skill]:checked", "boxes => boxes.map(b => b.dataset.skill)")
    )


def test_tick_with_the_keyboard_reload_still_ticked(reader):
    tab = reader()
    tab.open(SKILLS)
    page = tab.page
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    assert counter(page, "neural-networks") == "0 of 19 done"
    box(page, 14).focus()
    page.keyboard.press("Space")
    assert box(page, 14).is_checked()
    assert counter(page, "neural-networks") == "1 of 19 done"
    assert total(page) == total_text(1)
    # (Chromium asks for the favicon on its own, sometimes only now.)
    requests = [url for url in requests if not url.endswith("/favicon.png")]
    assert requests == [], f"ticking made requests: {requests}"

    page.reload(wait_until="load")
    assert box(page, 14).is_checked()
    assert ticked(page) == ["14"]
    assert counter(page, "neural-networks") == "1 of 19 done"
    assert not problems(tab.visit), problems(tab.visit)


def test_ticks_follow_instant_navigation_and_back(reader):
    tab = reader()
    tab.open("nlp/text-generation/")
    page = tab.page
    page.evaluate("() => { window.__sameDocument = true }")
    box(page, 42).check()
    # The skills box links the item to the checklist: an instant navigation, not a reload.
    tab.follow(page.locator("article a[href*='#item-42']").first, f"/{SKILLS}", "Skills checklist")
    assert page.evaluate("() => window.__sameDocument === true"), "the click reloaded the page"
    assert box(page, 42).is_checked()
    assert counter(page, "nlp") == "1 of 9 done"

    box(page, 42).uncheck()  # on the checklist page ...
    page.go_back()
    page.wait_for_function(harness.ARRIVED_JS, arg=["/nlp/text-generation/", "Text generation"])
    assert not box(page, 42).is_checked()  # ... and the page we go back to knows
    assert page.evaluate("() => window.__sameDocument === true")
    assert not problems(tab.visit), problems(tab.visit)


def test_export_clear_import_restores(reader, tmp_path):
    tab = reader()
    tab.open(SKILLS)
    page = tab.page
    for item in (3, 27, 42):
        box(page, item).check()

    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "tf-study-guide-progress" and data["version"] == 1
    assert sorted(data["done"]) == ["27", "3", "42"]

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear progress").click()
    assert ticked(page) == [] and page.evaluate(STORED_JS) is None
    assert total(page) == total_text(0)

    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import progress").click()
    chooser.value.set_files(exported)
    page.wait_for_function("() => document.querySelectorAll('input[data-skill]:checked').length === 3")
    assert ticked(page) == ["27", "3", "42"]
    assert total(page) == total_text(3)
    assert "3 items marked done" in page.get_by_role("status").inner_text()
    assert not problems(tab.visit), problems(tab.visit)


def test_items_beyond_the_checklist_are_counted_apart(reader):
    apart = [area for area in AREAS if area.get("handbook", True) is False]
    assert apart, "docs/skills.yml has no area marked handbook: false"
    first, slug = apart[0]["items"][0]["id"], apart[0]["slug"]
    tab = reader()
    tab.open(SKILLS)
    box(tab.page, first).check()
    box(tab.page, 7).check()
    assert total(tab.page) == total_text(1, apart_done=1)
    assert counter(tab.page, slug) == f"1 of {len(apart[0]['items'])} done"
    assert counter(tab.page, "basics") == "1 of 7 done"


BAD_FILES = {
    "not-json": ("progress.json", "{ this is not JSON", "it is not a JSON file"),
    "foreign": (
        "settings.json",
        json.dumps({"theme": "dark"}),
        "not a progress file exported from this site",
    ),
    "unknown-item": (
        "someone-elses-progress.json",
        json.dumps({"format": "tf-study-guide-progress", "version": 1, "done": ["3", "999"]}),
        'item "999", which is not on the checklist',
    ),
}


def test_a_broken_import_file_changes_nothing(reader, tmp_path):
    tab = reader()
    tab.open(SKILLS)
    page = tab.page
    box(page, 8).check()
    before = page.evaluate(STORED_JS)
    status = page.get_by_role("status")
    for name, (filename, text, reason) in BAD_FILES.items():
        bad = tmp_path / filename
        bad.write_text(text, encoding="utf-8")
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name="Import progress").click()
        chooser.value.set_files(bad)
        page.wait_for_function(
            "name => document.querySelector('[data-skill-status]').textContent.includes(name)", arg=filename
        )
        message = status.inner_text()
        assert reason in message and "Nothing was changed" in message, (name, message)
        assert page.evaluate(STORED_JS) == before, name
        assert ticked(page) == ["8"], name


def test_dark_mode_is_readable_and_axe_stays_clean(reader, axe_ready):
    for scheme in ("light", "dark"):
        tab = reader(color_scheme=scheme)
        tab.open(SKILLS)
        page = tab.page
        box(page, 1).check()
        page.get_by_role("button", name="Export progress").wait_for()  # the tools are showing
        rules = ["color-contrast", "link-in-text-block"] if scheme == "dark" else None
        found = harness.serious(harness.axe_violations(page, rules))
        assert not found, f"{scheme}: {found}"
        # The counters are in the text colour of the scheme, not a fixed one.
        colour = page.locator("[data-skill-total]").evaluate("e => getComputedStyle(e).color")
        text = page.locator("article p").first.evaluate("e => getComputedStyle(e).color")
        assert colour == text, (scheme, colour, text)


INLINE = re.compile(
    r"<style>/\* The checklist progress tracker.*?</style>|<script>window\.__skills=.*?</script>", re.S
)


def test_the_tracker_adds_under_10_kb_to_a_page(built_site):
    for page in ("index.html", "skills/index.html", "nlp/text-generation/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        parts = INLINE.findall(html)
        assert len(parts) == 2, f"{page}: the tracker's style and script are not both inlined"
        size = sum(len(part.encode()) for part in parts)
        assert size < 10_000, f"{page}: the tracker adds {size} bytes"

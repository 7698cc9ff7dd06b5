"""Every one of the 52 checklist items is taught somewhere on the site.

tests/site/test_skills.py checks that each ``taught_in`` entry of docs/skills.yml links a real
page section that includes a real snippet (and tests/test_snippets.py runs that snippet); this
test checks that no item is left without one.
"""

from __future__ import annotations

from overrides.hooks.skills import TOTAL_ITEMS, iter_items, load_skills
from tests.harness.markdown import DOCS


def test_every_checklist_item_is_covered():
    # The handbook's 52 only: an area marked `handbook: false` is counted apart.
    items = [item for area, item in iter_items(load_skills(DOCS)) if area.get("handbook", True) is not False]
    assert [item["id"] for item in items] == list(range(1, TOTAL_ITEMS + 1))
    missing = [item["id"] for item in items if not item.get("taught_in")]
    assert not missing, (
        f"{len(missing)} of {TOTAL_ITEMS} checklist items have no taught_in entry in docs/skills.yml: "
        + ", ".join(map(str, missing))
    )
    for item in items:
        for place in item["taught_in"]:
            assert place.get("page") and place.get("snippet"), (
                f"item {item['id']}: an entry needs page and snippet"
            )


def test_every_item_beyond_the_handbook_is_covered_too():
    apart = [item for area, item in iter_items(load_skills(DOCS)) if area.get("handbook", True) is False]
    assert apart, "docs/skills.yml lists no items beyond the handbook (an area with handbook: false)"
    assert all(item.get("taught_in") for item in apart), [
        item["id"] for item in apart if not item.get("taught_in")
    ]

"""Every one of the 52 checklist items is taught somewhere on the site.

tests/site/test_skills.py checks that each ``taught_in`` entry of docs/skills.yml links a real
page section that includes a real snippet (and tests/test_snippets.py runs that snippet); this
test checks that no item is left without one.
"""

from __future__ import annotations

from overrides.hooks.skills import TOTAL_ITEMS, iter_items, load_skills
from tests.harness.markdown import DOCS


def test_every_checklist_item_is_covered():
    items = [item for _, item in iter_items(load_skills(DOCS))]
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

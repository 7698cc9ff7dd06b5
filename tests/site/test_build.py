"""The site builds with no warning, and a broken include, link or anchor fails the build."""

from __future__ import annotations

import re

import pytest

from scripts.lib.site import build, copy_project

PAGE = "docs/basics/hello-tensorflow.md"


def test_strict_build_has_no_warnings(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "basics" / "hello-tensorflow" / "index.html").is_file()
    assert (built_site / "search" / "search_index.json").is_file()


def test_example_page_shows_included_code(built_site):
    html = (built_site / "basics" / "hello-tensorflow" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    assert "make_line_data" in text  # the data section came from the snippet file
    assert "tf.keras.layers.Dense(units=1)" in text.replace("&quot;", '"')
    assert "--8&lt;--" not in html and "[start:" not in text  # no include syntax or markers leak


def _break(tmp_path, *replacements: tuple[str, str], path: str = PAGE):
    project = copy_project(tmp_path / "project")
    file = project / path
    text = file.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, f"{old!r} not in {path}"
        text = text.replace(old, new, 1)
    file.write_text(text, encoding="utf-8")
    return build(project, tmp_path / "site")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        pytest.param(
            "fit_a_line.py:model",
            "fit_a_line.py:no-such-section",
            "Snippet section 'no-such-section' could not be located",
            id="unknown-section",
        ),
        pytest.param("fit_a_line.py:model", "no_such_file.py:model", "could not be found", id="missing-file"),
    ],
)
def test_broken_include_fails_the_build(tmp_path, old, new, message):
    result = _break(tmp_path, (old, new))
    assert result.returncode != 0
    assert message in result.stderr


def test_a_broken_link_and_a_broken_anchor_each_fail_the_build(tmp_path):
    """Both in one build (a whole-site build takes 10 s): under --strict each warning alone fails it."""
    result = _break(
        tmp_path,
        ("[Your working environment](environment.md)", "[Your working environment](../solutions/nope.md)"),
        (
            "[worked solution](../solutions/category1.ipynb)",
            "[worked solution](hello-tensorflow.md#no-such-anchor)",
        ),
    )
    assert result.returncode != 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert any("nope.md" in line for line in warnings), result.stderr[-2000:]
    assert any("no-such-anchor" in line for line in warnings), result.stderr[-2000:]

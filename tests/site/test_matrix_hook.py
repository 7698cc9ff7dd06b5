"""The version-matrix hook: each page with results says where it runs, a failure says so with
its error, and the versions page shows the whole matrix (overrides/hooks/matrix.py)."""

from __future__ import annotations

import re

import yaml

from scripts.lib.site import ROOT, build, copy_project

RESULTS = yaml.safe_load((ROOT / "docs" / "matrix.yml").read_text(encoding="utf-8"))


def _text(html: str) -> str:
    text = re.sub(r"<[^>]+>", "", html).replace("&mdash;", "—").replace("&#x27;", "'").replace("&quot;", '"')
    return re.sub(r"\s+", " ", text)


def test_pages_with_results_say_where_they_run(built_site):
    assert RESULTS["pages"], "docs/matrix.yml has no pages: run make test-matrix"
    for page, per_env in RESULTS["pages"].items():
        html = (built_site / page.rsplit(".", 1)[0] / "index.html").read_text(encoding="utf-8")
        block = re.search(
            r'<p class="version-matrix">.*?</p>|<div class="admonition failure">.*?</div>', html, re.S
        )
        assert block, f"{page}: no version-matrix line"
        text = _text(html[block.start() :])
        passing = [env for env, entry in per_env.items() if not entry.get("failed")]
        if passing:
            assert "Runs on TensorFlow" in text and "checked " in text, page
        for entry in per_env.values():
            if entry.get("failed"):
                assert "Fails on TensorFlow" in text, page
                assert entry["errors"][0]["error"][:60] in text, page


def test_versions_page_shows_the_whole_matrix(built_site):
    text = _text((built_site / "basics" / "versions" / "index.html").read_text(encoding="utf-8"))
    assert "<!-- version-matrix -->" not in text
    for env, info in RESULTS["environments"].items():
        assert f"({env})" in text and info["keras"] in text
    for page in RESULTS["pages"]:
        assert page in text


def test_a_failing_environment_shows_its_error_and_the_strict_build_passes(tmp_path):
    project = copy_project(tmp_path / "project")
    results = {
        "environments": {
            "labs": {
                "label": "course labs",
                "tensorflow": "2.16.1",
                "keras": "3.3.3",
                "python": "3.11.7",
                "date": "2026-11-30",
                "passed": 1,
                "failed": 1,
            },
            "colab": {
                "label": "Colab",
                "tensorflow": "2.19.0",
                "keras": "3.10.0",
                "python": "3.12.1",
                "date": "2026-11-30",
                "passed": 2,
                "failed": 0,
            },
        },
        "pages": {
            "basics/hello-tensorflow.md": {
                "labs": {
                    "passed": 1,
                    "failed": 1,
                    "errors": [
                        {
                            "test": "tests.test_snippets::x",
                            "error": "TypeError: Could not locate function 'mse'.",
                        }
                    ],
                },
                "colab": {"passed": 2, "failed": 0},
            },
            "solutions/category1.ipynb": {
                "labs": {"passed": 1, "failed": 0},
                "colab": {"passed": 1, "failed": 0},
            },
        },
        "other": {},
    }
    (project / "docs" / "matrix.yml").write_text(yaml.safe_dump(results), encoding="utf-8")
    built = build(project, tmp_path / "site")
    assert built.returncode == 0, built.stderr[-3000:]
    page = _text(
        (tmp_path / "site" / "basics" / "hello-tensorflow" / "index.html").read_text(encoding="utf-8")
    )
    assert "Runs on TensorFlow 2.19 (Colab) — checked 2026-11-30" in page
    assert "Fails on TensorFlow 2.16 (course labs), Keras 3.3.3" in page
    assert "TypeError: Could not locate function 'mse'." in page
    # A notebook page's HTML carries scripts and styles: look for the line itself.
    notebook = (tmp_path / "site" / "solutions" / "category1" / "index.html").read_text(encoding="utf-8")
    assert re.search(
        r'<p class="version-matrix">Runs on TensorFlow 2\.16 \(course labs\) / '
        r"TensorFlow 2\.19 \(Colab\) &mdash; checked 2026-11-30",
        notebook,
    )
    matrix = _text((tmp_path / "site" / "basics" / "versions" / "index.html").read_text(encoding="utf-8"))
    assert "fails (1): TypeError: Could not locate function 'mse'." in matrix
    assert not (tmp_path / "site" / "matrix.yml").exists()  # data, not a page

"""The weekly link watch: scripts/link_watch.py runs the real LinkChecker against a site served on
127.0.0.1 whose links reach a second local server (one good link, one dead), and keeps one issue;
.github/workflows/link-watch.yml runs it weekly with least privilege and a pinned checker."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading

import pytest
import yaml

from scripts import link_watch
from scripts.lib.site import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "link-watch.yml"
LOCK = ROOT / ".github" / "linkchecker.lock"


@pytest.fixture
def checker():
    found = shutil.which("linkchecker")
    if not found:
        reason = "linkchecker is not installed (apt-get install linkchecker; .ci/run installs it)"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"CI must run the link-watch test, but {reason}", pytrace=False)
        pytest.skip(reason)
    return found


@pytest.fixture
def elsewhere(tmp_path):
    """A server on 127.0.0.1 standing for the rest of the web: /good.csv is there, the rest is not."""
    root = tmp_path / "elsewhere"
    root.mkdir()
    (root / "good.csv").write_text("a,b\n1,2\n")
    handler = type("Quiet", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *a: None})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _site(tmp_path, elsewhere):
    site = tmp_path / "site"
    (site / "topic").mkdir(parents=True)
    (site / "index.html").write_text(
        f'<a href="topic/">a topic</a> <a href="{elsewhere}/good.csv">good</a> <a href="{elsewhere}/gone.csv">dead</a>'
    )
    (site / "topic" / "index.html").write_text(f'<a href="{elsewhere}/gone.csv">dead again</a>')
    datasets = tmp_path / "datasets.json"
    entries = [
        {"origin": f"{elsewhere}/good.csv", "about": "good data"},
        {"origin": f"{elsewhere}/moved.zip"},
    ]
    datasets.write_text(json.dumps({"datasets": entries}))
    return site, datasets


def test_check_reports_the_dead_links_and_dataset_origins_only(tmp_path, checker, elsewhere, capsys):
    site, datasets = _site(tmp_path, elsewhere)
    report = tmp_path / "broken.md"
    args = [
        "check",
        "--site",
        site,
        "--datasets",
        datasets,
        "--report",
        report,
        "--recheck-after",
        "0",
        "--threads",
        "0",
    ]
    assert link_watch.main([str(a) for a in args]) == 1
    text = report.read_text()
    assert f"<{elsewhere}/gone.csv> | 404 File not found | `/`, `/topic/` |" in text
    assert f"<{elsewhere}/moved.zip> | 404 File not found | `scripts/lib/datasets.json` |" in text
    assert "good.csv" not in text
    assert "found 2 broken links" in text

    # Once the dead links work again, the report goes and the check passes.
    (tmp_path / "elsewhere" / "gone.csv").write_text("back\n")
    (tmp_path / "elsewhere" / "moved.zip").write_text("back\n")
    assert link_watch.main([str(a) for a in args]) == 0
    assert not report.exists()
    assert "every external link and dataset origin works" in capsys.readouterr().out


def test_a_link_that_works_on_the_second_look_is_not_reported(tmp_path, checker, elsewhere, monkeypatch):
    site, datasets = _site(tmp_path, elsewhere)
    calls = []
    real = link_watch.linkchecker

    def heal_after_first_pass(*args, **kwargs):
        rows = real(*args, **kwargs)
        calls.append(kwargs["recurse"])
        for name in ("gone.csv", "moved.zip"):  # the servers' bad minute is over
            (tmp_path / "elsewhere" / name).write_text("back\n")
        return rows

    monkeypatch.setattr(link_watch, "linkchecker", heal_after_first_pass)
    args = ["check", "--site", site, "--datasets", datasets, "--recheck-after", "0", "--threads", "0"]
    assert link_watch.main([str(a) for a in args]) == 0
    assert calls == [True, False]  # the crawl, then only the failed links again


@pytest.mark.parametrize(
    "problem, message",
    [
        ("no-site", "is not a built site (no index.html)"),
        ("bad-datasets", "is not a datasets registry"),
        ("no-datasets", "no datasets file"),
        ("no-checker", "linkchecker is not installed"),
    ],
)
def test_bad_input_gets_one_line_and_exit_2(tmp_path, problem, message):
    site = tmp_path / "site"
    site.mkdir()
    if problem != "no-site":
        (site / "index.html").write_text("<p>hi</p>")
    datasets = tmp_path / "datasets.json"
    if problem != "no-datasets":
        datasets.write_text(
            '{"datasets": [{"no origin": 1}]}' if problem == "bad-datasets" else '{"datasets": []}'
        )
    checker = tmp_path / "no-linkchecker" if problem == "no-checker" else sys.executable
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "link_watch.py"), "check", "--site", str(site)]
        + ["--datasets", str(datasets), "--linkchecker", str(checker)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert run.stderr.count("\n") == 1 and message in run.stderr, run.stderr


FAKE_GH = """#!/bin/sh
echo "$*" >> "{log}"
case "$1 $2" in
  "issue list") cat "{issues}" ;;
  "issue create") echo "https://github.com/owner/repo/issues/7" ;;
esac
"""


@pytest.mark.parametrize(
    "open_issues, broken, expected",
    [
        ([], True, "issue create --title Link watch: broken external links --body-file"),
        (
            [{"number": 3, "title": "Other"}, {"number": 5, "title": link_watch.TITLE}],
            True,
            "issue edit 5 --body-file",
        ),
        ([{"number": 5, "title": link_watch.TITLE}], False, "issue close 5 --comment"),
        ([], False, None),
    ],
    ids=["opens", "updates-the-one-open", "closes-when-all-work", "nothing-to-do"],
)
def test_issue_keeps_one_issue(tmp_path, open_issues, broken, expected):
    """gh is GitHub's API client: a stand-in that records its arguments answers for it here."""
    log, issues = tmp_path / "gh.log", tmp_path / "issues.json"
    issues.write_text(json.dumps(open_issues))
    fake = tmp_path / "gh"
    fake.write_text(FAKE_GH.format(log=log, issues=issues))
    fake.chmod(0o755)
    report = tmp_path / "broken.md"
    if broken:
        report.write_text("| link |\n")
    assert link_watch.main(["issue", "--report", str(report), "--gh", str(fake)]) == 0
    calls = log.read_text().splitlines()
    assert calls[0].startswith("issue list --state open --search Link watch: broken external links in:title")
    assert calls[1:] == ([] if expected is None else [calls[1]]) and (
        expected is None or calls[1].startswith(expected)
    )


def test_issue_fails_with_one_line_when_gh_fails(tmp_path, capsys):
    fake = tmp_path / "gh"
    fake.write_text("#!/bin/sh\necho 'HTTP 401: Bad credentials' >&2\nexit 1\n")
    fake.chmod(0o755)
    assert link_watch.main(["issue", "--report", str(tmp_path / "none.md"), "--gh", str(fake)]) == 2
    assert capsys.readouterr().err == "error: gh issue list failed: HTTP 401: Bad credentials\n"


def test_help():
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "link_watch.py"), "--help"], capture_output=True, text=True
    )
    assert run.returncode == 0 and "check" in run.stdout and "issue" in run.stdout


def test_the_weekly_workflow_checks_with_the_pinned_checker_and_least_privilege():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True] if True in workflow else workflow["on"]
    (schedule,) = triggers["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert day == month == "*" and weekday not in ("*",) and "," not in weekday  # once a week
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {}
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "make build" in runs
    assert "--require-hashes" in runs and ".github/linkchecker.lock" in runs
    assert re.search(r"scripts/link_watch\.py check .*--report", runs)
    assert re.search(r"scripts/link_watch\.py issue --report", runs)
    # The issue step runs after a check that found something broken (exit 1) too, but not after a
    # check that could not run (exit 2): that must not close the open issue.
    issue_step = next(step for step in job["steps"] if "link_watch.py issue" in step.get("run", ""))
    assert (
        issue_step["if"]
        == "always() && (steps.check.outputs.status == '0' || steps.check.outputs.status == '1')"
    )
    # The checker is pinned with hashes, to the version the test above runs on Debian.
    lock = LOCK.read_text(encoding="utf-8")
    assert re.search(r"^linkchecker==\d+\.\d+\.\d+ \\$", lock, re.M) and "--hash=sha256:" in lock

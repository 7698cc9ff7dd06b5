"""`make lint` and pre-commit run the same pinned tools, and those tools catch what they should.

The tools run here offline on the project's real files and on small bad files, so a broken
configuration (a tool that checks nothing, a workflow left out) fails a test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
WORKFLOWS = ROOT / ".github" / "workflows"


def _tool(name):
    path = BIN / name
    if not path.exists():  # a venv made some other way: the tool is on PATH beside python
        path = os.path.join(os.path.dirname(sys.executable), name)
    return str(path)


def _run(*argv, cwd=ROOT, **kwargs):
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=120, **kwargs)


def test_make_lint_runs_every_tool_on_every_workflow_file():
    dry = _run("make", "-n", "-o", ".venv/.installed-from-lock", "lint")  # the Makefile's name for it
    assert dry.returncode == 0, dry.stderr
    for tool in ("ruff check", "ruff format --check", "codespell", "actionlint", "zizmor --offline"):
        assert tool in dry.stdout, tool
    workflows = sorted(p.relative_to(ROOT).as_posix() for p in WORKFLOWS.glob("*.y*ml"))
    assert workflows
    for line in dry.stdout.split("check "):
        if line.startswith(("actionlint", "zizmor")):
            for workflow in workflows:
                assert workflow in line, (workflow, line[:200])


def test_pre_commit_runs_the_tools_of_make_lint_from_the_venv():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]  # no hook repository to download
    hooks = config["repos"][0]["hooks"]
    entries = {hook["id"]: hook["entry"] for hook in hooks}
    assert set(entries) == {"ruff-check", "ruff-format", "codespell", "actionlint", "zizmor"}
    assert all(entry.startswith(".venv/bin/") for entry in entries.values())
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert (
        "actionlint -shellcheck= -pyflakes=" in entries["actionlint"]
        and "actionlint -shellcheck= -pyflakes=" in makefile
    )
    assert "zizmor --offline" in entries["zizmor"]
    workflow_hooks = [hook for hook in hooks if hook["id"] in ("actionlint", "zizmor")]
    for hook in workflow_hooks:
        for path in WORKFLOWS.glob("*.y*ml"):
            assert re.search(hook["files"], path.relative_to(ROOT).as_posix())


def test_workflows_pass_actionlint_and_zizmor():
    files = [str(p) for p in sorted(WORKFLOWS.glob("*.y*ml"))]
    actionlint = _run(_tool("actionlint"), "-shellcheck=", "-pyflakes=", *files)
    assert actionlint.returncode == 0, actionlint.stdout + actionlint.stderr
    zizmor = _run(_tool("zizmor"), "--offline", "--no-progress", "--quiet", *files)
    assert zizmor.returncode == 0, zizmor.stdout + zizmor.stderr


BAD_WORKFLOW = """\
name: bad
on: push
permissions:
  contents: write
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - run: echo "${{ github.event.head_commit.message }}"
      - run: echo ${{ matrix.missing }}
"""


def test_actionlint_and_zizmor_catch_a_bad_workflow(tmp_path):
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text(BAD_WORKFLOW)
    actionlint = _run(_tool("actionlint"), "-shellcheck=", "-pyflakes=", str(bad), cwd=tmp_path)
    assert actionlint.returncode != 0 and "matrix" in actionlint.stdout
    zizmor = _run(_tool("zizmor"), "--offline", "--no-progress", "--quiet", str(bad), cwd=tmp_path)
    assert zizmor.returncode != 0
    assert "template-injection" in zizmor.stdout and "artipacked" in zizmor.stdout


def test_codespell_passes_the_prose_and_catches_a_typo(tmp_path):
    clean = _run(_tool("codespell"), "docs", "snippets", "README.md")
    assert clean.returncode == 0, clean.stdout
    page = tmp_path / "page.md"
    page.write_text("The model recieves a window of 20 steps and falls to a trough.\n")
    typo = _run(_tool("codespell"), str(page))  # run from ROOT: reads pyproject.toml's ignore list
    assert typo.returncode != 0
    assert "recieves" in typo.stdout and "trough" not in typo.stdout


SNIPPET = '''\
"""What a teaching snippet may do: print, and import where a section starts."""

# --8<-- [start:data]
import numpy as np

values = np.arange(3)
print(values)
# --8<-- [end:data]

# --8<-- [start:plot]
import matplotlib.pyplot as plt

for index, value in enumerate(values):
    plt.bar(index, value)
# --8<-- [end:plot]
'''


@pytest.mark.parametrize(
    ("where", "code", "finding"),
    [
        ("snippets/basics/demo/teaching.py", SNIPPET, None),
        ("scripts/demo.py", SNIPPET, "E402"),  # tools import at the top
        ("snippets/basics/demo/unused.py", "import os\nimport sys\n\nprint(sys.argv)\n", "F401"),
    ],
)
def test_ruff_rules_suit_teaching_code(where, code, finding):
    result = _run(
        _tool("ruff"),
        "check",
        "--no-cache",
        "--output-format",
        "concise",
        "--stdin-filename",
        where,
        "-",
        input=code,
    )
    if finding is None:
        assert result.returncode == 0, result.stdout
    else:
        assert result.returncode == 1 and finding in result.stdout, result.stdout


def test_ruff_formatter_leaves_pages_alone():
    """Pages' Python blocks are `--8<--` includes, which the Markdown formatter would break."""
    # --force-exclude: as pre-commit calls it, with file names; `make lint` passes "." instead.
    page = "docs/basics/hello-tensorflow.md"
    assert "--8<--" in (ROOT / page).read_text(encoding="utf-8")
    result = _run(_tool("ruff"), "format", "--check", "--force-exclude", page)
    assert result.returncode == 0, result.stdout
    assert "would be reformatted" not in result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_pre_commit_hooks_run_offline_and_fail_on_a_finding(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".github" / "workflows").mkdir(parents=True)
    for name in (".pre-commit-config.yaml", "pyproject.toml", ".codespell-ignore"):
        shutil.copy(ROOT / name, repo / name)
    (repo / ".venv").symlink_to(BIN.parent)
    (repo / ".github" / "workflows" / "bad.yml").write_text(BAD_WORKFLOW)
    (repo / "docs").mkdir()
    (repo / "docs" / "page.md").write_text("Teh model.\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_CONFIG_GLOBAL": os.devnull}
    for argv in (["git", "init", "-q"], ["git", "add", "-A"]):
        assert _run(*argv, cwd=repo, env=env).returncode == 0
    result = _run(_tool("pre-commit"), "run", "--all-files", cwd=repo, env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    failed = re.findall(r"^(.+?)\.{3,}Failed$", result.stdout, re.M)
    assert failed == ["codespell (docs, snippets, README)", "actionlint (workflows)", "zizmor (workflows)"], (
        result.stdout
    )

"""CI and deploy run the README's commands; actions are pinned; .ci/run calls make test."""

from __future__ import annotations

import re

import pytest
import yaml

from scripts.lib.site import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def _load(name):
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _runs(workflow):
    return [
        step["run"].strip()
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if "run" in step
    ]


def _readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.S).group(1)
    return [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]


def test_readme_shows_the_two_commands():
    assert _readme_commands() == ["make serve", "make test"]
    assert "make build" in (ROOT / "README.md").read_text()


def _job_runs(job):
    return [step["run"].strip() for step in job.get("steps", []) if "run" in step]


def test_ci_runs_lint_the_readme_test_command_and_a_strict_build():
    ci = _load("ci.yml")
    triggers = ci[True] if True in ci else ci["on"]  # YAML 1.1 reads the key `on` as True
    assert "pull_request" in triggers and "push" in triggers
    assert _job_runs(ci["jobs"]["lint"]) == ["make lint"]
    runs = _job_runs(ci["jobs"]["test"])
    assert runs[-2:] == ["make test", "make build"]
    # Before the tests: a browser for tests/browser (its path in CHROMIUM_PATH) and axe-core.
    assert runs[:-2] == [
        'echo "CHROMIUM_PATH=$(command -v google-chrome || command -v chromium)" >> "$GITHUB_ENV"',
        "npm ci --no-audit --no-fund",
    ]
    mkdocs = (ROOT / "Makefile").read_text()
    assert "mkdocs build --strict" in mkdocs


def test_deploy_builds_uploads_and_deploys_pages():
    from overrides.hooks import offline as offline_hook

    deploy = _load("deploy.yml")
    triggers = deploy[True] if True in deploy else deploy["on"]
    assert triggers["push"]["branches"] == ["main"]
    # Only the job that publishes may write to Pages and mint an OIDC token; the build job reads.
    assert deploy["permissions"] == {}
    assert deploy["jobs"]["build"]["permissions"] == {"contents": "read"}
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"]["group"]
    # The offline edition's zip is published inside the site, where the home page links to it.
    assert _runs(deploy) == ["make build", f"make offline OFFLINE_ZIP=site/{offline_hook.ZIP}"]
    uses = [step.get("uses", "") for job in deploy["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    upload = next(
        s for j in deploy["jobs"].values() for s in j["steps"] if "upload-pages-artifact" in s.get("uses", "")
    )
    assert upload["with"]["path"] == "site"


@pytest.mark.parametrize("name", sorted(p.name for p in WORKFLOWS.glob("*.yml")))
def test_actions_are_pinned_to_full_commit_shas_with_version(name):
    lines = [line for line in (WORKFLOWS / name).read_text().splitlines() if "uses:" in line]
    assert lines
    for line in lines:
        assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$", line.strip()), line


@pytest.mark.parametrize("name", sorted(p.name for p in WORKFLOWS.glob("*.y*ml")))
def test_no_write_permission_at_workflow_level_and_credentials_kept_only_to_push(name):
    workflow = _load(name)
    assert "write" not in str(workflow.get("permissions", {})), "grant write permissions per job"
    for name_, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/checkout@"):
                # Only a job that pushes (contents: write) may keep the token in .git/config.
                persist = step.get("with", {}).get("persist-credentials")
                pushes = job.get("permissions", {}).get("contents") == "write"
                assert persist is False or (persist is True and pushes), f"{name}: job {name_}"


def test_ci_entry_point_runs_make_lint_then_make_test():
    script = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make lint$", script, re.M)
    assert re.search(r"^make test$", script, re.M)
    assert script.index("\nmake lint\n") < script.index("\nmake test\n")


def _ci_run(tmp_path, env):
    """Run .ci/run with stand-ins: no apt-get, no npm, and a `make` that only says it ran."""
    import os
    import shutil
    import subprocess

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for tool in ("dirname", "id", "bash"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    (bin_dir / "make").write_text('#!/bin/sh\necho "make $*"\n')
    (bin_dir / "make").chmod(0o755)
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path), **env}
    return subprocess.run(
        [str(bin_dir / "bash"), str(ROOT / ".ci" / "run")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=os.getcwd(),
    )


@pytest.mark.parametrize("ci", ["true", ""])
def test_ci_entry_point_fails_without_a_browser_in_ci_and_skips_elsewhere(tmp_path, ci):
    run = _ci_run(tmp_path, {"CI": ci, "CHROMIUM_PATH": str(tmp_path / "no-browser")})
    if ci:
        assert run.returncode == 1
        assert "no browser at" in run.stderr and "CI must run the browser tests" in run.stderr
        assert "make test" not in run.stdout
    else:
        assert run.returncode == 0, run.stderr
        assert "the browser tests will be skipped" in run.stdout
        assert run.stdout.rstrip().endswith("make test")


def test_ci_entry_point_fails_without_axe_core_in_ci(tmp_path):
    browser = tmp_path / "chromium"
    browser.write_text("#!/bin/sh\n")
    browser.chmod(0o755)
    run = _ci_run(tmp_path, {"CI": "true", "CHROMIUM_PATH": str(browser)})
    assert run.returncode == 1 and "npm ci failed" in run.stderr


def test_outputs_workflow_records_every_part_and_opens_one_pull_request():
    """The networked recording: its commands exist, it covers every notebook, and only the job
    that pushes may write."""
    from scripts import record_outputs

    outputs = _load("outputs.yml")
    triggers = outputs[True] if True in outputs else outputs["on"]
    assert {"workflow_dispatch", "schedule", "push"} <= set(triggers)
    assert outputs["permissions"] == {"contents": "read"}
    record, pull_request = outputs["jobs"]["record"], outputs["jobs"]["pull-request"]
    assert "permissions" not in record
    assert pull_request["permissions"] == {"contents": "write", "pull-requests": "write"}
    # Every notebook belongs to exactly one part of the matrix.
    parts = [part.split() for part in record["strategy"]["matrix"]["part"]]
    names = [target.name for target in record_outputs.targets()]
    for name in names:
        owners = [part for part in parts if record_outputs.choose([record_outputs.Target(name, None)], part)]
        assert len(owners) == 1, f"{name} is recorded by {len(owners)} parts"
    runs = "\n".join(_runs(outputs))
    makefile = (ROOT / "Makefile").read_text()
    for target in ("outputs", "verify", "notebooks", "build", "env"):
        assert f"make {target}" in runs and re.search(rf"^{target}:", makefile, re.M), target
    assert "--results docs/solutions/results.json" in runs and "--plots-dir docs/solutions/img" in runs
    assert "scripts/record_outputs.py --register" in runs
    assert record_outputs.main(["--help"]) == 0


def test_verify_solutions_accepts_the_options_the_outputs_workflow_passes(capsys):
    from scripts import verify_solutions

    with pytest.raises(SystemExit) as exit_:
        verify_solutions.main(["--help"])
    assert exit_.value.code == 0
    usage = capsys.readouterr().out
    assert "--results" in usage and "--plots-dir" in usage


def test_ci_runs_the_colab_environment_next_to_the_default_one():
    ci = _load("ci.yml")
    colab = ci["jobs"]["colab"]
    runs = _runs({"jobs": {"colab": colab}})
    assert runs == [
        "make test-matrix ENV=colab MATRIX_PYTHON=python3.12 MATRIX_RESULTS=.venvs/matrix-colab.yml"
    ]
    setup = next(step for step in colab["steps"] if "setup-python" in step.get("uses", ""))
    assert setup["with"]["python-version"] == "3.12"  # Colab's Python


def test_weekly_matrix_runs_every_environment_and_proposes_the_results():
    matrix = _load("matrix.yml")
    triggers = matrix[True] if True in matrix else matrix["on"]
    assert triggers["schedule"] and "workflow_dispatch" in triggers
    assert matrix["permissions"] == {"contents": "read"}
    (job,) = matrix["jobs"].values()
    assert job["permissions"] == {"contents": "write", "pull-requests": "write"}
    checkout = next(step for step in job["steps"] if "checkout" in step.get("uses", ""))
    assert checkout["with"]["persist-credentials"] is False
    runs = _runs(matrix)
    for env in ("labs", "colab", "default", "newest"):
        assert any(run.startswith(f"make test-matrix ENV={env}") for run in runs), env
    assert "gh pr create" in runs[-2] and "docs/matrix.yml" in runs[-2]
    assert "--annotations --check" in runs[-1] and "--env newest" in runs[-1]


def _commands(run: str):
    """Each command line of a ``run:`` block, as words, with ${{ }} expressions made plain words."""
    import shlex

    text = re.sub(r"\$\{\{[^}]*\}\}", "EXPR", run.replace("\\\n", " "))
    for line in text.splitlines():
        try:
            words = shlex.split(line, comments=True)
        except ValueError:
            continue
        command = []
        for word in words + [";"]:
            if word in ("|", "||", "&&", ";", ">", ">>", "then", "fi", "if", "!"):
                if command:
                    yield command
                command = []
            else:
                command.append(word)


def _workflow_commands():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for run in _runs(_load(path.name)):
            for command in _commands(run):
                yield path.name, command


def test_workflow_commands_exist():
    """Every make target and script (with its subcommand and options) a workflow calls exists."""
    import subprocess
    import sys

    checked = 0
    for name, command in _workflow_commands():
        if command[0] == "make":
            dry = subprocess.run(
                ["make", "-n", "-C", str(ROOT), *command[1:]], capture_output=True, text=True, timeout=60
            )
            assert dry.returncode == 0, f"{name}: {' '.join(command)}: {dry.stderr}"
            checked += 1
        scripts = [i for i, word in enumerate(command) if re.fullmatch(r"scripts/[\w-]+\.py", word)]
        if scripts:
            script, args = command[scripts[0]], command[scripts[0] + 1 :]
            assert (ROOT / script).is_file(), f"{name}: {script} does not exist"
            sub = [args[0]] if args and not args[0].startswith("-") else []
            help_text = subprocess.run(
                [sys.executable, str(ROOT / script), *sub, "--help"],
                capture_output=True,
                text=True,
                timeout=60,
                cwd=ROOT,
            )
            assert help_text.returncode == 0, f"{name}: {script} {' '.join(sub)} --help failed"
            for option in (word.split("=")[0] for word in args if word.startswith("--")):
                assert option in help_text.stdout, f"{name}: {script} {' '.join(sub)} has no option {option}"
            checked += 1
    assert checked >= 8

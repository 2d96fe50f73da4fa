"""The docs-drift CI workflow and the make targets it relies on."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "docs-drift.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def test_runs_weekly_and_on_demand(workflow: dict[str, Any]) -> None:
    triggers = workflow["on"]
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    (schedule,) = triggers["schedule"]
    *_, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*")
    assert re.fullmatch(r"[0-6]", weekday)


def test_every_run_step_is_a_make_target(workflow: dict[str, Any]) -> None:
    commands = [step["run"] for step in steps(workflow) if "run" in step]
    assert commands, "the workflow runs nothing"
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE))
    for command in commands:
        lines = [line for line in command.strip().splitlines() if line.strip()]
        assert len(lines) == 1, command
        match = re.fullmatch(r"make ([a-z-]+)( [A-Z_]+=\S+)*", lines[0])
        assert match is not None, command
        assert match.group(1) in targets


def test_refreshes_tests_keeps_the_report_and_proposes_a_pull_request(workflow: dict[str, Any]) -> None:
    runs = [step.get("run") for step in steps(workflow)]
    assert runs.index("make test") > next(i for i, run in enumerate(runs) if run and run.startswith("make refresh"))
    refresh = next(step for step in steps(workflow) if str(step.get("run", "")).startswith("make refresh"))
    report = refresh["run"].split("REFRESH_REPORT=")[1]
    artifact = next(step for step in steps(workflow) if str(step.get("uses", "")).startswith("actions/upload-artifact"))
    assert artifact["with"]["path"] == report
    assert artifact["if"] == "always()"
    proposal = next(
        step for step in steps(workflow) if str(step.get("uses", "")).startswith("peter-evans/create-pull-request")
    )
    assert proposal["with"]["body-path"] == report
    assert "steps.refresh.outcome == 'success'" in proposal["if"]
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["refresh"]["permissions"] == {"contents": "write", "pull-requests": "write"}


@pytest.mark.parametrize("target", ["fetch-docs", "drift", "refresh"])
def test_make_targets_exist_and_are_phony(target: str) -> None:
    dry_run = subprocess.run(
        ["make", "-n", "--no-print-directory", "-o", ".venv/.installed-stamp", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert dry_run.returncode == 0, dry_run.stderr
    assert f"-m scripts.{target.replace('-', '_')}" in dry_run.stdout
    phony = " ".join(re.findall(r"^\.PHONY:(.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE))
    assert target in phony.split()

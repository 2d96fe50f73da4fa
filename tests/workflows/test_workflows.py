"""Every workflow: actions pinned to commits, no credentials left behind, least privilege, zizmor clean."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
# The one permission set a job may hold beyond reading: the docs refresh pushes a branch and opens a pull request.
WRITERS = {("docs-drift.yml", "refresh"): {"contents": "write", "pull-requests": "write"}}


def _load(path: Path) -> dict[str, Any]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_both_workflows_are_checked() -> None:
    assert {path.name for path in WORKFLOWS} >= {"docs-drift.yml", "tests.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_full_commit_with_its_version(path: Path) -> None:
    uses = re.findall(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r"\s*# v\d+\.\d+\.\d+", comment), f"{action} needs its version in a comment"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_no_checkout_persists_its_credentials(path: Path) -> None:
    steps = [step for job in _load(path)["jobs"].values() for step in job["steps"]]
    checkouts = [step for step in steps if str(step.get("uses", "")).startswith("actions/checkout@")]
    assert checkouts
    for checkout in checkouts:
        assert checkout["with"]["persist-credentials"] is False


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_nothing_is_granted_by_default_and_jobs_write_only_where_needed(path: Path) -> None:
    workflow = _load(path)
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        granted = job["permissions"]
        writes = {scope: level for scope, level in granted.items() if level != "read"}
        assert writes == WRITERS.get((path.name, name), {}), (path.name, name)
        assert set(granted.values()) <= {"read", "write"}


def _zizmor() -> str:
    found = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or shutil.which("zizmor")
    assert found is not None, "zizmor is in the lint dependency group: run make install"
    return found


def test_zizmor_finds_nothing_offline() -> None:
    finished = subprocess.run(
        [_zizmor(), "--offline", "--no-progress", "--format", "json", ".github/workflows"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert json.loads(finished.stdout) == []


def test_zizmor_still_reports_an_unpinned_action(tmp_path: Path) -> None:
    # The check above means something: the same run flags a workflow that references an action by tag.
    workflow = (ROOT / ".github" / "workflows" / "tests.yml").read_text(encoding="utf-8")
    pinned = "actions/setup-python@0b93645e9fea7318ecaed2b359559ac225c90a2b # v5.3.0"
    assert pinned in workflow
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "tests.yml").write_text(
        workflow.replace(pinned, "actions/setup-python@v5"), encoding="utf-8"
    )
    finished = subprocess.run(
        [_zizmor(), "--offline", "--no-progress", "--format", "json", ".github/workflows"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode != 0
    assert {finding["ident"] for finding in json.loads(finished.stdout)} == {"unpinned-uses"}

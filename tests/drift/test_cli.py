"""``python -m scripts.drift``: sources, formats, exit statuses."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from scripts.drift.__main__ import main
from tests.drift.corpus import BASE, props, schema


def write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def old(tmp_path: Path) -> Path:
    return write(tmp_path / "old.json", BASE)


def edited(tmp_path: Path, name: str, change: str) -> Path:
    spec = copy.deepcopy(BASE)
    if change == "breaking":
        del props(spec, "Widget")["note"]
    elif change == "warning":
        schema(spec, "Status")["enum"].append("archived")
    else:
        props(spec, "Widget")["color"] = {"type": "string"}
    return write(tmp_path / name, spec)


def test_text_report_on_standard_output(old: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(old), str(edited(tmp_path, "new.json", "breaking"))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("API drift: 1 breaking, 0 warnings, 0 info\n")
    assert "response-property-removed at /components/schemas/Widget/properties/note" in out


@pytest.mark.parametrize(
    ("change", "fail_on", "status"),
    [
        ("breaking", "breaking", 1),
        ("warning", "breaking", 0),
        ("warning", "warning", 1),
        ("info", "warning", 0),
    ],
)
def test_fail_on_sets_the_exit_status(old: Path, tmp_path: Path, change: str, fail_on: str, status: int) -> None:
    assert (
        main([str(old), str(edited(tmp_path, "new.json", change)), "--fail-on", fail_on, "--format", "json"]) == status
    )


def test_output_file_gets_the_markdown(old: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "drift.md"
    assert (
        main([str(old), str(edited(tmp_path, "new.json", "warning")), "--format", "markdown", "--output", str(target)])
        == 0
    )
    assert target.read_text(encoding="utf-8").startswith("## API drift: 0 breaking, 1 warning, 0 info\n")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot read"),
        ("{not json", "cannot parse"),
        ('["a list"]', "not an OpenAPI document"),
        ('{"paths": {}}', "no 'openapi' version"),
        (
            '{"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/x"}}}}}}',
            "unresolvable reference #/components/x at /paths/~1a/get/responses/200",
        ),
        ('{"openapi": "3.1.0", "paths": {}, "x": {"$ref": "other.yaml#/a"}}', "only local references"),
    ],
)
def test_a_spec_that_cannot_be_loaded_exits_2_with_the_reason(
    old: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, reason: str
) -> None:
    broken = tmp_path / "broken.json"
    if content is not None:
        broken.write_text(content, encoding="utf-8")
    assert main([str(old), str(broken)]) == 2
    error = capsys.readouterr().err
    assert str(broken) in error
    assert reason in error


def git(repo: Path, *arguments: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo), *arguments],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway repository whose last commit holds the spec; the working tree has an edit."""
    root = tmp_path / "repo"
    (root / "openapi").mkdir(parents=True)
    git(root, "init", "-q")
    write(root / "openapi" / "sezzle-api.json", BASE)
    git(root, "add", "openapi/sezzle-api.json")
    git(root, "commit", "-q", "-m", "spec")
    edited(root / "openapi", "sezzle-api.json", "breaking")
    return root


def test_base_revision_against_the_working_tree(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--repo", str(repo), "--base", "HEAD", "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [finding["rule"] for finding in findings] == ["response-property-removed"]


def test_git_sources_name_a_revision_and_optionally_a_path(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = str(repo / "openapi" / "sezzle-api.json")
    assert main(["--repo", str(repo), "git:HEAD:openapi/sezzle-api.json", new, "--fail-on", "breaking"]) == 1
    assert "1 breaking" in capsys.readouterr().out


def test_unknown_revision_exits_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--repo", str(repo), "--base", "no-such-revision"]) == 2
    assert "git:no-such-revision:openapi/sezzle-api.json" in capsys.readouterr().err


def test_missing_specs_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    assert "give OLD [NEW]" in capsys.readouterr().err

"""The docs change Sezzle is most likely to make, carried through a copy of the project end to end.

Sezzle publishes reference pages, in the style of its full v2 spec (``/v2`` servers with relative
paths, its own operationIds and tags, inline request and answer schemas, flat Price/Link/Error
components), for sixteen operations we cover with supplements today (``docs_change/pages/``). A
maintainer then does what the README says: reads the build's refusal, settles each conflicting
component with a ``prefer:`` resolution, deletes the operations the build names as covered from the
supplements, rebuilds and regenerates. Nothing else is touched: names and decisions are keyed by
operation, so the client's surface, its rules and its behaviour must come through unchanged.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from scripts.drift.compare import compare
from scripts.drift.render import text as text_report
from scripts.drift.rules import Severity
from scripts.drift.spec import check, parse
from scripts.generate import generate_into
from scripts.specbuild.build import BuildResult, Layout, build, render
from scripts.specbuild.decisions import load_decisions
from scripts.specbuild.document import operations
from scripts.specbuild.errors import SpecBuildError

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "docs_change" / "pages"
COVERED = re.compile(r"^(?P<method>[A-Z]+) (?P<path>\S+) in supplement (?P<file>\S+) is now covered by page")
CONFLICT = re.compile(r"component (?P<component>schemas/\w+) differs in structure")
PREFER = {
    "schemas/Link": ("post-v2-session.md", "the session pages enumerate rel and method and require href"),
    "schemas/Address": ("post-v2-session.md", "requests keep the session pages' address"),
    "schemas/Customer": ("post-v2-session.md", "requests keep the session pages' customer"),
    "schemas/Price": ("post-v2-session.md", "the session pages' price, split into PriceBase"),
    "schemas/WebhookEvent": ("webhooks.yaml", "the webhook docs list nine events, the spec four"),
}
SCHEMA_PREFIX = "#/components/schemas/"


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True)
    return [name for name in listed.stdout.decode().split("\0") if name and (ROOT / name).is_file()]


def delete_operation(supplement: Path, method: str, path: str) -> None:
    """Delete one operation from a supplement by its lines, as a maintainer would in an editor."""
    lines = supplement.read_text(encoding="utf-8").splitlines(keepends=True)

    def block_end(start: int, indent: int) -> int:
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
            end += 1
        return end

    path_start = lines.index(f"  {path}:\n")
    path_end = block_end(path_start, 2)
    method_start = lines.index(f"    {method}:\n", path_start, path_end)
    del lines[method_start : block_end(method_start, 4)]
    path_end = block_end(path_start, 2)
    methods = [
        line for line in lines[path_start + 1 : path_end] if re.match(r"^    (get|put|post|delete|patch):", line)
    ]
    if not methods:
        del lines[path_start:path_end]
    supplement.write_text("".join(lines), encoding="utf-8")


@attrs.frozen
class DocsChange:
    project: Path
    refusal: str
    covered: list[tuple[str, str, str]]  # (method, path, supplement)
    before: BuildResult
    after: BuildResult
    seconds: dict[str, float]


@pytest.fixture(scope="module")
def change(tmp_path_factory: pytest.TempPathFactory) -> DocsChange:
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    project = tmp_path_factory.mktemp("docs-change") / "project"
    for name in tracked_files():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, project / name)
    before = build(Layout(project / "openapi"))
    for page in FIXTURES.glob("*.md"):
        shutil.copy(page, project / "openapi" / "pages" / page.name)
    layout = Layout(project / "openapi")

    with pytest.raises(SpecBuildError) as refusal:
        build(layout)
    resolutions = [
        {"component": component, "reason": PREFER[component][1], "prefer": PREFER[component][0]}
        for component in CONFLICT.findall(str(refusal.value))
    ]
    layout.resolutions.write_text(yaml.safe_dump(resolutions, sort_keys=False), encoding="utf-8")

    resolved = build(layout)
    covered = [
        (match["method"].lower(), match["path"], match["file"])
        for notice in resolved.notices
        if (match := COVERED.match(notice)) is not None
    ]
    for method, path, supplement in covered:
        delete_operation(layout.supplements / supplement, method, path)
    after = build(layout)
    layout.spec.write_text(render(after.spec), encoding="utf-8")
    seconds["build"] = time.perf_counter() - started
    generate_into(layout.spec, project / "generated" / "sezzle_api")
    seconds["generate"] = time.perf_counter() - started - seconds["build"]
    return DocsChange(project, str(refusal.value), covered, before, after, seconds)


def test_the_build_refuses_naming_every_conflict_and_every_differing_place(change: DocsChange) -> None:
    assert sorted(CONFLICT.findall(change.refusal)) == sorted(PREFER)
    price = next(line for line in change.refusal.splitlines() if line.startswith("component schemas/Price"))
    assert "differ at 4 place(s)" in price
    for place in ("/type", "/required", "/properties", "/allOf"):
        assert f"/components/schemas/Price{place}" in price
    assert "post-v2-order-order-uuid-capture.md" in price
    assert "resolutions.yaml" in change.refusal


def test_every_published_operation_is_named_as_covered_and_deleting_it_just_works(change: DocsChange) -> None:
    published = {
        tuple(re.findall(r"^`{3,}yaml (\w+) (\S+)$", page.read_text(), re.M)[0]) for page in FIXTURES.glob("*.md")
    }
    assert len(published) >= 10
    assert {(method, path) for method, path, _ in change.covered} == published
    assert not [notice for notice in change.after.notices if "is now covered" in notice]
    authentication = yaml.safe_load((change.project / "openapi/supplements/authentication.yaml").read_text())
    assert not authentication["paths"]  # its only operation was deleted, and the build still passes


def _surface(spec: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Each operation's generated function, module, and the classes of its body and success answers."""
    found: dict[str, tuple[Any, ...]] = {}
    for key in operations(spec):
        method, path = key.split(" ", 1)
        operation = spec["paths"][path][method.lower()]
        body = (operation.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
        answers = {
            status: (answer.get("content") or {}).get("application/json", {}).get("schema")
            for status, answer in operation["responses"].items()
            if status.startswith("2")
        }

        def name(schema: Any) -> str | None:
            if not isinstance(schema, dict):
                return None
            ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
            return ref[len(SCHEMA_PREFIX) :] if isinstance(ref, str) else "inline"

        found[key] = (
            operation["operationId"],
            operation["tags"],
            name(body),
            {status: name(schema) for status, schema in answers.items()},
        )
    return found


def test_every_operation_keeps_its_module_function_and_classes(change: DocsChange) -> None:
    assert _surface(change.after.spec) == _surface(change.before.spec)
    models = (change.project / "generated/sezzle_api/models/__init__.py").read_text(encoding="utf-8")
    for key, (function, (module,), body, answers) in _surface(change.after.spec).items():
        assert (change.project / "generated/sezzle_api/api" / module.lower() / f"{function}.py").is_file(), key
        for cls in filter(None, [body, *answers.values()]):
            assert re.search(rf"\b{cls}\b", models), f"{key}: class {cls} is not generated"


def test_every_decision_still_reaches_its_operations(change: DocsChange) -> None:
    decisions = load_decisions(change.project / "openapi" / "decisions")
    before, after = change.before.decisions.reached(), change.after.decisions.reached()
    for decision in decisions:
        if decision.operations is None:
            assert after[decision.id], decision.id
        else:
            assert after[decision.id] == set(decision.operations) == before[decision.id], decision.id
    reached_before = sum(len(ops) for ops in before.values())
    reached_after = sum(len(ops) for ops in after.values())
    assert len(after) == len(decisions) >= 60
    # The only target fewer: the authentication page documents no error answers for the error-body rule.
    assert reached_after == reached_before - 1
    print(f"\n{len(decisions)} decisions reach {reached_after} operation targets ({reached_before} before)")


def test_no_breaking_drift_for_code_using_the_client(change: DocsChange) -> None:
    old = check(change.before.spec, "before")
    new = check(change.after.spec, "after")
    report = compare(old, new)
    assert report.count(Severity.BREAKING) == 0, text_report(report)


def test_drift_reads_sezzles_raw_server_form_like_the_page_form(change: DocsChange) -> None:
    raw = json.loads(render(change.after.spec))
    raw["servers"] = [{**server, "url": server["url"] + "/v2"} for server in raw["servers"]]
    raw["paths"] = {path.removeprefix("/v2"): item for path, item in raw["paths"].items()}
    base = check(change.before.spec, "before")
    page_form = compare(base, parse(render(change.after.spec), "spec.json", "after"))
    raw_form = compare(base, parse(json.dumps(raw), "spec.json", "after"))
    assert text_report(raw_form) == text_report(page_form)
    assert page_form.summary() == raw_form.summary()


def _run(change: DocsChange, *command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(change.project / part) for part in ("generated", "overlay"))}
    return subprocess.run(command, cwd=change.project, env=env, capture_output=True, text=True, check=False)


def test_the_overlay_type_checks_strictly_against_the_regenerated_package(change: DocsChange) -> None:
    started = time.perf_counter()
    result = _run(change, sys.executable, "-m", "mypy", "--no-incremental", "overlay/sezzle")
    change.seconds["mypy"] = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_end_to_end_tests_pass_on_the_regenerated_package(change: DocsChange) -> None:
    started = time.perf_counter()
    probe = _run(change, sys.executable, "-c", "import sezzle_api, sezzle; print(sezzle_api.__file__, sezzle.__file__)")
    assert probe.stdout.split() == [
        str(change.project / "generated/sezzle_api/__init__.py"),
        str(change.project / "overlay/sezzle/__init__.py"),
    ]
    result = _run(change, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/e2e")
    change.seconds["e2e"] = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"\b\d+ passed\b", result.stdout)
    print("\n" + ", ".join(f"{step} {value:.1f} s" for step, value in change.seconds.items()))

"""Build the merged spec: ``python -m scripts.specbuild.build`` (``make spec``).

What Sezzle says: pages and supplements -> merge (with resolutions).
What we decide: decisions (rules and defect fixes) -> names (Python names) -> components no operation
uses are dropped -> the forms OpenAPI 3.1 forbids are removed -> validation -> JSON with sorted keys.
Decisions and names are keyed by operation, so they hold whichever source defines an operation.
The JSON is committed: its diff is the history of Sezzle's API as we consume it.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.specbuild.decisions import DecisionReport, apply_decisions, describe, load_decisions
from scripts.specbuild.document import prune
from scripts.specbuild.errors import SpecBuildError
from scripts.specbuild.merge import load_resolutions, merge
from scripts.specbuild.names import apply_names, load_names
from scripts.specbuild.sources import SkippedPage, Source, read_page, read_supplement

ROOT = Path(__file__).resolve().parents[2]
OPENAPI_DIR = ROOT / "openapi"
SPEC_NAME = "sezzle-api.json"


@dataclass(frozen=True)
class Layout:
    """Where the build reads its inputs; tests point it at a temporary folder."""

    root: Path = OPENAPI_DIR

    @property
    def pages(self) -> Path:
        return self.root / "pages"

    @property
    def supplements(self) -> Path:
        return self.root / "supplements"

    @property
    def decisions(self) -> Path:
        return self.root / "decisions"

    @property
    def names(self) -> Path:
        return self.root / "names.yaml"

    @property
    def resolutions(self) -> Path:
        return self.root / "resolutions.yaml"

    @property
    def spec(self) -> Path:
        return self.root / SPEC_NAME


@dataclass
class BuildResult:
    spec: dict[str, Any]
    notices: list[str] = field(default_factory=list)
    decisions: DecisionReport = field(default_factory=DecisionReport)
    dropped: list[str] = field(default_factory=list)  # components no operation uses, left out


def read_sources(layout: Layout, notices: list[str]) -> list[Source]:
    sources: list[Source] = []
    for path in sorted(layout.pages.glob("*.md")):
        page = read_page(path)
        if isinstance(page, SkippedPage):
            notices.append(f"page {page.name} has no OpenAPI block: skipped")
        else:
            sources.append(page)
    if layout.supplements.is_dir():
        sources.extend(read_supplement(path) for path in sorted(layout.supplements.glob("*.yaml")))
    return sources


VALIDATED = Path(__file__).resolve().parents[2] / "build" / "spec-validated"
"""Digests of merged specs the validator has passed (``build/`` is git-ignored): each is validated once."""


def _digest(spec: dict[str, Any]) -> str:
    from importlib.metadata import version

    text = json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{version('openapi-spec-validator')}\n{text}".encode()).hexdigest()


def validate(spec: dict[str, Any], cache: Path | None = VALIDATED) -> None:
    """Gate on the OpenAPI validator: the generator accepts specs the standard rejects.

    The validator is most of a build's time, and ``make generate`` and ``make check`` build the same spec
    again: a spec it has passed (the same document, by digest, under the same validator version) is not
    validated twice. Failures are never remembered.
    """
    digest = _digest(spec) if cache is not None else ""
    if cache is not None and (cache / digest).is_file():
        return
    from openapi_spec_validator import validate as validate_spec
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate_spec(spec)
    except OpenAPIValidationError as exc:
        where = "/".join(str(part) for part in exc.absolute_path)
        raise SpecBuildError(f"the merged spec is not valid OpenAPI at /{where}: {exc.message}") from None
    if cache is not None:
        with contextlib.suppress(OSError):  # a read-only checkout still builds, validating every time
            cache.mkdir(parents=True, exist_ok=True)
            (cache / digest).touch()


def drop_examples_beside_refs(spec: dict[str, Any]) -> int:
    """OpenAPI 3.1 allows only summary and description beside a response's $ref; Sezzle's pages put an
    example there on every error answer. The pages keep them (tests read them); the spec drops them."""
    dropped = 0
    holders = [spec.get("components", {}).get("responses") or {}]
    holders += [
        operation.get("responses") or {}
        for item in (spec.get("paths") or {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
    ]
    for responses in holders:
        for response in responses.values():
            if isinstance(response, dict) and "$ref" in response:
                for key in [key for key in response if key not in {"$ref", "summary", "description"}]:
                    del response[key]
                    dropped += 1
    return dropped


def build(layout: Layout = Layout(), check_validity: bool = True) -> BuildResult:
    notices: list[str] = []
    merged = merge(read_sources(layout, notices), load_resolutions(layout.resolutions))
    notices.extend(merged.notices)
    decisions = load_decisions(layout.decisions)
    names = load_names(layout.names)
    spec = merged.document
    report = apply_decisions(spec, decisions)
    notices.extend(report.notices)
    apply_names(spec, names)
    dropped = prune(spec)
    drop_examples_beside_refs(spec)
    if check_validity:
        validate(spec)
    return BuildResult(spec, notices, report, dropped)


def render(spec: dict[str, Any]) -> str:
    """Deterministic JSON: a YAML round trip would turn the string '0228' into the integer 228."""
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the merged Sezzle OpenAPI spec.")
    parser.add_argument(
        "--openapi-dir", type=Path, default=OPENAPI_DIR, help="folder with pages/, decisions/, names.yaml..."
    )
    parser.add_argument("--output", type=Path, help="where to write the spec (default: <openapi-dir>/sezzle-api.json)")
    args = parser.parse_args(argv)
    layout = Layout(args.openapi_dir)
    try:
        result = build(layout)
    except SpecBuildError as exc:
        print(f"spec build failed: {exc}", file=sys.stderr)
        return 1
    for notice in result.notices:
        print(f"notice: {notice}", file=sys.stderr)
    print(describe(result.decisions), file=sys.stderr)
    if result.dropped:
        print(f"left out (no operation uses them): {', '.join(result.dropped)}", file=sys.stderr)
    output = args.output or layout.spec
    output.write_text(render(result.spec), encoding="utf-8")
    print(f"wrote {output} ({len(result.spec['paths'])} paths)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

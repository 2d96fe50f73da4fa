"""Refresh from Sezzle's docs: ``python -m scripts.refresh`` (``make refresh``).

Fetches the doc pages, rebuilds the merged spec, regenerates the client, reports API drift against
the committed spec, and prints what changed. The markdown report (the pull-request description in
CI) is written to ``--report`` whether the refresh succeeds or not, so a failed run explains itself.
The spec and the package are written only once both were built.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import attrs

from scripts.check import compare_trees
from scripts.drift.compare import compare
from scripts.drift.findings import Report
from scripts.drift.names import NamingRules
from scripts.drift.render import markdown
from scripts.drift.spec import GIT_PREFIX, Spec, SpecLoadError, load, parse
from scripts.fetch_docs import FetchConfig, FetchError, FetchReport, add_fetch_arguments, config_from, fetch
from scripts.generate import OUTPUT, GenerationError, generate_into
from scripts.specbuild.build import ROOT, Layout, build, render
from scripts.specbuild.errors import SpecBuildError

DEFAULT_REPORT = ROOT / "build" / "drift-report.md"
TITLE = "Refresh from Sezzle's docs"


@attrs.frozen
class RefreshResult:
    pages: FetchReport | None  # None when fetching was skipped
    spec_changed: bool
    package_changes: tuple[str, ...]  # files of the generated package that differ, as check reports them
    drift: Report
    base: str
    notices: tuple[str, ...] = ()


def _replace_package(fresh: Path, package: Path) -> None:
    if package.exists():
        shutil.rmtree(package)
    package.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(fresh, package)


def refresh(
    layout: Layout,
    package: Path,
    base: Spec,
    fetch_config: FetchConfig | None,
    names: NamingRules | None = None,
) -> RefreshResult:
    """Fetch (unless ``fetch_config`` is None), rebuild, regenerate, and compare with ``base``."""
    pages = fetch(layout.pages, fetch_config) if fetch_config is not None else None
    built = build(layout)
    text = render(built.spec)
    spec_changed = not layout.spec.exists() or layout.spec.read_text(encoding="utf-8") != text
    with tempfile.TemporaryDirectory(prefix="sezzle-refresh-") as work:
        spec_file = Path(work) / layout.spec.name
        spec_file.write_text(text, encoding="utf-8")
        fresh = Path(work) / package.name
        generate_into(spec_file, fresh)
        package_changes = tuple(compare_trees(fresh, package))
        if spec_changed:
            layout.spec.write_text(text, encoding="utf-8")
        if package_changes:
            _replace_package(fresh, package)
    drift = compare(base, parse(text, layout.spec.name, "refreshed spec"), names)
    return RefreshResult(pages, spec_changed, package_changes, drift, base.label, tuple(built.notices))


def _package_summary(result: RefreshResult) -> str:
    changed = len(result.package_changes)
    return f"{changed} file{'' if changed == 1 else 's'} changed" if changed else "unchanged"


def summary_lines(result: RefreshResult) -> list[str]:
    lines = result.pages.lines() if result.pages is not None else ["pages: not fetched"]
    lines.append(f"spec: {'changed' if result.spec_changed else 'unchanged'}")
    lines.append(f"generated package: {_package_summary(result)}")
    lines += [f"  {change}" for change in result.package_changes]
    lines.append(f"drift against {result.base}: {result.drift.summary()}")
    lines += [f"notice: {notice}" for notice in result.notices]
    return lines


def report_markdown(result: RefreshResult) -> str:
    lines = [f"## {TITLE}", ""]
    if result.pages is None:
        lines.append("- Pages: not fetched")
    else:
        lines.append(f"- Pages: {result.pages.summary()}")
        for label, names in (
            ("added", result.pages.added),
            ("removed", result.pages.removed),
            ("changed", result.pages.changed),
        ):
            lines += [f"  - {label}: `{name}`" for name in names]
    lines.append(f"- Merged spec: {'changed' if result.spec_changed else 'unchanged'}")
    lines.append(f"- Generated package: {_package_summary(result)}")
    lines += [f"  - {change}" for change in result.package_changes]
    lines.append(f"- Compared with: `{result.base}`")
    if result.notices:
        lines += ["", "<details><summary>Build notices</summary>", ""]
        lines += [f"- {notice}" for notice in result.notices]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n\n" + markdown(result.drift, heading="###")


def failure_markdown(step: str, problem: str) -> str:
    return f"## {TITLE}\n\nThe refresh failed while {step}; nothing was proposed.\n\n```\n{problem}\n```\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.refresh", description="Fetch docs, rebuild the spec and client, report API drift."
    )
    add_fetch_arguments(parser)
    parser.add_argument(
        "--openapi-dir", type=Path, default=Layout().root, help="folder with pages/, decisions/, names.yaml..."
    )
    parser.add_argument("--package", type=Path, default=OUTPUT, help="the generated package to refresh")
    parser.add_argument("--base", default=f"{GIT_PREFIX}HEAD", help="spec to compare with: a file or git:REV")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT, help="where to write the markdown report")
    parser.add_argument("--no-fetch", action="store_true", help="rebuild from the pages already in place")
    args = parser.parse_args(argv)
    try:
        base = load(args.base)  # before anything is rewritten: the base may be the spec file itself
    except SpecLoadError as exc:
        print(f"refresh: {exc}", file=sys.stderr)
        _write(args.report, failure_markdown("loading the spec to compare with", str(exc)))
        return 2
    layout = Layout(args.openapi_dir)
    try:
        result = refresh(layout, args.package, base, None if args.no_fetch else config_from(args))
    except FetchError as exc:
        step, problem = "fetching the docs (the pages were left unchanged)", str(exc)
    except SpecBuildError as exc:
        step, problem = "building the merged spec", str(exc)
    except GenerationError as exc:
        step, problem = "generating the client", str(exc)
    else:
        print("\n".join(summary_lines(result)))
        _write(args.report, report_markdown(result))
        print(f"report: {args.report}")
        return 0
    print(f"refresh failed while {step}:\n{problem}", file=sys.stderr)
    _write(args.report, failure_markdown(step, problem))
    return 1


if __name__ == "__main__":
    sys.exit(main())

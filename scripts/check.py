"""Staleness gate: ``python -m scripts.check`` (``make check``).

Rebuilds the merged spec and the generated package in a temporary folder and fails, printing the
differing files, when either differs from what is in the tree.
"""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path

from scripts import unasync
from scripts.generate import OUTPUT, GenerationError, generate_into
from scripts.specbuild.build import Layout, build, render
from scripts.specbuild.errors import SpecBuildError

IGNORED = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache"})


def _files(root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not IGNORED.intersection(path.relative_to(root).parts)
    }


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Differences between a freshly generated tree and the one in place, one line each."""
    want, have = _files(expected), (_files(actual) if actual.is_dir() else set())
    lines = [f"missing: {name}" for name in sorted(want - have)]
    lines += [f"not generated (stray): {name}" for name in sorted(have - want)]
    lines += [
        f"differs: {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return lines


def stale(layout: Layout | None = None, package: Path = OUTPUT) -> list[str]:
    """Every way in which the committed spec or package differs from a fresh build."""
    layout = layout or Layout()
    problems: list[str] = []
    text = render(build(layout).spec)
    committed = layout.spec.read_text(encoding="utf-8") if layout.spec.exists() else None
    if committed != text:
        problems.append(f"differs: {layout.spec.relative_to(layout.root.parent)} (run `make spec`)")
    with tempfile.TemporaryDirectory(prefix="sezzle-check-") as work:
        spec = Path(work) / "sezzle-api.json"
        spec.write_text(text, encoding="utf-8")
        fresh = Path(work) / package.name
        generate_into(spec, fresh)
        differences = compare_trees(fresh, package)
    problems += [
        f"{line.split(': ', 1)[0]}: {package.parent.name}/{package.name}/{line.split(': ', 1)[1]}"
        for line in differences
    ]
    if differences:
        problems.append("generated code is stale or was edited by hand (run `make generate`)")
    problems += [
        f"differs: {path.relative_to(layout.root.parent)}: its sync twin (run `make generate`)"
        for path in unasync.stale()
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fail if the committed spec or generated package is stale.")
    parser.add_argument("--openapi-dir", type=Path, default=Layout().root)
    parser.add_argument("--package", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        problems = stale(Layout(args.openapi_dir), args.package)
    except (SpecBuildError, GenerationError) as exc:
        print(f"check failed: {exc}", file=sys.stderr)
        return 1
    if problems:
        print("stale:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("spec and generated package are current", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

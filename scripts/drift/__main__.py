"""Drift report between two merged specs: ``python -m scripts.drift OLD [NEW]`` (``make drift``).

OLD and NEW are files or ``git:REV`` (the committed spec in that revision); NEW defaults to the
spec in the working tree, and ``--base REV`` is short for OLD = ``git:REV``. Exit status: 0, or 1
when a change reaches ``--fail-on``, or 2 when a spec cannot be loaded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.drift.compare import compare
from scripts.drift.render import FORMATS
from scripts.drift.rules import Severity
from scripts.drift.spec import GIT_PREFIX, ROOT, SPEC_PATH, SpecLoadError, load


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m scripts.drift", description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="*", metavar="SPEC", help="OLD [NEW]: a file or git:REV")
    parser.add_argument("--base", metavar="REV", help="compare the spec committed in REV with the working tree")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument("--fail-on", choices=[Severity.BREAKING.value, Severity.WARNING.value])
    parser.add_argument("--output", type=Path, help="write the report here instead of standard output")
    parser.add_argument("--spec-path", default=SPEC_PATH, help=f"the spec's path in git revisions ({SPEC_PATH})")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the git repository that git:REV refers to")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    specs: list[str] = list(args.specs)
    if args.base is not None:
        specs.insert(0, args.base if args.base.startswith(GIT_PREFIX) else f"{GIT_PREFIX}{args.base}")
    if not specs or len(specs) > 2:
        parser.error("give OLD [NEW], or --base REV [NEW]")
    if len(specs) == 1:
        specs.append(str(args.repo / args.spec_path))
    try:
        old, new = [load(source, root=args.repo, spec_path=args.spec_path) for source in specs]
    except SpecLoadError as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 2
    report = compare(old, new)
    rendered = FORMATS[args.format](report)
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(rendered, encoding="utf-8")
    else:
        sys.stdout.write(rendered)
    if args.fail_on is not None and report.at_least(Severity(args.fail_on)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

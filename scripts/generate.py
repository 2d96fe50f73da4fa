"""Generate the client package from the merged spec: ``python -m scripts.generate`` (``make generate``).

Generation always happens in a temporary folder and is then copied into place, so that ``make check``
(which generates into a temporary folder and compares) runs exactly the same steps. From the committed
spec it refuses to run when that spec is not what the sources build now (the last ``make spec``
failed, or pages, supplements, decisions or names changed since): the package would silently lag.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts import unasync
from scripts.rules import RULES_FILE, render_rules

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "sezzle-api.json"
CONFIG = ROOT / "openapi" / "generator.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
METHODS = ROOT / "openapi" / "methods.yaml"
PACKAGE = "sezzle_api"
OUTPUT = ROOT / "generated" / PACKAGE


class GenerationError(Exception):
    """The generator failed or warned; its output is in the message."""


def _environment() -> dict[str, str]:
    """Put this interpreter's scripts folder first on PATH so the generator finds the pinned ruff."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def generate_into(spec: Path, destination: Path) -> None:
    """Run the generator on ``spec`` and leave the package at ``destination`` (replaced if present)."""
    with tempfile.TemporaryDirectory(prefix="sezzle-generate-") as work:
        output = Path(work) / PACKAGE
        command = [
            sys.executable,
            "-m",
            "scripts.openapi_generator",
            str(METHODS),
            "--",
            "generate",
            "--path",
            str(spec),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--fail-on-warning",
            "--overwrite",
        ]
        completed = subprocess.run(command, capture_output=True, text=True, env=_environment(), check=False, cwd=ROOT)
        if completed.returncode != 0:
            raise GenerationError(completed.stdout + completed.stderr)
        shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
        # The generator's own httpx client and its error type: nothing here sends through them.
        (output / "client.py").unlink()
        (output / "errors.py").unlink()
        spec_document = json.loads(spec.read_text(encoding="utf-8"))
        (output / RULES_FILE).write_text(render_rules(spec_document), encoding="utf-8")
        # PEP 561: without the marker, type checkers treat the installed package as untyped (``--meta none``
        # writes no packaging files, so the generator does not add it).
        (output / "py.typed").touch()
        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(output, destination)


def stale_spec(openapi_dir: Path) -> str | None:
    """Why the committed spec in ``openapi_dir`` is not what its sources build now, or None."""
    from scripts.specbuild.build import Layout, build, render
    from scripts.specbuild.errors import SpecBuildError

    layout = Layout(openapi_dir)
    try:
        text = render(build(layout).spec)
    except SpecBuildError as exc:
        return f"the spec does not build from its sources:\n{exc}\nfix that, then run `make spec`"
    committed = layout.spec.read_text(encoding="utf-8") if layout.spec.exists() else None
    if committed != text:
        return f"{layout.spec.name} is not what its sources build now: run `make spec` first"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate generated/sezzle_api from the merged spec.")
    parser.add_argument("--spec", type=Path, help="generate from this spec file instead of the committed one")
    parser.add_argument("--openapi-dir", type=Path, default=SPEC.parent, help="the sources of the committed spec")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.spec is None:
        problem = stale_spec(args.openapi_dir)
        if problem is not None:
            print(f"generation refused: {problem}", file=sys.stderr)
            return 1
        args.spec = args.openapi_dir / SPEC.name
    try:
        generate_into(args.spec, args.output)
    except GenerationError as exc:
        print(f"generation failed:\n{exc}", file=sys.stderr)
        return 1
    print(f"generated {args.output}", file=sys.stderr)
    return unasync.main([])  # the sync twins of the overlay's hand-written async code


if __name__ == "__main__":
    sys.exit(main())

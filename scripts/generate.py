"""Generate the client package from the merged spec: ``python -m scripts.generate`` (``make generate``).

Generation always happens in a temporary folder and is then copied into place, so that ``make check``
(which generates into a temporary folder and compares) runs exactly the same steps.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "sezzle-api.json"
CONFIG = ROOT / "openapi" / "generator.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
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
            "openapi_python_client",
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
        completed = subprocess.run(command, capture_output=True, text=True, env=_environment(), check=False)
        if completed.returncode != 0:
            raise GenerationError(completed.stdout + completed.stderr)
        shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
        # PEP 561: without the marker, type checkers treat the installed package as untyped (``--meta none``
        # writes no packaging files, so the generator does not add it).
        (output / "py.typed").touch()
        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(output, destination)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate generated/sezzle_api from the merged spec.")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        generate_into(args.spec, args.output)
    except GenerationError as exc:
        print(f"generation failed:\n{exc}", file=sys.stderr)
        return 1
    print(f"generated {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

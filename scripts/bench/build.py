"""``make spec`` and ``make generate``: the wall time of each step, run as the make targets run them.

Each step is the same command the Makefile runs, in a fresh process, but writing into a temporary
folder: the committed spec and package are never touched. The generator step is timed again without
its post hooks' share by timing ``ruff`` on the generated package alone, and the generator's start-up and the
spec's validation are timed apart, which shows where the time goes.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

from scripts.bench.specsize import SizePoint
from scripts.bench.specsize import measure as measure_sizes
from scripts.bench.stats import Spread

ROOT = Path(__file__).resolve().parents[2]


@attrs.frozen
class Build:
    spec: Spread
    generate: Spread
    total: Spread
    formatting: Spread
    """Seconds of the generator's two ruff post hooks, run alone on a generated package."""
    generator_start: Spread
    """Seconds for a fresh process to import openapi-python-client's command line, before it reads anything."""
    unvalidated_spec: Spread
    """Seconds for the spec step without its final openapi-spec-validator pass."""
    cold_spec: Spread
    """Seconds for the spec step validating as if the document were new (no remembered validation)."""
    sizes: tuple[SizePoint, ...] = ()
    """``make spec`` + ``make generate`` for synthesised specs of more operations."""


def _run(command: list[str], cwd: Path = ROOT) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, capture_output=True, check=True)
    return time.perf_counter() - started


def _ruff(package: Path) -> float:
    ruff = str(Path(sys.executable).parent / "ruff")
    check = [ruff, "check", ".", "--isolated", "--no-cache", "--quiet", "--fix-only", "--select", "F401,I"]
    return _run(check, package) + _run([ruff, "format", ".", "--isolated", "--no-cache", "--quiet"], package)


_UNVALIDATED = (
    "from scripts.specbuild.build import Layout, build, render; render(build(Layout(), check_validity=False).spec)"
)
_COLD = (
    "import sys; from scripts.specbuild import build; build.validate.__defaults__ = (None,); "
    "sys.exit(build.main(['--output', sys.argv[1]]))"
)


def measure(rounds: int, sizes: tuple[int, ...] = (100, 300, 1000)) -> Build:
    spec_times: list[float] = []
    cold: list[float] = []
    generate_times: list[float] = []
    formatting: list[float] = []
    starts: list[float] = []
    unvalidated: list[float] = []
    for _ in range(rounds):
        starts.append(_run([sys.executable, "-c", "import openapi_python_client.cli"]))
        unvalidated.append(_run([sys.executable, "-c", _UNVALIDATED]))
        with tempfile.TemporaryDirectory(prefix="sezzle-bench-") as work:
            spec, package = Path(work) / "sezzle-api.json", Path(work) / "sezzle_api"
            cold.append(_run([sys.executable, "-c", _COLD, str(spec)]))
            spec_times.append(_run([sys.executable, "-m", "scripts.specbuild.build", "--output", str(spec)]))
            generate = [sys.executable, "-m", "scripts.generate", "--spec", str(spec), "--output", str(package)]
            generate_times.append(_run(generate))
            formatting.append(_ruff(package))
    totals = [a + b for a, b in zip(spec_times, generate_times, strict=True)]
    return Build(
        spec=Spread.of(spec_times),
        generate=Spread.of(generate_times),
        total=Spread.of(totals),
        formatting=Spread.of(formatting),
        generator_start=Spread.of(starts),
        unvalidated_spec=Spread.of(unvalidated),
        cold_spec=Spread.of(cold),
        sizes=measure_sizes((0, *sizes)) if sizes else (),
    )

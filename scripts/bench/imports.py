"""What a process pays to use the client: ``from sezzle import Sezzle; Sezzle(...)`` against ``import httpx``.

Measured where users run it: a virtual environment with only the runtime dependencies installed
(``build/bench-venv``, made with ``pip install -e .`` and no development groups, and made again only when
``pyproject.toml`` changes), so that development tools an import might pick up (httpx loads ``click``
and ``rich`` for its command line when they are installed) do not count. Each round starts one fresh
process per side and times the whole process (interpreter start-up included); rounds alternate the
order. Each process also reports its own peak resident memory at its end. ``python -X importtime`` then
lists the modules constructing a client loads beyond what ``import httpx`` loads.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from scripts.bench.stats import Spread, ratios

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / "build" / "bench-venv"

CONSTRUCT = "from sezzle import Sezzle; Sezzle('sz_pub_bench', 'sz_pr_bench')"
HTTPX = "import httpx"
HTTPX_CLIENT = "import httpx; httpx.Client()"
_PEAK = (
    "; import pathlib; print(next(l.split()[1] for l in pathlib.Path('/proc/self/status').read_text().splitlines()"
    " if l.startswith('VmHWM:')))"
)
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


@attrs.frozen
class ImportCost:
    """A module an import loads: seconds spent in its own body, and with everything it imported."""

    module: str
    own: float
    cumulative: float

    @property
    def package(self) -> str:
        return self.module.split(".", 1)[0]


@attrs.frozen
class Imports:
    construct: Spread
    """Seconds for a whole process that imports the client and constructs ``Sezzle``."""
    import_sezzle: Spread
    httpx: Spread
    """Seconds for a whole process that imports httpx."""
    ratio: Spread
    construct_rss: Spread
    """Peak resident MiB of a process that imported the client and constructed ``Sezzle``."""
    httpx_rss: Spread
    """Peak resident MiB of a process that imported httpx and made an ``httpx.Client``."""
    rss_ratio: Spread
    packages: tuple[tuple[str, float, int], ...]
    """Per top-level package beyond what ``import httpx`` loads: own seconds and modules loaded."""
    modules: tuple[ImportCost, ...]
    """Every module constructing a client loads beyond what ``import httpx`` loads, in load order."""
    python: str


def _digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]


def bench_python() -> Path:
    """The interpreter of ``build/bench-venv``, made (again) when ``pyproject.toml`` changed."""
    python, stamp = VENV / "bin" / "python", VENV / ".pyproject-digest"
    if not (python.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == _digest()):
        shutil.rmtree(VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "-e", str(ROOT)], check=True, capture_output=True)
        stamp.write_text(_digest(), encoding="utf-8")
    return python


def _process(python: Path, code: str) -> tuple[float, float]:
    """Wall seconds of a process running ``code``, and its peak resident MiB."""
    started = time.perf_counter()
    completed = subprocess.run([str(python), "-c", code + _PEAK], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    return seconds, int(completed.stdout.split()[-1]) / 1024


def import_tree(python: Path, code: str) -> list[ImportCost]:
    """Every module ``code`` loads in a fresh process, as ``-X importtime`` reports them, in load order."""
    completed = subprocess.run(
        [str(python), "-X", "importtime", "-c", code], capture_output=True, text=True, check=True, cwd="/"
    )
    costs: list[ImportCost] = []
    for line in completed.stderr.splitlines():
        match = _LINE.match(line)
        if match:
            costs.append(ImportCost(match.group(4), int(match.group(1)) / 1e6, int(match.group(2)) / 1e6))
    return costs


def by_package(costs: Sequence[ImportCost]) -> tuple[tuple[str, float, int], ...]:
    """Own time summed per top-level package, and how many of its modules were loaded; costliest first."""
    totals: dict[str, tuple[float, int]] = {}
    for cost in costs:
        seconds, count = totals.get(cost.package, (0.0, 0))
        totals[cost.package] = (seconds + cost.own, count + 1)
    return tuple(sorted(((name, *total) for name, total in totals.items()), key=lambda item: -item[1]))


def measure(rounds: int) -> Imports:
    python = bench_python()
    sides = {"construct": CONSTRUCT, "import": "import sezzle", "httpx": HTTPX, "httpx-client": HTTPX_CLIENT}
    for code in sides.values():  # compile and cache bytecode before timing anything
        _process(python, code)
    seconds: dict[str, list[float]] = {name: [] for name in sides}
    peaks: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for index in range(rounds):
        for name in names[index % len(names) :] + names[: index % len(names)]:
            wall, peak = _process(python, sides[name])
            seconds[name].append(wall)
            peaks[name].append(peak)
    baseline = {cost.module for cost in import_tree(python, HTTPX_CLIENT)}
    extra = [cost for cost in import_tree(python, CONSTRUCT) if cost.module not in baseline]
    version = subprocess.run([str(python), "--version"], capture_output=True, text=True, check=True).stdout.strip()
    return Imports(
        construct=Spread.of(seconds["construct"]),
        import_sezzle=Spread.of(seconds["import"]),
        httpx=Spread.of(seconds["httpx"]),
        ratio=ratios(seconds["construct"], seconds["httpx"]),
        construct_rss=Spread.of(peaks["construct"]),
        httpx_rss=Spread.of(peaks["httpx-client"]),
        rss_ratio=ratios(peaks["construct"], peaks["httpx-client"]),
        packages=by_package(extra),
        modules=tuple(extra),
        python=version,
    )

"""``import sezzle`` against ``import httpx``, each in a fresh interpreter, and where the difference goes.

Each round starts one process per side, which times its own import (so interpreter start-up is left
out); rounds alternate the order. ``python -X importtime`` then attributes the time of ``import sezzle``
to the modules it pulls in, so the report can name what is imported eagerly that could wait.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Sequence

import attrs

from scripts.bench.stats import Spread, ratios

_TIMED = "import time; started = time.perf_counter(); import {module}; print(time.perf_counter() - started)"
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
    sezzle: Spread
    httpx: Spread
    ratio: Spread
    packages: tuple[tuple[str, float, int], ...]
    """Per top-level package beyond what ``import httpx`` loads: seconds of ``import sezzle`` and modules loaded."""
    modules: tuple[ImportCost, ...]
    """The modules whose own bodies cost most, beyond what ``import httpx`` loads."""


def _time_import(module: str) -> float:
    completed = subprocess.run(
        [sys.executable, "-c", _TIMED.format(module=module)], capture_output=True, text=True, check=True
    )
    return float(completed.stdout.strip())


def import_tree(module: str) -> list[ImportCost]:
    """Every module ``import <module>`` loads in a fresh process, as ``-X importtime`` reports them."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True, check=True
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
    for module in ("sezzle", "httpx"):  # compile and cache bytecode before timing anything
        _time_import(module)
    times: dict[str, list[float]] = {"sezzle": [], "httpx": []}
    for index in range(rounds):
        for module in ("sezzle", "httpx") if index % 2 == 0 else ("httpx", "sezzle"):
            times[module].append(_time_import(module))
    baseline = {cost.module for cost in import_tree("httpx")}
    extra = [cost for cost in import_tree("sezzle") if cost.module not in baseline]
    return Imports(
        sezzle=Spread.of(times["sezzle"]),
        httpx=Spread.of(times["httpx"]),
        ratio=ratios(times["sezzle"], times["httpx"]),
        packages=by_package(extra),
        modules=tuple(sorted(extra, key=lambda cost: -cost.own)[:8]),
    )

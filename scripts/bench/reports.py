"""A settlement-details CSV of 1,000,000 line items: what a user does with it, through the client and csv.reader.

The workload is a user's (``scripts.bench_csv``): iterate every line item, sum the amounts, group them by
event day, over the same 64 KiB chunks of the same report. The client (``parse_settlement_details``) is
compared with the standard library's ``csv.reader`` doing every conversion the client's line items carry
(both amounts to ``Decimal``, the three moments parsed), with ``csv.reader`` doing only the two the
workload needs, and with ``csv.reader`` building the client's own line-item model from the same
conversions. Each run is a fresh process that reports its own peak resident memory (``VmHWM``) at its
end; rounds rotate the order.
"""

from __future__ import annotations

import cProfile
import json
import subprocess
import sys
from pathlib import Path

import attrs

from scripts.bench.overhead import costliest
from scripts.bench.stats import Spread, ratios
from scripts.bench_csv import WORKLOADS as WORKLOADS_BY_NAME
from scripts.bench_csv import report_bytes

ROOT = Path(__file__).resolve().parents[2]
ROWS = 1_000_000
WORKLOADS = ("client", "csv-reader-same", "csv-reader", "csv-reader-models")


@attrs.frozen
class ReportParse:
    rows: int
    seconds: dict[str, Spread]
    """Per workload, seconds for the whole report."""
    peak_rss_mb: dict[str, Spread]
    """Per workload, the process's own peak resident MiB (interpreter, imports and the parse)."""
    ratio: Spread
    """The client against ``csv.reader`` with the same conversions, per round."""
    ratio_models: Spread
    """The client against ``csv.reader`` building the same models, per round."""
    hot_spots: tuple[tuple[str, float, float], ...]
    """The client workload's costliest functions, profiling a smaller report: own and cumulative µs per row."""
    profiled_rows: int


def _once(workload: str, rows: int) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, "-m", "scripts.bench_csv", "--workload", workload, "--rows", str(rows)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(completed.stdout)
    return result


def hot_spots(rows: int) -> tuple[tuple[str, float, float], ...]:
    """The client workload's costliest functions; the report's chunks are made before the profiler starts."""
    chunks = list(report_bytes(rows))
    profile = cProfile.Profile()
    profile.runcall(WORKLOADS_BY_NAME["client"], iter(chunks))
    return costliest(profile, rows, top=8)


def measure(rounds: int, rows: int = ROWS) -> ReportParse:
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in WORKLOADS}
    for index in range(rounds):
        for name in WORKLOADS[index % len(WORKLOADS) :] + WORKLOADS[: index % len(WORKLOADS)]:
            runs[name].append(_once(name, rows))
    seconds = {name: [run["seconds"] for run in found] for name, found in runs.items()}
    profiled = max(1, rows // 10)
    return ReportParse(
        rows=rows,
        seconds={name: Spread.of(values) for name, values in seconds.items()},
        peak_rss_mb={name: Spread.of([run["peak_rss_bytes"] / 2**20 for run in found]) for name, found in runs.items()},
        ratio=ratios(seconds["client"], seconds["csv-reader-same"]),
        ratio_models=ratios(seconds["client"], seconds["csv-reader-models"]),
        hot_spots=hot_spots(profiled),
        profiled_rows=profiled,
    )

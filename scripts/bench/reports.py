"""A settlement-details CSV of 1,000,000 line items: time and peak memory, with ``scripts.bench_csv.run``.

Each round runs in a fresh process, so the peak resident memory it reports grew for this parse alone
and not for whatever ran before it in the benchmark process.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import subprocess
import sys
from pathlib import Path

import attrs

from scripts.bench.stats import Spread
from scripts.bench_csv import Source, run

ROOT = Path(__file__).resolve().parents[2]
ROWS = 1_000_000

_RUN = (
    "import json, resource, sys; from scripts.bench_csv import Source, run; "
    "r = run({rows}, source={source!r}); "
    "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == 'darwin' else 1024); "
    "print(json.dumps({{'seconds': r.seconds, 'rss_growth_bytes': r.rss_growth_bytes, 'peak_rss_bytes': peak}}))"
)


@attrs.frozen
class ReportParse:
    rows: int
    source: str
    seconds: Spread
    rss_growth_mb: Spread
    """How far the process's peak resident memory rose during the parse."""
    peak_rss_mb: Spread
    """The whole process's peak resident memory: interpreter, imports, generator and parse."""
    hot_spots: tuple[tuple[str, float], ...]
    """Functions with the largest share of the parse's own time, from a profile of a smaller report."""


def _once(rows: int, source: str) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, "-c", _RUN.format(rows=rows, source=source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(completed.stdout)
    return result


def hot_spots(rows: int, source: Source, top: int = 6) -> tuple[tuple[str, float], ...]:
    """Where a parse of ``rows`` line items spends its time: each function's share of the total own time."""
    profile = cProfile.Profile()
    profile.runcall(run, rows, source=source)
    entries = pstats.Stats(profile).get_stats_profile().func_profiles
    total = sum(entry.tottime for entry in entries.values()) or 1.0
    ranked = sorted(entries.items(), key=lambda item: -item[1].tottime)[:top]
    return tuple(
        (f"{Path(entry.file_name).name}:{entry.line_number} {name}", entry.tottime / total) for name, entry in ranked
    )


def measure(rounds: int, rows: int = ROWS, source: Source = "bytes") -> ReportParse:
    runs = [_once(rows, source) for _ in range(rounds)]
    return ReportParse(
        rows=rows,
        source=source,
        seconds=Spread.of([run["seconds"] for run in runs]),
        rss_growth_mb=Spread.of([run["rss_growth_bytes"] / 1_000_000 for run in runs]),
        peak_rss_mb=Spread.of([run["peak_rss_bytes"] / 1_000_000 for run in runs]),
        hot_spots=hot_spots(max(1, rows // 10), source),
    )

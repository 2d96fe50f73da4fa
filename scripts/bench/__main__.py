"""``python -m scripts.bench`` (``make bench``): run the benchmarks and write BENCHMARKS.md."""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from scripts.bench import auth, build, imports, machine, models, overhead, reports, sniffio_cost, throughput
from scripts.bench.report import Results, render
from scripts.bench.server import BenchServer, round_trip_seconds

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("overhead", "models", "sniffio", "throughput", "imports", "build", "auth", "csv")


@attrs.frozen
class Plan:
    """Rounds per benchmark: enough for a stable median in a few minutes on two cores."""

    overhead_rounds: int = 15
    overhead_calls: int = 300
    model_rounds: int = 15
    sniffio_rounds: int = 3
    throughput_rounds: int = 3
    import_rounds: int = 10
    build_rounds: int = 3
    build_sizes: tuple[int, ...] = (100, 300, 1000)
    auth_rounds: int = 5
    csv_rounds: int = 3
    csv_rows: int = 1_000_000


QUICK = Plan(
    overhead_rounds=4,
    overhead_calls=100,
    model_rounds=4,
    sniffio_rounds=1,
    throughput_rounds=1,
    import_rounds=3,
    build_rounds=1,
    build_sizes=(100,),
    auth_rounds=2,
    csv_rounds=1,
    csv_rows=100_000,
)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(plan: Plan, only: Sequence[str]) -> Results:
    results = Results(machine=machine.describe(), rounds=plan.overhead_rounds)
    if {"overhead", "sniffio", "throughput", "auth"} & set(only):
        with BenchServer() as server:
            results = attrs.evolve(results, server_round_trip=round_trip_seconds(server.port, 2000))
            if "overhead" in only:
                _say("per-call overhead ...")
                results = attrs.evolve(
                    results,
                    overhead=(
                        overhead.measure_sync(server, plan.overhead_rounds, plan.overhead_calls),
                        overhead.measure_async(server, plan.overhead_rounds, plan.overhead_calls),
                    ),
                )
            if "sniffio" in only:
                _say("async calls with and without sniffio ...")
                results = attrs.evolve(results, sniffio=sniffio_cost.measure(server, plan.sniffio_rounds))
            if "throughput" in only:
                _say("async throughput ...")
                runs = tuple(
                    throughput.measure(server, pool, plan.throughput_rounds)
                    for pool in (throughput.DEFAULT_POOL, throughput.WIDE_POOL)
                )
                results = attrs.evolve(results, throughput=runs)
            if "auth" in only:
                _say("cold token ...")
                results = attrs.evolve(results, cold_token=tuple(auth.measure(server, plan.auth_rounds)))
    if "models" in only:
        _say("reading the order ...")
        results = attrs.evolve(results, models=models.measure(plan.model_rounds))
    if "imports" in only:
        _say("import time ...")
        results = attrs.evolve(results, imports=imports.measure(plan.import_rounds))
    if "build" in only:
        _say("make spec + make generate ...")
        results = attrs.evolve(results, build=build.measure(plan.build_rounds, plan.build_sizes))
    if "csv" in only:
        _say("settlement-details CSV ...")
        results = attrs.evolve(results, csv=reports.measure(plan.csv_rounds, plan.csv_rows))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description="Run the benchmarks.")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md", help="where to write the report")
    parser.add_argument("--quick", action="store_true", help="few rounds: a check that everything runs")
    parser.add_argument("--only", nargs="+", choices=NAMES, default=NAMES, help="run these benchmarks only")
    args = parser.parse_args(argv)
    started, clock = datetime.datetime.now(datetime.UTC), time.perf_counter()
    results = run(QUICK if args.quick else Plan(), args.only)
    args.output.write_text(render(results, started, time.perf_counter() - clock), encoding="utf-8")
    _say(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

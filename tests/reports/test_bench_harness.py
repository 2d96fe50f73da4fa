"""The benchmark harness measures what it says: workloads agree on their answers, profiles keep functions apart."""

from __future__ import annotations

import cProfile

from scripts.bench.overhead import costliest
from scripts.bench_csv import WORKLOADS, report_bytes, run_workload
from sezzle.reports import parse_settlement_details
from sezzle_api.models import Link, Price


def test_every_csv_workload_finds_the_same_sums_over_the_same_bytes() -> None:
    answers = {name: run_workload(name, 5000)[1] for name in WORKLOADS}
    assert len({(count, total, tuple(sorted(days.items()))) for count, total, days in answers.values()}) == 1
    count, _, days = answers["client"]
    assert count == 5000
    assert len(days) > 20


def test_the_report_has_exactly_the_rows_asked_for_across_passes_over_its_pool() -> None:
    for rows in (0, 1, 4099, 4100, 9000):
        report = parse_settlement_details(report_bytes(rows))
        assert sum(1 for _ in report.line_items) == rows


def test_the_profile_table_keeps_same_named_functions_apart() -> None:
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(10):
        Link.from_dict({"href": "https://x"})
        Price.from_dict({"amount_in_cents": 1, "currency": "USD"})
    profile.disable()
    names = [where for where, _, _ in costliest(profile, 10, top=50)]
    readers = [where for where in names if where.endswith(":from_dict")]
    assert any(where.startswith("sezzle_api/models/link.py:") for where in readers)
    assert any(where.startswith("sezzle_api/models/price.py:") for where in readers)

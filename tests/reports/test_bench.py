"""The benchmark script: its generated report parses, in both forms, and it reports what it measured."""

from __future__ import annotations

import itertools

import pytest

from scripts.bench_csv import main, report_bytes, report_lines, run
from sezzle.reports import parse_settlement_details


def test_generated_report_reads_the_same_as_lines_and_as_chunks() -> None:
    from_lines = parse_settlement_details(report_lines(5000))
    from_bytes = parse_settlement_details(report_bytes(5000))
    assert from_lines.summary == from_bytes.summary
    assert list(from_lines.line_items) == list(from_bytes.line_items)
    assert from_lines.summary.payout_currency == "USD"


def test_generated_report_is_never_whole() -> None:
    assert len(list(itertools.islice(report_lines(10**9), 10))) == 10
    assert all(len(chunk) == 1 << 16 for chunk in itertools.islice(report_bytes(10**9), 3))


def test_run_reports_its_figures() -> None:
    result = run(3000, source="bytes", trace=True)
    assert (result.rows, result.source) == (3000, "bytes")
    assert result.seconds > 0
    assert result.traced_peak_bytes is not None
    assert result.traced_peak_bytes > 0
    assert "3,000 line items from bytes" in result.describe()


def test_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--rows", "500"]) == 0
    assert "500 line items from lines" in capsys.readouterr().out

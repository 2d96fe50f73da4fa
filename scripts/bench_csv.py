"""Benchmark of the settlement-details parser: ``python -m scripts.bench_csv [--rows N] [--source lines|bytes]``.

Streams a v2 settlement-details report of N line items from a generator (the report never exists whole)
and iterates ``parse_settlement_details`` over it, measuring the time and how far the process's peak
resident memory grew. ``--trace`` adds a second pass under tracemalloc for the peak of Python allocations
(several times slower). The generator cycles through a pool of distinct rows made up front, so the figures
measure parsing rather than the building of test data.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import time
import tracemalloc
from collections.abc import Iterator
from typing import Literal

import attrs

from sezzle.reports import parse_settlement_details

__all__ = ["BenchResult", "main", "report_bytes", "report_lines", "run"]

Source = Literal["lines", "bytes"]

_POOL = 4099  # distinct line items, a prime so the row kinds and dates do not fall into step
_CHUNK = 1 << 16

_SUMMARY = (
    "total_order_amount,total_capture_amount,total_refund_amount,total_fee_amount,total_returned_fee_amount,"
    "total_chargeback_amount,total_chargeback_reversal_amount,total_interest_transfer_amount,"
    "total_correction_amount,total_referral_revenue_transfer_amount,total_bank_account_withdrawals,"
    "total_bank_account_withdrawal_reversals,forex_fees,net_settlement_amount,payment_uuid,settlement_currency,"
    "payout_date,payout_status,final_payout_amount,payout_currency",
    "703.20,703.20,-5.00,-43.80,.30,0.00,0.00,-4.30,1.71,10.00,100.00,-100.00,0.00,668.61,"
    "a5c13qt1-4126-41d3-2fq8-9ca431f51431,USD,2019-11-02 00:05:00 +0000 UTC,Complete,668.61,USD",
    "type,order_capture_date,order_created_at,event_date,order_uuid,customer_order_id,external_reference_id,"
    "order_amount,amount,posting_currency,type_code,chargeback_code,sezzle_order_id,product_type,mid,"
    "card_network_auth_ref,store_id",
)
_KINDS = (("ORDER", "001", ""), ("FEE", "003", "-"), ("REFUND", "002", "-"), ("RETURNED_FEE", "004", ""))


def _line_item(n: int) -> str:
    kind, code, sign = _KINDS[n % len(_KINDS)]
    day, second = 1 + n % 28, n % 86400
    moment = f"2019-10-{day:02d}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z"
    order = f"{n % 1000}.{n % 100:02d}"
    amount = f"{sign}{n % 97}.{n % 89:02d}"
    return (
        f"{kind},{moment},{moment},{moment},bm99f-31vu1-kg00e-{n:05d},{n},ref-{n},{order},{amount},USD,{code},,"
        f"66d78e86-fd96-4266-9217-{n:012d},standard_checkout,MID{n % 7},,store-{n % 13}"
    )


def _pool(rows: int) -> list[str]:
    return [_line_item(n) for n in range(min(rows, _POOL))]


def report_lines(rows: int) -> Iterator[str]:
    """A settlement-details report of ``rows`` line items, one text line at a time (like ``iter_lines()``)."""
    yield from _SUMMARY
    yield from itertools.islice(itertools.cycle(_pool(rows)), rows)


def report_bytes(rows: int) -> Iterator[bytes]:
    """The same report as UTF-8 chunks of 64 KiB, cut wherever they fall (like ``iter_bytes()``)."""
    pool = [f"{line}\n".encode() for line in _pool(rows)]
    pending = bytearray("".join(f"{line}\n" for line in _SUMMARY).encode())
    for line in itertools.islice(itertools.cycle(pool), rows):
        pending += line
        if len(pending) >= _CHUNK:
            yield bytes(pending[:_CHUNK])
            del pending[:_CHUNK]
    yield bytes(pending)


@attrs.frozen
class BenchResult:
    """What one benchmark run measured."""

    rows: int
    source: Source
    seconds: float
    """Wall time to parse the summary and iterate every line item."""
    rss_growth_bytes: int
    """How far the process's peak resident memory rose during the timed pass."""
    traced_peak_bytes: int | None
    """Peak of Python allocations during a second, traced pass; None when not asked for."""

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else float("inf")

    def describe(self) -> str:
        text = (
            f"{self.rows:,} line items from {self.source}: {self.seconds:.2f} s ({self.rows_per_second:,.0f} rows/s),"
            f" peak RSS growth {self.rss_growth_bytes / 1_000_000:.1f} MB"
        )
        if self.traced_peak_bytes is not None:
            text += f", traced peak {self.traced_peak_bytes / 1_000_000:.2f} MB"
        return text


def _consume(rows: int, source: Source) -> int:
    report = parse_settlement_details(report_lines(rows) if source == "lines" else report_bytes(rows))
    count = 0
    for _ in report.line_items:
        count += 1
    if count != rows:
        raise RuntimeError(f"parsed {count} line items, expected {rows}")
    return count


def _peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def run(rows: int = 1_000_000, *, source: Source = "lines", trace: bool = False) -> BenchResult:
    """Time a parse of ``rows`` line items and its memory growth; with ``trace``, also trace its allocations."""
    rss_before = _peak_rss()
    start = time.perf_counter()
    _consume(rows, source)
    seconds = time.perf_counter() - start
    rss_growth = _peak_rss() - rss_before
    traced = None
    if trace:
        tracemalloc.start()
        try:
            _consume(rows, source)
            traced = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return BenchResult(rows=rows, source=source, seconds=seconds, rss_growth_bytes=rss_growth, traced_peak_bytes=traced)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.bench_csv", description="Benchmark the settlement-details parser."
    )
    parser.add_argument("--rows", type=int, default=1_000_000, help="line items in the report (default 1,000,000)")
    parser.add_argument("--source", choices=("lines", "bytes"), default="lines", help="text lines or byte chunks")
    parser.add_argument("--trace", action="store_true", help="add a pass under tracemalloc (several times slower)")
    args = parser.parse_args(argv)
    print(run(args.rows, source=args.source, trace=args.trace).describe())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark of the settlement-details parser: ``python -m scripts.bench_csv [--rows N] [--source lines|bytes]``.

Streams a v2 settlement-details report of N line items from a generator (the report never exists whole)
and iterates ``parse_settlement_details`` over it, measuring the time and how far the process's peak
resident memory grew. ``--trace`` adds a second pass under tracemalloc for the peak of Python allocations
(several times slower). The generator cycles through a pool of distinct rows made up front, cut into
chunks up front too, so the figures measure parsing rather than the building of test data.

``--workload`` runs what a user of the report does instead (iterate every line item, sum the amounts,
group them by event day) over the same bytes: through the client (``client``), or through the standard
library's ``csv.reader`` doing only the two conversions that needs (``csv-reader``), doing every
conversion the client's line items carry (``csv-reader-same``: both amounts to ``Decimal``, the three
moments parsed), or doing those and building the client's ``SettlementLineItem`` from them
(``csv-reader-models``: the floor for any parser of these models). ``scripts.bench.reports`` runs each in
a fresh process, which reports its own peak memory.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime
import itertools
import operator
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import attrs

__all__ = [
    "WORKLOADS",
    "BenchResult",
    "main",
    "peak_rss_bytes",
    "report_bytes",
    "report_lines",
    "run",
    "run_workload",
]

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
_START = datetime.datetime(2019, 10, 1, tzinfo=datetime.UTC)


def _moment(value: datetime.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _line_item(n: int) -> str:
    """Line item ``n``: the order created a few minutes before its capture; orders and their fees happen at the
    capture, refunds (and the fees they return) days later, as in Sezzle's examples."""
    kind, code, sign = _KINDS[n % len(_KINDS)]
    created = _START + datetime.timedelta(days=n % 28, seconds=n % 86400)
    captured = created + datetime.timedelta(seconds=60 + n % 600)
    event = captured if kind in ("ORDER", "FEE") else captured + datetime.timedelta(days=1 + n % 3, seconds=n % 977)
    order = f"{n % 1000}.{n % 100:02d}"
    amount = f"{sign}{n % 97}.{n % 89:02d}"
    return (
        f"{kind},{_moment(captured)},{_moment(created)},{_moment(event)},bm99f-31vu1-kg00e-{n:05d},{n},ref-{n},"
        f"{order},{amount},USD,{code},,66d78e86-fd96-4266-9217-{n:012d},standard_checkout,MID{n % 7},,store-{n % 13}"
    )


def _pool(rows: int) -> list[str]:
    return [_line_item(n) for n in range(min(rows, _POOL))]


def report_lines(rows: int) -> Iterator[str]:
    """A settlement-details report of ``rows`` line items, one text line at a time (like ``iter_lines()``)."""
    yield from _SUMMARY
    yield from itertools.islice(itertools.cycle(_pool(rows)), rows)


def _cut(data: bytes) -> list[bytes]:
    return [data[start : start + _CHUNK] for start in range(0, len(data), _CHUNK)]


def report_bytes(rows: int) -> Iterator[bytes]:
    """The same report as UTF-8 chunks of 64 KiB, cut wherever they fall (like ``iter_bytes()``).

    The pool of rows is encoded and cut once; each pass over it yields the same chunks again (the last
    one of a pass is shorter), so producing the report costs next to nothing beside parsing it.
    """
    pool = _pool(rows)
    head = "".join(f"{line}\n" for line in (*_SUMMARY, *pool[: min(rows, len(pool))])).encode()
    yield from _cut(head)
    passes, rest = divmod(max(0, rows - len(pool)), len(pool) or 1)
    cycle = _cut("".join(f"{line}\n" for line in pool).encode())
    for _ in range(passes):
        yield from cycle
    if rest:
        yield from _cut("".join(f"{line}\n" for line in pool[:rest]).encode())


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
    from sezzle.reports import parse_settlement_details

    report = parse_settlement_details(report_lines(rows) if source == "lines" else report_bytes(rows))
    count = 0
    for _ in report.line_items:
        count += 1
    if count != rows:
        raise RuntimeError(f"parsed {count} line items, expected {rows}")
    return count


def peak_rss_bytes() -> int:
    """This process's own peak resident memory (``VmHWM``, or ``ru_maxrss`` of ``RUSAGE_SELF`` elsewhere)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def run(rows: int = 1_000_000, *, source: Source = "lines", trace: bool = False) -> BenchResult:
    """Time a parse of ``rows`` line items and its memory growth; with ``trace``, also trace its allocations."""
    rss_before = peak_rss_bytes()
    start = time.perf_counter()
    _consume(rows, source)
    seconds = time.perf_counter() - start
    rss_growth = peak_rss_bytes() - rss_before
    traced = None
    if trace:
        tracemalloc.start()
        try:
            _consume(rows, source)
            traced = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return BenchResult(rows=rows, source=source, seconds=seconds, rss_growth_bytes=rss_growth, traced_peak_bytes=traced)


# What a user does with a report: every line item's amount, summed in all and per event day.
Totals = tuple[int, Decimal, dict[datetime.date, Decimal]]


def _with_client(chunks: Iterator[bytes]) -> Totals:
    from sezzle.reports import parse_settlement_details

    report = parse_settlement_details(chunks)
    count, total, by_day = 0, Decimal(0), dict[datetime.date, Decimal]()
    for item in report.line_items:
        day = item.event_date.date()  # type: ignore[union-attr]  # every generated line item has one
        count += 1
        total += item.amount
        by_day[day] = by_day.get(day, 0) + item.amount
    return count, total, by_day


def _csv_rows(chunks: Iterator[bytes]) -> tuple[list[str], Iterator[list[str]]]:
    """``csv.reader`` over the decoded chunks, past the summary: the line-item header and the rows after it."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()

    def batches() -> Iterator[list[str]]:
        rest = ""
        for chunk in chunks:
            cut = (rest + decoder.decode(chunk)).split("\n")
            rest = cut.pop()
            yield cut
        yield [rest + decoder.decode(b"", final=True)]

    reader = csv.reader(itertools.chain.from_iterable(batches()))
    next(reader), next(reader)  # the summary's header and values
    return next(reader), (row for row in reader if row)


def _with_csv_reader(chunks: Iterator[bytes]) -> Totals:
    header, found = _csv_rows(chunks)
    amount_at, event_at = header.index("amount"), header.index("event_date")
    iso = datetime.datetime.fromisoformat
    count, total, by_day = 0, Decimal(0), dict[datetime.date, Decimal]()
    for row in found:
        amount = Decimal(row[amount_at])
        day = iso(row[event_at]).date()
        count += 1
        total += amount
        by_day[day] = by_day.get(day, 0) + amount
    return count, total, by_day


def _line_item_places(header: list[str]) -> operator.itemgetter[Any]:
    at = {name: index for index, name in enumerate(header)}
    return operator.itemgetter(*(at[name] for name in _LINE_ITEM_ORDER))


_LINE_ITEM_ORDER = (
    "type", "type_code", "amount", "order_capture_date", "order_created_at", "event_date", "order_uuid",
    "customer_order_id", "external_reference_id", "order_amount", "posting_currency", "chargeback_code",
    "sezzle_order_id", "product_type", "mid", "card_network_auth_ref", "store_id",
)  # fmt: skip


def _with_csv_reader_same(chunks: Iterator[bytes]) -> Totals:
    """Every conversion the client's line items carry (both amounts, the three moments), and nothing else."""
    header, found = _csv_rows(chunks)
    at = {name: index for index, name in enumerate(header)}
    names = ("amount", "order_amount", "order_capture_date", "order_created_at", "event_date")
    pick = operator.itemgetter(*(at[name] for name in names))
    iso = datetime.datetime.fromisoformat
    count, total, by_day = 0, Decimal(0), dict[datetime.date, Decimal]()
    for row in found:
        amount_text, order_amount_text, capture_text, created_text, event_text = pick(row)
        amount = Decimal(amount_text)
        order_amount = Decimal(order_amount_text) if order_amount_text else None  # noqa: F841 - converted, unused
        capture = iso(capture_text) if capture_text else None  # noqa: F841
        created = iso(created_text) if created_text else None  # noqa: F841
        moment = iso(event_text)
        count += 1
        total += amount
        day = moment.date()
        by_day[day] = by_day.get(day, 0) + amount
    return count, total, by_day


def _with_csv_reader_models(chunks: Iterator[bytes]) -> Totals:
    """The same conversions, building the client's ``SettlementLineItem`` from them: the floor for its models."""
    from sezzle.reports import SettlementLineItem

    header, found = _csv_rows(chunks)
    pick = _line_item_places(header)
    iso = datetime.datetime.fromisoformat
    count, total, by_day = 0, Decimal(0), dict[datetime.date, Decimal]()
    for row in found:
        (
            kind, code, amount_text, capture, created, event, order_uuid, order_id, reference, order_amount,
            currency, chargeback, sezzle_id, product, mid, auth_ref, store,
        ) = pick(row)  # fmt: skip
        item = SettlementLineItem(
            kind,
            code,
            Decimal(amount_text),
            iso(capture) if capture else None,
            iso(created) if created else None,
            iso(event) if event else None,
            order_uuid or None,
            order_id or None,
            reference or None,
            Decimal(order_amount) if order_amount else None,
            currency or None,
            chargeback or None,
            sezzle_id or None,
            product or None,
            mid or None,
            auth_ref or None,
            {"store_id": store},
        )
        day = item.event_date.date()  # type: ignore[union-attr]
        count += 1
        total += item.amount
        by_day[day] = by_day.get(day, 0) + item.amount
    return count, total, by_day


WORKLOADS: dict[str, Callable[[Iterator[bytes]], Totals]] = {
    "client": _with_client,
    "csv-reader": _with_csv_reader,
    "csv-reader-same": _with_csv_reader_same,
    "csv-reader-models": _with_csv_reader_models,
}


def run_workload(name: str, rows: int) -> tuple[float, Totals]:
    """Seconds for workload ``name`` over a report of ``rows`` line items, and what it found."""
    started = time.perf_counter()
    totals = WORKLOADS[name](report_bytes(rows))
    seconds = time.perf_counter() - started
    if totals[0] != rows:
        raise RuntimeError(f"{name} read {totals[0]} line items, expected {rows}")
    return seconds, totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.bench_csv", description="Benchmark the settlement-details parser."
    )
    parser.add_argument("--rows", type=int, default=1_000_000, help="line items in the report (default 1,000,000)")
    parser.add_argument("--source", choices=("lines", "bytes"), default="lines", help="text lines or byte chunks")
    parser.add_argument("--trace", action="store_true", help="add a pass under tracemalloc (several times slower)")
    parser.add_argument("--workload", choices=sorted(WORKLOADS), help="sum amounts by event day instead; print JSON")
    args = parser.parse_args(argv)
    if args.workload:
        seconds, (count, total, by_day) = run_workload(args.workload, args.rows)
        print(
            f'{{"seconds": {seconds}, "peak_rss_bytes": {peak_rss_bytes()}, "rows": {count}, '
            f'"total": "{total}", "days": {len(by_day)}}}'
        )
        return 0
    print(run(args.rows, source=args.source, trace=args.trace).describe())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

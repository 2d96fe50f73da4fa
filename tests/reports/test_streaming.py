"""Reports are read lazily: the summary at once, each line item only when it is pulled."""

from __future__ import annotations

import asyncio
import itertools
import tracemalloc
from collections.abc import AsyncIterator, Iterator

from sezzle.reports import aparse_settlement_details, parse_interest_activity, parse_settlement_details

from .documents import V1_INTEREST_ACTIVITY, V2_LINE_ITEMS, V2_SETTLEMENT_DETAILS

HEAD = V2_SETTLEMENT_DETAILS.splitlines()[:3]


class Feed:
    """An endless report that counts the lines taken from it and refuses to give more than ``limit``."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.pulled = 0

    def lines(self) -> Iterator[str]:
        for line in itertools.chain(HEAD, itertools.cycle(V2_LINE_ITEMS)):
            if self.pulled == self.limit:
                raise AssertionError(f"the parser read past line {self.limit}")
            self.pulled += 1
            yield line

    def chunks(self) -> Iterator[bytes]:
        for line in self.lines():
            yield f"{line}\n".encode()


def test_the_summary_is_read_without_touching_the_line_items() -> None:
    feed = Feed(limit=3)
    report = parse_settlement_details(feed.lines())
    assert report.summary.payout_currency == "CAD"
    assert feed.pulled == 3


def test_each_line_item_pulls_one_line() -> None:
    feed = Feed(limit=1003)
    report = parse_settlement_details(feed.lines())
    for count, item in enumerate(itertools.islice(report.line_items, 1000), 1):
        assert feed.pulled == 3 + count
        assert item.type == V2_LINE_ITEMS[(count - 1) % len(V2_LINE_ITEMS)].split(",")[0]


def test_byte_chunks_are_pulled_only_as_needed() -> None:
    feed = Feed(limit=53)
    report = parse_settlement_details(feed.chunks())
    assert len(list(itertools.islice(report.line_items, 49))) == 49
    assert feed.pulled == 52  # each chunk ends its line, so no chunk beyond the last item is needed


def test_async_line_items_are_pulled_one_at_a_time() -> None:
    feed = Feed(limit=503)

    async def lines() -> AsyncIterator[str]:
        for line in feed.lines():
            yield line

    async def read() -> list[int]:
        report = await aparse_settlement_details(lines())
        seen = [feed.pulled]
        async for _item in report.line_items:
            seen.append(feed.pulled)
            if len(seen) == 501:
                break
        return seen

    assert asyncio.run(read()) == list(range(3, 504))


def test_interest_rows_are_read_lazily() -> None:
    pulled = []

    def lines() -> Iterator[str]:
        for line in V1_INTEREST_ACTIVITY.splitlines():
            pulled.append(line)
            yield line

    report = parse_interest_activity(lines())
    assert len(pulled) == 1
    next(report.rows)
    assert len(pulled) == 2


def traced_peak(rows: int) -> int:
    feed = Feed(limit=3 + rows)
    tracemalloc.start()
    try:
        report = parse_settlement_details(itertools.islice(feed.chunks(), 3 + rows))
        for _item in report.line_items:
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_report() -> None:
    small, large = traced_peak(1_000), traced_peak(10_000)
    assert large < small * 1.5  # a parser that kept its rows would need about ten times as much

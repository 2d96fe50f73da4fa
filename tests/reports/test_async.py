"""The async parsers read exactly what the sync ones read, from async lines or async byte chunks."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TypeVar

import pytest

from sezzle.reports import (
    AsyncReportSource,
    ReportParseError,
    SettlementLineItem,
    aparse_interest_activity,
    aparse_settlement_details,
    parse_interest_activity,
    parse_settlement_details,
)

from .documents import V1_INTEREST_ACTIVITY, V1_SETTLEMENT_DETAILS, V2_SETTLEMENT_DETAILS, chunks

T = TypeVar("T")


async def arrive(items: Iterable[T]) -> AsyncIterator[T]:
    """Items one at a time, giving way to the event loop between them as a network read would."""
    for item in items:
        await asyncio.sleep(0)
        yield item


async def read_async_details(source: AsyncReportSource) -> tuple[object, tuple[str, ...], list[SettlementLineItem]]:
    report = await aparse_settlement_details(source)
    return report.summary, report.line_item_columns, [item async for item in report.line_items]


def read_details(text: str) -> tuple[object, tuple[str, ...], list[SettlementLineItem]]:
    report = parse_settlement_details(text)
    return report.summary, report.line_item_columns, list(report.line_items)


@pytest.mark.parametrize("text", [V1_SETTLEMENT_DETAILS, V2_SETTLEMENT_DETAILS], ids=["v1", "v2"])
def test_async_settlement_details_match_sync(text: str) -> None:
    expected = read_details(text)
    data = text.replace("\n", "\r\n").encode()
    sources: dict[str, Callable[[], AsyncReportSource]] = {
        "lines": lambda: arrive(text.splitlines()),
        "chunks of 7 bytes": lambda: arrive(chunks(data, 7)),
        "one chunk": lambda: arrive([data]),
        "whole str": lambda: text,
        "whole bytes": lambda: data,
    }
    for name, source in sources.items():
        assert asyncio.run(read_async_details(source())) == expected, name


def test_async_interest_activity_matches_sync() -> None:
    expected = list(parse_interest_activity(V1_INTEREST_ACTIVITY).rows)

    async def read() -> tuple[tuple[str, ...], list[object]]:
        report = await aparse_interest_activity(arrive(chunks(V1_INTEREST_ACTIVITY.encode(), 16)))
        return report.columns, [row async for row in report.rows]

    columns, rows = asyncio.run(read())
    assert rows == expected
    assert columns[0] == "type"


def test_async_empty_inputs() -> None:
    async def read() -> list[object]:
        report = await aparse_interest_activity(arrive([]))
        return [row async for row in report.rows]

    assert asyncio.run(read()) == []
    with pytest.raises(ReportParseError, match="the report is empty"):
        asyncio.run(aparse_settlement_details(arrive([])))


def test_async_errors_name_the_row() -> None:
    text = V1_SETTLEMENT_DETAILS.replace(",-12.00,", ",-12.0O,")

    async def read() -> None:
        report = await aparse_settlement_details(arrive(text.splitlines()))
        async for _ in report.line_items:
            pass

    with pytest.raises(ReportParseError) as caught:
        asyncio.run(read())
    assert (caught.value.row, caught.value.column) == (9, "amount")


def test_async_quoted_cells_across_lines() -> None:
    text = V2_SETTLEMENT_DETAILS.replace(",store-9,ana", ',"two\nlines, one cell",ana')
    expected = read_details(text)
    assert asyncio.run(read_async_details(arrive(text.split("\n")))) == expected
    assert expected[2][0].extra["location_id"] == "two\nlines, one cell"

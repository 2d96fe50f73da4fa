"""What httpx hands over (``iter_lines``, ``iter_bytes`` and their async twins) reads like the whole text."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx

from sezzle.reports import SettlementLineItem, aparse_settlement_details, parse_settlement_details

from .documents import V2_SETTLEMENT_DETAILS, chunks

TEXT = V2_SETTLEMENT_DETAILS.replace(",store-9,ana", ',"Caf\u00e9\nNord, 3",ana')


class Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body arriving 5 bytes at a time."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield from chunks(self.data, 5)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in chunks(self.data, 5):
            yield chunk


def response() -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/csv"}, stream=Trickle(TEXT.encode()))


def test_sync_streams() -> None:
    expected = list(parse_settlement_details(TEXT).line_items)
    assert expected[0].extra["location_id"] == "Caf\u00e9\nNord, 3"
    assert list(parse_settlement_details(response().iter_bytes()).line_items) == expected
    assert list(parse_settlement_details(response().iter_lines()).line_items) == expected


def test_async_streams() -> None:
    expected = list(parse_settlement_details(TEXT).line_items)

    async def read(lines: bool) -> list[SettlementLineItem]:
        source = response().aiter_lines() if lines else response().aiter_bytes()
        report = await aparse_settlement_details(source)
        return [item async for item in report.line_items]

    assert asyncio.run(read(lines=False)) == expected
    assert asyncio.run(read(lines=True)) == expected

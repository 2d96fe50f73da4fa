"""The CSV reports stream: rows are parsed as they arrive, and the response is released however reading ends."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from decimal import Decimal

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import APIConnectionError, NotFoundError
from sezzle.reports import ReportParseError
from tests.v1 import page
from tests.v1.conftest import BASE, add_v1_auth, async_v1_of, make_async_client, make_v1

DETAILS_URL = f"{BASE}/v1/settlements/details/p-1"
ACTIVITY_URL = f"{BASE}/v1/interest/activity?start-date=2019-12-01"
SUMMARY, _, HEADER, *ITEMS = page.SETTLEMENT_DETAILS_CSV.splitlines()
SUMMARY_HEADER = page.SETTLEMENT_DETAILS_CSV.splitlines()[0]
SUMMARY_VALUES = page.SETTLEMENT_DETAILS_CSV.splitlines()[1]


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent one line per chunk, counting the chunks pulled and noting when it is closed."""

    def __init__(self, lines: Iterable[str], fail_after: int | None = None) -> None:
        self.lines = iter(lines)
        self.pulled = 0
        self.fail_after = fail_after
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for line in self.lines:
            if self.fail_after is not None and self.pulled == self.fail_after:
                raise httpx.ReadError("connection reset")
            self.pulled += 1
            yield (line + "\n").encode()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def big_report(items: int) -> Iterator[str]:
    yield from (SUMMARY_HEADER, SUMMARY_VALUES, HEADER)
    for index in range(items):
        yield ITEMS[index % len(ITEMS)]


def test_line_items_are_read_as_they_are_pulled(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    body = Body(big_report(5000))
    httpx_mock.add_response(url=DETAILS_URL, stream=body)
    report = make_v1().settlements.details("p-1")
    assert report.summary.net_settlement_amount == Decimal("693.61")
    assert body.pulled <= 4  # the summary and the line-item header, not the report
    first = next(report.line_items)
    assert first.type == "ORDER"
    assert body.pulled <= 5
    assert not report.http_response.is_closed
    assert sum(1 for _ in report.line_items) == 4999
    assert body.pulled == 5003
    assert report.http_response.is_closed  # released after the last line item
    assert body.closed


def test_leaving_the_with_block_early_releases_the_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    body = Body(big_report(1000))
    httpx_mock.add_response(url=DETAILS_URL, stream=body)
    with make_v1().settlements.details("p-1") as report:
        for item in report.line_items:
            if item.type == "REFUND":
                break
    assert report.http_response.is_closed
    assert body.closed
    assert body.pulled < 20
    assert list(report.line_items) == []  # a closed report has nothing more to give


def test_close_before_reading_any_line_item(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    body = Body(big_report(100))
    httpx_mock.add_response(url=DETAILS_URL, stream=body)
    report = make_v1().settlements.details("p-1")
    report.close()
    assert report.http_response.is_closed
    assert body.closed
    assert list(report.line_items) == []


def test_connection_lost_mid_report_is_an_api_connection_error(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    body = Body(big_report(100), fail_after=10)
    httpx_mock.add_response(url=DETAILS_URL, stream=body)
    report = make_v1().settlements.details("p-1")
    read: list[str] = []
    with pytest.raises(APIConnectionError) as failure:
        read.extend(item.type for item in report.line_items)
    assert len(read) == 7  # ten lines arrived: the summary, the header and seven line items
    assert failure.value.request_sent is True
    assert "/v1/settlements/details/p-1" in str(failure.value)
    assert report.http_response.is_closed
    assert body.closed


def test_malformed_summary_raises_and_releases_the_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    broken = SUMMARY_VALUES.replace("703.20", "seven hundred")
    body = Body([SUMMARY_HEADER, broken, HEADER, *ITEMS])
    httpx_mock.add_response(url=DETAILS_URL, stream=body)
    with pytest.raises(ReportParseError) as failure:
        make_v1().settlements.details("p-1")
    assert (failure.value.row, failure.value.column) == (2, "total_order_amount")
    assert body.closed


def test_malformed_line_item_raises_when_reached(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    lines = [SUMMARY_HEADER, SUMMARY_VALUES, HEADER, ITEMS[0], ITEMS[1].replace("200.00", "2OO.OO"), ITEMS[2]]
    httpx_mock.add_response(url=DETAILS_URL, content="\n".join(lines).encode())
    with make_v1().settlements.details("p-1") as report:
        assert next(report.line_items).amount == Decimal("500.00")
        with pytest.raises(ReportParseError) as failure:
            next(report.line_items)
    assert (failure.value.row, failure.value.column) == (5, "amount")
    assert report.http_response.is_closed


def test_requested_metadata_columns_land_in_extra(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    lines = [SUMMARY_HEADER, SUMMARY_VALUES, HEADER + ",location_id", ITEMS[0] + ",123", ITEMS[10] + ","]
    httpx_mock.add_response(url=f"{DETAILS_URL}?metadata=location_id", content="\r\n".join(lines).encode())
    with make_v1().settlements.details("p-1", metadata=["location_id"]) as report:
        order, correction = report.line_items
    assert report.line_item_columns[-1] == "location_id"
    assert order.extra == {"location_id": "123"}
    assert correction.extra == {"location_id": ""}


def test_payout_without_line_items(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=DETAILS_URL, content=f"{SUMMARY_HEADER}\n{SUMMARY_VALUES}\n".encode())
    with make_v1().settlements.details("p-1") as report:
        assert report.summary.payout_status == "Complete"
        assert report.line_item_columns == ()
        assert list(report.line_items) == []


def test_period_without_interest_activity(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=ACTIVITY_URL, content=b"")
    with make_v1().interest.activity("2019-12-01") as report:
        assert report.columns == ()
        assert list(report.rows) == []


def test_error_answer_to_a_report_is_a_typed_error(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(
        url=DETAILS_URL, status_code=404, json={"status": 404, "id": "not_found", "message": "no such payout"}
    )
    with pytest.raises(NotFoundError) as failure:
        make_v1().settlements.details("p-1")
    assert failure.value.code == "not_found"
    assert failure.value.message == "no such payout"


@pytest.mark.anyio
async def test_async_line_items_stream_and_close(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    body = Body(big_report(1000))
    httpx_mock.add_response(url=DETAILS_URL, stream=body)
    async with make_async_client() as client:
        v1 = async_v1_of(client)
        async with await v1.settlements.details("p-1") as report:
            assert report.summary.payment_uuid == "a5c13qt1-4126-41d3-2fq8-9ca431f51431"
            pulled_after_summary = body.pulled
            async for item in report.line_items:
                if item.type == "FEE":
                    break
        assert report.http_response.is_closed
    assert body.closed
    assert pulled_after_summary <= 4
    assert body.pulled < 20


@pytest.mark.anyio
async def test_async_connection_lost_mid_report(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    activity = page.INTEREST_ACTIVITY_CSV.splitlines()
    body = Body(activity, fail_after=3)
    httpx_mock.add_response(url=ACTIVITY_URL, stream=body)
    async with make_async_client() as client:
        report = await async_v1_of(client).interest.activity("2019-12-01")
        types: list[str] = []

        async def read_all() -> None:
            async for row in report.rows:
                types.append(row.type)

        with pytest.raises(APIConnectionError):
            await read_all()
        await report.aclose()
    assert types == ["INTEREST_PAYOUT", "INTEREST_WITHDRAWAL"]
    assert report.http_response.is_closed
    assert body.closed


@pytest.mark.anyio
async def test_async_malformed_summary_releases_the_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    body = Body(["total_order_amount,total_refund_amount", "703.20"])
    httpx_mock.add_response(url=DETAILS_URL, stream=body)
    async with make_async_client() as client:
        with pytest.raises(ReportParseError) as failure:
            await async_v1_of(client).settlements.details("p-1")
    assert failure.value.row == 1  # the summary header lacks most columns
    assert body.closed

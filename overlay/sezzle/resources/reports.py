"""Reports: payout summaries and interest balance (JSON), settlement details and interest activity (CSV).

The CSV reports stream: the answer is parsed as it arrives, so a payout of a million line items does
not sit in memory. The connection closes after the last row; use ``with`` (or ``close()``) when you
may stop earlier::

    with client.reports.settlement_details(payout_uuid) as report:
        print(report.summary.net_settlement_amount)
        for item in report.line_items:
            ...

``AsyncSezzle``: ``async with await client.reports.settlement_details(uuid) as report`` and ``async for``.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TypeVar

from sezzle._core.resource import AsyncResource, Resource
from sezzle._core.sender import NOT_GIVEN, NotGiven, TimeoutTypes, async_raw_response, raw_response
from sezzle.errors import InvalidInputError
from sezzle.reports.streamed import (
    AsyncInterestActivityReport,
    AsyncSettlementDetailsReport,
    InterestActivityReport,
    SettlementDetailsReport,
)
from sezzle.validation import path_id, query_text
from sezzle_api.api.reports import (
    get_interest_activity,
    get_interest_balance,
    get_order_report,
    get_settlement_details,
    list_settlement_summaries,
)
from sezzle_api.models import InterestBalance, OrderReportEntry, PayoutSummary
from sezzle_api.types import UNSET, Operation, Unset

R = TypeVar("R")
Timeout = TimeoutTypes | NotGiven
Retries = int | NotGiven
DateInput = datetime.date | str
PAGE_SIZE = 20  # Sezzle's page size for summaries and interest activity


def _date(field: str, value: DateInput | None) -> datetime.date | Unset:
    if value is None:
        return UNSET
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise InvalidInputError(field, f"must be a date or 'YYYY-MM-DD', got {value!r}") from None
    if isinstance(value, datetime.datetime):
        raise InvalidInputError(field, "must be a date, got datetime")
    return value


def _offset(offset: int | None) -> int | Unset:
    if offset is None:
        return UNSET
    if offset < 0:
        raise InvalidInputError("offset", f"must not be negative, got {offset}")
    return offset


def _currency(currency_code: str | None) -> str | Unset:
    if currency_code is None:
        return UNSET
    if len(currency_code) != 3 or not currency_code.isalpha() or not currency_code.isupper():
        raise InvalidInputError(
            "currency_code", f"must be a three-letter ISO 4217 code such as USD, got {currency_code!r}"
        )
    return currency_code


def _range(start_date: DateInput, end_date: DateInput | None) -> tuple[datetime.date, datetime.date | Unset]:
    start = _date("start_date", start_date)
    if isinstance(start, Unset):
        raise InvalidInputError("start_date", "is required")
    end = _date("end_date", end_date)
    if isinstance(end, datetime.date) and end < start:
        raise InvalidInputError("end_date", f"must not be before start_date ({start.isoformat()})")
    return start, end


def summaries_call(
    start_date: DateInput, end_date: DateInput | None, offset: int | None, currency_code: str | None
) -> Operation[list[PayoutSummary]]:
    start, end = _range(start_date, end_date)
    return list_settlement_summaries.request(
        start_date=start, end_date=end, offset=_offset(offset), currency_code=_currency(currency_code)
    )


def details_call(payout_uuid: str, metadata: list[str] | None) -> Operation[None]:
    keys = UNSET if not metadata else query_text("metadata", ",".join(metadata))
    return get_settlement_details.request(path_id("payout_uuid", payout_uuid), metadata=keys)


def order_report_call(start_date: DateInput, end_date: DateInput) -> Operation[list[OrderReportEntry]]:
    start, end = _range(start_date, end_date)
    if isinstance(end, Unset):
        raise InvalidInputError("end_date", "is required")
    if (end - start).days > 7:
        raise InvalidInputError("end_date", "must be at most 7 days after start_date")
    return get_order_report.request(start_date=start, end_date=end)


def balance_call(currency_code: str | None) -> Operation[InterestBalance]:
    return get_interest_balance.request(currency_code=_currency(currency_code))


def activity_call(
    start_date: DateInput, end_date: DateInput | None, offset: int | None, currency_code: str | None
) -> Operation[None]:
    start, end = _range(start_date, end_date)
    return get_interest_activity.request(
        start_date=start, end_date=end, offset=_offset(offset), currency_code=_currency(currency_code)
    )


class Reports(Resource):
    """Settlement, interest and order reports (``client.reports``); CSV reports are streamed.

    ```python
    for payout in client.reports.iter_settlement_summaries("2026-11-01"):
        print(payout.uuid, payout.net_settlement_amount)
    ```
    """

    def settlement_summaries(
        self, start_date: DateInput, end_date: DateInput | None = None, *, offset: int | None = None,
        currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> list[PayoutSummary]:  # fmt: skip
        """One page (20) of payout summaries from ``start_date`` (UTC) to ``end_date`` (default today)."""
        return self._sender.request(
            summaries_call(start_date, end_date, offset, currency_code), timeout=timeout, max_retries=max_retries
        )

    def iter_settlement_summaries(
        self, start_date: DateInput, end_date: DateInput | None = None, *, currency_code: str | None = None,
        timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> Iterator[PayoutSummary]:  # fmt: skip
        """Every payout summary in the range, fetching page after page as you iterate."""
        offset = 0
        while True:
            page = self.settlement_summaries(
                start_date,
                end_date,
                offset=offset,
                currency_code=currency_code,
                timeout=timeout,
                max_retries=max_retries,
            )
            yield from page
            if len(page) < PAGE_SIZE:
                return
            offset += len(page)

    def settlement_details(
        self, payout_uuid: str, *, metadata: list[str] | None = None, timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> SettlementDetailsReport:  # fmt: skip
        """One payout: its summary now, its line items as you iterate (``metadata`` adds those columns)."""
        call = details_call(payout_uuid, metadata)
        return SettlementDetailsReport.read(
            self._sender.send(call, timeout=timeout, max_retries=max_retries).http_response
        )

    def order_report(
        self,
        start_date: DateInput,
        end_date: DateInput,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> list[OrderReportEntry]:
        """Orders created from ``start_date`` to ``end_date`` (at most 7 days), with their money totals."""
        call = order_report_call(start_date, end_date)
        return self._sender.request(call, timeout=timeout, max_retries=max_retries)

    def interest_balance(
        self, *, currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> InterestBalance:
        """The interest account balance (fractions of cents are tracked)."""
        call = balance_call(currency_code)
        return self._sender.request(call, timeout=timeout, max_retries=max_retries)

    def interest_activity(
        self, start_date: DateInput, end_date: DateInput | None = None, *, offset: int | None = None,
        currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> InterestActivityReport:  # fmt: skip
        """Interest account activity (a page of 20 from ``offset``), read as it arrives."""
        call = activity_call(start_date, end_date, offset, currency_code)
        return InterestActivityReport.read(
            self._sender.send(call, timeout=timeout, max_retries=max_retries).http_response
        )

    @property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return ReportsWithRawResponse(self)


class AsyncReports(AsyncResource):
    """``Reports`` for ``AsyncSezzle``: the same methods, awaited."""

    async def settlement_summaries(
        self, start_date: DateInput, end_date: DateInput | None = None, *, offset: int | None = None,
        currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> list[PayoutSummary]:  # fmt: skip
        """One page (20) of payout summaries from ``start_date`` (UTC) to ``end_date`` (default today)."""
        return await self._sender.request(
            summaries_call(start_date, end_date, offset, currency_code), timeout=timeout, max_retries=max_retries
        )

    async def iter_settlement_summaries(
        self, start_date: DateInput, end_date: DateInput | None = None, *, currency_code: str | None = None,
        timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> AsyncIterator[PayoutSummary]:  # fmt: skip
        """Every payout summary in the range, fetching page after page as you iterate."""
        offset = 0
        while True:
            page = await self.settlement_summaries(
                start_date,
                end_date,
                offset=offset,
                currency_code=currency_code,
                timeout=timeout,
                max_retries=max_retries,
            )
            for summary in page:
                yield summary
            if len(page) < PAGE_SIZE:
                return
            offset += len(page)

    async def settlement_details(
        self, payout_uuid: str, *, metadata: list[str] | None = None, timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AsyncSettlementDetailsReport:  # fmt: skip
        """One payout: its summary now, its line items as you iterate (``metadata`` adds those columns)."""
        sent = await self._sender.send(details_call(payout_uuid, metadata), timeout=timeout, max_retries=max_retries)
        return await AsyncSettlementDetailsReport.read(sent.http_response)

    async def order_report(
        self,
        start_date: DateInput,
        end_date: DateInput,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> list[OrderReportEntry]:
        """Orders created from ``start_date`` to ``end_date`` (at most 7 days), with their money totals."""
        return await self._sender.request(
            order_report_call(start_date, end_date), timeout=timeout, max_retries=max_retries
        )

    async def interest_balance(
        self, *, currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> InterestBalance:
        """The interest account balance (fractions of cents are tracked)."""
        call = balance_call(currency_code)
        return await self._sender.request(call, timeout=timeout, max_retries=max_retries)

    async def interest_activity(
        self, start_date: DateInput, end_date: DateInput | None = None, *, offset: int | None = None,
        currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> AsyncInterestActivityReport:  # fmt: skip
        """Interest account activity (a page of 20 from ``offset``), read as it arrives."""
        sent = await self._sender.send(
            activity_call(start_date, end_date, offset, currency_code), timeout=timeout, max_retries=max_retries
        )
        return await AsyncInterestActivityReport.read(sent.http_response)

    @property
    def with_raw_response(self) -> AsyncReportsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncReportsWithRawResponse(self)


class ReportsWithRawResponse:
    """Raw answers of the JSON reports (the CSV reports hand you their stream already)."""

    def __init__(self, reports: Reports) -> None:
        self.settlement_summaries = raw_response(reports.settlement_summaries)
        self.interest_balance = raw_response(reports.interest_balance)
        self.order_report = raw_response(reports.order_report)


class AsyncReportsWithRawResponse:
    """``AsyncReports``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, reports: AsyncReports) -> None:
        self.settlement_summaries = async_raw_response(reports.settlement_summaries)
        self.interest_balance = async_raw_response(reports.interest_balance)
        self.order_report = async_raw_response(reports.order_report)

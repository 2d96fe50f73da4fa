"""Settlement reports: the payouts in a period, and the line items that make up one payout.

The details are a CSV report, streamed: see ``sezzle.reports.streamed``.
"""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from sezzle._http import NOT_GIVEN, Call, async_raw_response, raw_response
from sezzle.reports.streamed import AsyncSettlementDetailsReport, SettlementDetailsReport
from sezzle.retries import RetryPolicy
from sezzle.v1 import _parsers
from sezzle.v1._base import AsyncResource, Retries, SyncResource, Timeout
from sezzle.v1._params import DateInput, metadata_keys, payout_path_id, report_params
from sezzle.v1.models import PayoutSummary


def summaries_call(
    start_date: DateInput, end_date: DateInput | None, offset: int | None, currency_code: str | None
) -> Call[list[PayoutSummary]]:
    return Call(
        "GET",
        "/v1/settlements/summaries",
        _parsers.models(PayoutSummary),
        params=report_params(start_date, end_date, offset, currency_code),
        policy=RetryPolicy.IDEMPOTENT,
    )


def details_call(uuid: str, metadata: Iterable[str] | None) -> Call[httpx.Response]:
    return Call(
        "GET",
        f"/v1/settlements/details/{payout_path_id(uuid)}",
        _parsers.unread,
        params=metadata_keys(metadata) or None,
        headers=_parsers.CSV,
        policy=RetryPolicy.IDEMPOTENT,
        stream=True,
    )


class Settlements(SyncResource):
    """v1 settlement reports (``client.v1.settlements``): payout summaries and details."""

    def summaries(
        self,
        start_date: DateInput,
        *,
        end_date: DateInput | None = None,
        offset: int | None = None,
        currency_code: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> list[PayoutSummary]:
        """The payouts from ``start_date`` to ``end_date`` (UTC days; today when omitted).

        Sezzle answers at most 20 payouts per call; ``offset`` reads further. ``currency_code`` picks the
        shoppers' checkout currency (USD when omitted).
        """
        call = summaries_call(start_date, end_date, offset, currency_code)
        return self._request(call, timeout, max_retries)

    def details(
        self,
        payout_uuid: str,
        *,
        metadata: Iterable[str] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> SettlementDetailsReport:
        """One payout's report, streamed: its summary now, its line items as you iterate.

        ``metadata`` names checkout metadata keys to add as line-item columns (read from ``item.extra``).
        Close the report (or use ``with``) if you stop before the last line item.
        """
        response = self._send(details_call(payout_uuid, metadata), timeout, max_retries).http_response
        return SettlementDetailsReport.read(response)

    @property
    def with_raw_response(self) -> SettlementsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return SettlementsWithRawResponse(self)


class AsyncSettlements(AsyncResource):
    """``Settlements`` for ``AsyncSezzle``: the same methods, awaited."""

    async def summaries(
        self,
        start_date: DateInput,
        *,
        end_date: DateInput | None = None,
        offset: int | None = None,
        currency_code: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> list[PayoutSummary]:
        """The payouts from ``start_date`` to ``end_date`` (UTC days; today when omitted).

        Sezzle answers at most 20 payouts per call; ``offset`` reads further. ``currency_code`` picks the
        shoppers' checkout currency (USD when omitted).
        """
        call = summaries_call(start_date, end_date, offset, currency_code)
        return await self._request(call, timeout, max_retries)

    async def details(
        self,
        payout_uuid: str,
        *,
        metadata: Iterable[str] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AsyncSettlementDetailsReport:
        """One payout's report, streamed: its summary now, its line items as you ``async for`` them.

        Close the report (``await report.aclose()``, or ``async with``) if you stop before the last line item.
        """
        response = (await self._send(details_call(payout_uuid, metadata), timeout, max_retries)).http_response
        return await AsyncSettlementDetailsReport.read(response)

    @property
    def with_raw_response(self) -> AsyncSettlementsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncSettlementsWithRawResponse(self)


class SettlementsWithRawResponse:
    """Raw answers of the JSON calls; a streamed report carries its own ``http_response``."""

    def __init__(self, settlements: Settlements) -> None:
        self.summaries = raw_response(settlements.summaries)


class AsyncSettlementsWithRawResponse:
    """Raw answers of the JSON calls; a streamed report carries its own ``http_response``."""

    def __init__(self, settlements: AsyncSettlements) -> None:
        self.summaries = async_raw_response(settlements.summaries)

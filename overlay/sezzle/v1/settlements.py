"""Settlement reports: the payouts in a period, and the line items that make up one payout.

The details are a CSV report, streamed: see ``sezzle.reports.streamed``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sezzle._core.resource import AsyncResource, Resource
from sezzle._core.sender import NOT_GIVEN, Call, async_raw_response, raw_response
from sezzle.reports.streamed import AsyncSettlementDetailsReport, SettlementDetailsReport
from sezzle.v1 import _parsers
from sezzle.v1._params import DateInput, Retries, Timeout, metadata_keys, payout_path_id, report_params
from sezzle.v1.models import PayoutSummary


class AsyncSettlements(AsyncResource):
    """v1 settlement reports (``client.v1.settlements``): payout summaries and details."""

    async def summaries(
        self, start_date: DateInput, *, end_date: DateInput | None = None, offset: int | None = None,
        currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> list[PayoutSummary]:  # fmt: skip
        """The payouts from ``start_date`` to ``end_date`` (UTC days; today when omitted).

        Sezzle answers at most 20 payouts per call; ``offset`` reads further. ``currency_code`` picks the
        shoppers' checkout currency (USD when omitted).
        """
        params = report_params(start_date, end_date, offset, currency_code)
        call = Call("GET", "/v1/settlements/summaries", _parsers.models(PayoutSummary), params=params)
        return await self._sender.request(call, timeout=timeout, max_retries=max_retries)

    async def details(
        self, payout_uuid: str, *, metadata: Iterable[str] | None = None, timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AsyncSettlementDetailsReport:  # fmt: skip
        """One payout's report, streamed: its summary now, its line items (``async for item in report.line_items``).

        ``metadata`` names checkout metadata keys to add as line-item columns (read from ``item.extra``).
        Close the report (``await report.aclose()``, or ``async with``) if you stop before the last line item.
        """
        call = _parsers.report_call(f"/v1/settlements/details/{payout_path_id(payout_uuid)}", metadata_keys(metadata))
        answer = await self._sender.send(call, timeout=timeout, max_retries=max_retries)
        return await AsyncSettlementDetailsReport.read(answer.http_response)

    @property
    def with_raw_response(self) -> AsyncSettlementsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncSettlementsWithRawResponse(self)


class AsyncSettlementsWithRawResponse:
    """Raw answers of the JSON calls; a streamed report carries its own ``http_response``."""

    def __init__(self, settlements: AsyncSettlements) -> None:
        self.summaries = async_raw_response(settlements.summaries)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Settlements(Resource):
    """v1 settlement reports (``client.v1.settlements``): payout summaries and details."""

    def summaries(
        self, start_date: DateInput, *, end_date: DateInput | None = None, offset: int | None = None,
        currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> list[PayoutSummary]:  # fmt: skip
        """The payouts from ``start_date`` to ``end_date`` (UTC days; today when omitted).

        Sezzle answers at most 20 payouts per call; ``offset`` reads further. ``currency_code`` picks the
        shoppers' checkout currency (USD when omitted).
        """
        params = report_params(start_date, end_date, offset, currency_code)
        call = Call("GET", "/v1/settlements/summaries", _parsers.models(PayoutSummary), params=params)
        return self._sender.request(call, timeout=timeout, max_retries=max_retries)

    def details(
        self, payout_uuid: str, *, metadata: Iterable[str] | None = None, timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> SettlementDetailsReport:  # fmt: skip
        """One payout's report, streamed: its summary now, its line items (``for item in report.line_items``).

        ``metadata`` names checkout metadata keys to add as line-item columns (read from ``item.extra``).
        Close the report (``report.close()``, or ``with``) if you stop before the last line item.
        """
        call = _parsers.report_call(f"/v1/settlements/details/{payout_path_id(payout_uuid)}", metadata_keys(metadata))
        answer = self._sender.send(call, timeout=timeout, max_retries=max_retries)
        return SettlementDetailsReport.read(answer.http_response)

    @property
    def with_raw_response(self) -> SettlementsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return SettlementsWithRawResponse(self)


class SettlementsWithRawResponse:
    """Raw answers of the JSON calls; a streamed report carries its own ``http_response``."""

    def __init__(self, settlements: Settlements) -> None:
        self.summaries = raw_response(settlements.summaries)


# --- end of sync twin ---

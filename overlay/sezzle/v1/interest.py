"""The interest account, for merchants enrolled in Sezzle's interest program: balance and activity.

Amounts keep the fractions of cents the account tracks, as ``Decimal``. The activity is a CSV report,
streamed: see ``sezzle.reports.streamed``.
"""

from __future__ import annotations

from sezzle._core.resource import AsyncResource, Resource
from sezzle._core.sender import NOT_GIVEN, Call, async_raw_response, raw_response
from sezzle.reports.streamed import AsyncInterestActivityReport, InterestActivityReport
from sezzle.v1 import _parsers
from sezzle.v1._params import DateInput, Retries, Timeout, currency, report_params
from sezzle.v1.models import InterestBalance


def balance_call(currency_code: str | None) -> Call[InterestBalance]:
    params = {"currency-code": currency(currency_code)} if currency_code is not None else None
    return Call("GET", "/v1/interest/balance", _parsers.model(InterestBalance), params=params)


class AsyncInterest(AsyncResource):
    """v1 interest account (``client.v1.interest``): balance and activity."""

    async def balance(
        self, *, currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> InterestBalance:
        """The interest account's balance in ``currency_code`` (USD when omitted)."""
        return await self._sender.request(balance_call(currency_code), timeout=timeout, max_retries=max_retries)

    async def activity(
        self, start_date: DateInput, *, end_date: DateInput | None = None, offset: int | None = None,
        currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> AsyncInterestActivityReport:  # fmt: skip
        """The account's payouts, withdrawals and accruals from ``start_date`` to ``end_date``, streamed.

        Close the report (``await report.aclose()``, or ``async with``) if you stop before the last row.
        """
        call = _parsers.report_call("/v1/interest/activity", report_params(start_date, end_date, offset, currency_code))
        answer = await self._sender.send(call, timeout=timeout, max_retries=max_retries)
        return await AsyncInterestActivityReport.read(answer.http_response)

    @property
    def with_raw_response(self) -> AsyncInterestWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncInterestWithRawResponse(self)


class AsyncInterestWithRawResponse:
    """Raw answers of the JSON calls; a streamed report carries its own ``http_response``."""

    def __init__(self, interest: AsyncInterest) -> None:
        self.balance = async_raw_response(interest.balance)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Interest(Resource):
    """v1 interest account (``client.v1.interest``): balance and activity."""

    def balance(
        self, *, currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> InterestBalance:
        """The interest account's balance in ``currency_code`` (USD when omitted)."""
        return self._sender.request(balance_call(currency_code), timeout=timeout, max_retries=max_retries)

    def activity(
        self, start_date: DateInput, *, end_date: DateInput | None = None, offset: int | None = None,
        currency_code: str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> InterestActivityReport:  # fmt: skip
        """The account's payouts, withdrawals and accruals from ``start_date`` to ``end_date``, streamed.

        Close the report (``report.close()``, or ``with``) if you stop before the last row.
        """
        call = _parsers.report_call("/v1/interest/activity", report_params(start_date, end_date, offset, currency_code))
        answer = self._sender.send(call, timeout=timeout, max_retries=max_retries)
        return InterestActivityReport.read(answer.http_response)

    @property
    def with_raw_response(self) -> InterestWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return InterestWithRawResponse(self)


class InterestWithRawResponse:
    """Raw answers of the JSON calls; a streamed report carries its own ``http_response``."""

    def __init__(self, interest: Interest) -> None:
        self.balance = raw_response(interest.balance)


# --- end of sync twin ---

"""Reports through the client: payouts built from real captures and refunds, read as JSON and streamed CSV."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sezzle import AsyncSezzle, InvalidInputError, Sezzle, price
from sezzle.gateway import Gateway
from sezzle.reports import LineType
from tests.e2e.conftest import authorized_order


def settle_some(client: Sezzle, gateway: Gateway) -> str:
    first = authorized_order(client, gateway, "100.00")
    client.orders.capture(first, price("100.00"))
    second = authorized_order(client, gateway, "50.00")
    client.orders.capture(second, price("50.00"))
    client.orders.refund(second, price("20.00"))
    return gateway.settle()


def test_summaries_and_details_sync(gateway: Gateway, client: Sezzle) -> None:
    payout_uuid = settle_some(client, gateway)
    today = gateway.clock.now().date()
    (summary,) = client.reports.settlement_summaries(today)
    assert summary.uuid == payout_uuid
    assert list(client.reports.iter_settlement_summaries(today, today)) == [summary]
    with client.reports.settlement_details(payout_uuid) as report:
        assert report.summary.payment_uuid == payout_uuid
        items = list(report.line_items)
    kinds = [item.type for item in items]
    assert kinds.count("ORDER") == 2
    assert kinds.count("REFUND") == 1
    orders = sorted(item.amount for item in items if item.line_type is LineType.ORDER)
    assert orders == [Decimal("50.00"), Decimal("100.00")]
    assert sum(item.amount for item in items) == report.summary.net_settlement_amount
    assert report.summary.net_settlement_amount == Decimal(str(summary.net_settlement_amount))


def test_stopping_early_closes_the_stream(gateway: Gateway, client: Sezzle) -> None:
    payout_uuid = settle_some(client, gateway)
    with client.reports.settlement_details(payout_uuid) as report:
        first = next(report.line_items)
    assert first.type
    with client.reports.settlement_details(payout_uuid) as again:  # the connection is usable again
        assert again.summary.payment_uuid == payout_uuid


def test_interest_reports(gateway: Gateway, client: Sezzle) -> None:
    gateway.interest.record("INTEREST_PAYOUT", "122.8718")
    gateway.interest.record("INTEREST_WITHDRAWAL", "-26.1000")
    gateway.interest.record("INTEREST_ACCRUAL", "1.0702")
    assert client.reports.interest_balance().interest_balance == pytest.approx(97.842)
    with client.reports.interest_activity(gateway.clock.now().date()) as activity:
        rows = list(activity.rows)
    assert [row.type for row in rows] == ["INTEREST_PAYOUT", "INTEREST_WITHDRAWAL", "INTEREST_ACCRUAL"]
    assert rows[1].interest_account_change_amount == Decimal("-26.1000")
    assert rows[-1].interest_account_balance_after_change == Decimal("97.8420")


def test_report_inputs_are_checked(gateway: Gateway, client: Sezzle) -> None:
    with pytest.raises(InvalidInputError, match="start_date"):
        client.reports.settlement_summaries("yesterday")
    with pytest.raises(InvalidInputError, match="end_date"):
        client.reports.settlement_summaries("2026-02-01", "2026-01-01")
    with pytest.raises(InvalidInputError, match="currency_code"):
        client.reports.interest_balance(currency_code="usd")
    assert len(gateway.requests) == 0


@pytest.mark.anyio
async def test_reports_async(gateway: Gateway, async_client: AsyncSezzle, client: Sezzle) -> None:
    payout_uuid = settle_some(client, gateway)
    today = gateway.clock.now().date()
    summaries = [summary async for summary in async_client.reports.iter_settlement_summaries(today)]
    assert [summary.uuid for summary in summaries] == [payout_uuid]
    async with await async_client.reports.settlement_details(payout_uuid) as report:
        items = [item async for item in report.line_items]
    assert len([item for item in items if item.type == "ORDER"]) == 2
    gateway.interest.record("INTEREST_ACCRUAL", "1.0702")
    assert (await async_client.reports.interest_balance()).interest_balance == pytest.approx(1.0702)
    async with await async_client.reports.interest_activity(today) as activity:
        assert [row.interest_account_change_amount async for row in activity.rows] == [Decimal("1.0702")]

"""The two operations Sezzle documents only on its pages: the order report and express checkout updates."""

from __future__ import annotations

import datetime

import pytest

from sezzle import AsyncSezzle, BadRequestError, InvalidInputError, Sezzle, UnprocessableEntityError, price
from sezzle.gateway import Gateway
from tests.e2e.conftest import authorized_order, order_args


def test_order_report_lists_orders_with_their_totals(gateway: Gateway, client: Sezzle) -> None:
    captured = authorized_order(client, gateway, "100.00")
    client.orders.capture(captured, price("100.00"))
    client.orders.refund(captured, price("10.00"))
    pending = client.sessions.create(**order_args("cart-2", "30.00"))
    today = gateway.clock.now().date()
    entries = {entry.order_platform_uuid: entry for entry in client.reports.order_report(today, today)}
    assert set(entries) == {captured, str(pending.order.uuid if pending.order else "")}
    entry = entries[captured]
    assert (entry.order_amount_in_cents, entry.captured_amount_in_cents) == (10000, 10000)
    assert entry.uncaptured_amount_in_cents == 0
    assert entry.net_amount_in_cents == 10000 - 1000 - entry.total_fees_in_cents + entry.refund_fee_in_cents
    assert entry.external_reference_id == "cart-1"
    assert client.reports.order_report(today - datetime.timedelta(days=7), today - datetime.timedelta(days=1)) == []


def test_order_report_range_rules(gateway: Gateway, client: Sezzle) -> None:
    with pytest.raises(InvalidInputError, match="at most 7 days"):
        client.reports.order_report("2026-01-01", "2026-01-09")
    with pytest.raises(InvalidInputError, match="end_date"):
        client.reports.order_report("2026-01-09", "2026-01-01")
    assert len(gateway.requests) == 0


def test_express_checkout_update(gateway: Gateway, client: Sezzle) -> None:
    session = client.sessions.create(**order_args("cart-x", "100.00"))
    assert session.order
    order_uuid = str(session.order.uuid)
    options = [{"name": "Ground", "shipping_amount_in_cents": 500, "final_order_amount_in_cents": 10500}]
    client.orders.update_checkout(order_uuid, currency_code="USD", address_uuid="addr-1", shipping_options=options)
    record = gateway.requests.last
    assert record is not None
    assert record.json()["shipping_options"][0]["name"] == "Ground"
    with pytest.raises(UnprocessableEntityError) as failure:
        client.orders.update_checkout(order_uuid, currency_code="CAD", address_uuid="addr-1")
    assert failure.value.code == "currency_mismatch"
    gateway.shopper.complete_checkout(order_uuid)
    with pytest.raises(UnprocessableEntityError, match="checkout_not_active"):
        client.orders.update_checkout(order_uuid, currency_code="USD", address_uuid="addr-1")
    with pytest.raises(BadRequestError) as refused:  # sent as given; the gateway judges it by the spec
        client.orders.update_checkout(order_uuid, currency_code="USD", address_uuid="a", shipping_options=[{}])
    assert refused.value.errors[0].location == "shipping_options[0].name"


@pytest.mark.anyio
async def test_docs_only_operations_async(gateway: Gateway, async_client: AsyncSezzle) -> None:
    session = await async_client.sessions.create(**order_args("cart-y", "20.00"))
    assert session.order
    await async_client.orders.update_checkout(str(session.order.uuid), currency_code="USD", address_uuid="a-1")
    today = gateway.clock.now().date()
    (entry,) = await async_client.reports.order_report(today, today)
    assert entry.order_platform_uuid == session.order.uuid

"""The v1 namespace over real sockets against the gateway's v1 routes, sync and async."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from sezzle import (
    AsyncSezzle,
    BadRequestError,
    CheckoutExpiredError,
    ConflictError,
    InvalidInputError,
    NotFoundError,
    Sezzle,
    price,
)
from sezzle.gateway import Gateway

CHECKOUT = {
    "amount_in_cents": 12999,
    "currency_code": "USD",
    "order_description": "Order #1800",
    "checkout_cancel_url": "https://shop.test/cart",
    "checkout_complete_url": "https://shop.test/complete",
    "customer_details": {
        "first_name": "John",
        "last_name": "Doe",
        "email": "john.doe@example.com",
        "phone": "5555045294",
    },
    "items": [
        {"name": "widget", "sku": "sku123456", "quantity": 1, "price": {"amount_in_cents": 12999, "currency": "USD"}}
    ],
}


def test_every_v1_operation_sync(gateway: Gateway, client: Sezzle) -> None:
    client.v1.configuration.update(webhook_url="https://shop.test/v1-hooks")
    created = client.v1.checkouts.create(**CHECKOUT, order_reference_id="Ref-1", merchant_completes=True)
    assert created.checkout_url
    gateway.shopper.complete_checkout(str(created.checkout_uuid))
    completed = client.v1.checkouts.complete("Ref-1")
    assert completed.amount_in_cents == 12999
    order = client.v1.orders.get("Ref-1", include_shipping_info=True)
    assert order.reference_id == "Ref-1"
    assert order.amount_in_cents == 12999
    refund = client.v1.orders.refund("Ref-1", price("20.00"), refund_id="r-1", refund_reason="broken")
    assert refund.refund_id == "r-1"
    client.v1.orders.refund("Ref-1", is_full_refund=True, refund_id="r-2")
    refunds = client.v1.orders.get("Ref-1").refunds
    assert [r.refund_id for r in refunds] == ["r-1", "r-2"]
    assert sum(r.amount.amount_in_cents for r in refunds) == 12999
    payout = gateway.settle()
    today = gateway.clock.now().date()
    assert [s.uuid for s in client.v1.settlements.summaries(today)] == [payout]
    with client.v1.settlements.details(payout) as report:
        items = list(report.line_items)
    assert report.summary.payment_uuid == payout
    assert report.summary.total_capture_amount is None  # a v2-only column
    assert {item.type for item in items} >= {"ORDER", "REFUND"}
    gateway.interest.record("INTEREST_ACCRUAL", "1.0702")
    assert client.v1.interest.balance().interest_balance == Decimal("1.0702")
    with client.v1.interest.activity(today) as activity:
        assert [row.interest_account_change_amount for row in activity.rows] == [Decimal("1.0702")]
    # the same order through v2
    assert client.orders.get(str(created.checkout_uuid)).reference_id == "Ref-1"


def test_late_completion_is_a_typed_error(gateway: Gateway, client: Sezzle) -> None:
    created = client.v1.checkouts.create(**CHECKOUT, order_reference_id="Ref-2", merchant_completes=True)
    gateway.shopper.complete_checkout(str(created.checkout_uuid))
    gateway.clock.advance(datetime.timedelta(minutes=31))
    with pytest.raises(CheckoutExpiredError) as failure:
        client.v1.checkouts.complete("Ref-2")
    assert isinstance(failure.value, ConflictError)
    assert failure.value.code == "checkout_expired"
    assert failure.value.message == "checkout not completed within time limit"


def test_v1_errors_and_input_checks(gateway: Gateway, client: Sezzle) -> None:
    with pytest.raises(NotFoundError):
        client.v1.orders.get("no-such-reference")
    with pytest.raises(InvalidInputError) as failure:  # certain before sending: v1's minimum order
        client.v1.checkouts.create(**{**CHECKOUT, "amount_in_cents": 99}, order_reference_id="Ref-3")
    assert failure.value.field == "amount_in_cents"
    assert gateway.requests.count(path="/v1/checkouts") == 0
    with pytest.raises(BadRequestError, match="amount is required"):  # sent; the gateway judges it
        client.v1.orders.refund("Ref-1")  # no amount, not a full refund


def test_v1_uses_its_own_token(gateway: Gateway, client: Sezzle) -> None:
    client.sessions.create(cancel_url="https://s.test/c", complete_url="https://s.test/d", customer={"tokenize": True})
    with pytest.raises(NotFoundError):
        client.v1.orders.get("missing")
    paths = [record.path for record in gateway.requests if record.path.endswith("/authentication")]
    assert paths == ["/v2/authentication", "/v1/authentication"]


@pytest.mark.anyio
async def test_every_v1_operation_async(gateway: Gateway, async_client: AsyncSezzle) -> None:
    client = async_client
    await client.v1.configuration.update(webhook_url="https://shop.test/v1-hooks")
    created = await client.v1.checkouts.create(**CHECKOUT, order_reference_id="Ref-A")  # captured on completion
    gateway.shopper.complete_checkout(str(created.checkout_uuid))
    order = await client.v1.orders.get("Ref-A")
    assert order.captured_at
    await client.v1.orders.refund("Ref-A", price("1.00"), refund_id="ra-1")
    payout = gateway.settle()
    today = gateway.clock.now().date()
    assert [s.uuid for s in await client.v1.settlements.summaries(today)] == [payout]
    async with await client.v1.settlements.details(payout) as report:
        kinds = [item.type async for item in report.line_items]
    assert "ORDER" in kinds
    assert (await client.v1.interest.balance()).interest_balance == Decimal(0)
    async with await client.v1.interest.activity(today) as activity:
        assert [row async for row in activity.rows] == []
    created = await client.v1.checkouts.create(**CHECKOUT, order_reference_id="Ref-B", merchant_completes=True)
    gateway.shopper.complete_checkout(str(created.checkout_uuid))
    assert (await client.v1.checkouts.complete("Ref-B")).order_reference_id == "Ref-B"


def test_v1_webhooks_arrive_and_parse(gateway: Gateway, client: Sezzle) -> None:
    import queue
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from sezzle.webhooks.v1 import OrderWebhook, OrderWebhookEvent, parse_order_webhook

    received: queue.Queue[OrderWebhook] = queue.Queue()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.put(parse_order_webhook(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client.v1.configuration.update(webhook_url=f"http://127.0.0.1:{server.server_port}/v1")
        created = client.v1.checkouts.create(**CHECKOUT, order_reference_id="Ref-W")
        gateway.shopper.complete_checkout(str(created.checkout_uuid))
        client.v1.orders.refund("Ref-W", price("5.00"), refund_id="rw-1")
        gateway.wait_for_webhooks(timeout=10)
        complete, refund = received.get(timeout=5), received.get(timeout=5)
    finally:
        server.shutdown()
        server.server_close()
    assert (complete.event, complete.object_uuid) == (OrderWebhookEvent.ORDER_COMPLETE, "Ref-W")
    assert refund.event is OrderWebhookEvent.ORDER_REFUND
    assert refund.refund_id == "rw-1"
    assert refund.refund_amount.amount_in_cents == 500

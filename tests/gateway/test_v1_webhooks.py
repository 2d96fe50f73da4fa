"""v1 order webhooks: order_complete and order_refund to the configured URL, unsigned, any 2xx delivers."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

from sezzle.gateway import Gateway

from .conftest import START, WebhookReceiver, bearer
from .test_v1_support import completed_checkout, create_checkout, usd, v1_bearer


@pytest.fixture
def v1_auth(client: httpx.Client, gateway: Gateway) -> dict[str, str]:
    return v1_bearer(client, gateway)


def configure(client: httpx.Client, auth: dict[str, str], url: str) -> None:
    assert client.post("/v1/configuration", headers=auth, json={"webhook_url": url}).status_code == 200


def test_completing_and_refunding_deliver_order_update_webhooks(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    configure(client, v1_auth, receiver.url)
    completed_checkout(client, v1_auth, gateway)
    client.post("/v1/orders/Ref123456789/refund", headers=v1_auth, json={"refund_id": "r-1", "amount": usd(500)})

    gateway.wait_for_webhooks()

    complete, refunded = (hit.json() for hit in receiver.received)
    assert set(complete) == {"time", "uuid", "type", "event", "object_uuid"}
    assert (complete["type"], complete["event"], complete["object_uuid"]) == (
        "order_update",
        "order_complete",
        "Ref123456789",
    )
    assert datetime.fromisoformat(complete["time"]) == START
    assert refunded["event"] == "order_refund"
    assert (refunded["refund_id"], refunded["refund_amount"]) == ("r-1", usd(500))
    assert refunded["uuid"] != complete["uuid"]
    for hit in receiver.received:
        assert "sezzle-signature" not in hit.headers
        assert hit.headers["content-type"] == "application/json"
    assert [(delivery.event, delivery.version, delivery.delivered) for delivery in gateway.webhook_deliveries] == [
        ("order_complete", 1, True),
        ("order_refund", 1, True),
    ]


def test_a_merchant_completes_checkout_is_complete_when_the_merchant_completes_it(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    configure(client, v1_auth, receiver.url)
    completed_checkout(client, v1_auth, gateway, merchant_completes=True)
    gateway.wait_for_webhooks()
    assert receiver.received == []

    client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)
    client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)
    gateway.wait_for_webhooks()

    assert [hit.json()["event"] for hit in receiver.received] == ["order_complete"]


def test_any_2xx_answer_delivers_and_other_answers_are_retried(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    configure(client, v1_auth, receiver.url)
    receiver.statuses = [500, 202]

    completed_checkout(client, v1_auth, gateway)
    gateway.wait_for_webhooks()

    assert [
        (delivery.attempt, delivery.status_code, delivery.delivered) for delivery in gateway.webhook_deliveries
    ] == [
        (1, 500, False),
        (2, 202, True),
    ]
    assert receiver.received[0].body == receiver.received[1].body


def test_a_v1_event_can_be_redelivered(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    configure(client, v1_auth, receiver.url)
    completed_checkout(client, v1_auth, gateway)
    gateway.wait_for_webhooks()

    gateway.redeliver_webhook(receiver.received[0].json()["uuid"])
    gateway.wait_for_webhooks()

    assert len(receiver.received) == 2
    assert receiver.received[0].body == receiver.received[1].body


def test_without_a_configured_url_nothing_is_sent(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    completed_checkout(client, v1_auth, gateway)
    client.post("/v1/orders/Ref123456789/refund", headers=v1_auth, json={"is_full_refund": True})

    gateway.wait_for_webhooks()

    assert gateway.webhook_deliveries == []


def test_the_latest_configured_url_receives_the_webhooks(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    configure(client, v1_auth, "http://127.0.0.1:9/never")
    configure(client, v1_auth, receiver.url)

    completed_checkout(client, v1_auth, gateway)
    gateway.wait_for_webhooks()

    assert [delivery.url for delivery in gateway.webhook_deliveries] == [receiver.url]


def test_a_v2_refund_of_a_v1_order_is_announced_to_v1(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    configure(client, v1_auth, receiver.url)
    checkout_uuid = completed_checkout(client, v1_auth, gateway)

    v2_refund = client.post(f"/v2/order/{checkout_uuid}/refund", headers=bearer(client, gateway), json=usd(300))
    gateway.wait_for_webhooks()

    refunded = receiver.received[-1].json()
    assert (refunded["event"], refunded["refund_id"], refunded["refund_amount"]) == (
        "order_refund",
        v2_refund.json()["uuid"],
        usd(300),
    )


def test_orders_made_through_v2_send_no_v1_webhooks(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    configure(client, v1_auth, receiver.url)
    session = client.post(
        "/v2/session",
        headers=v1_auth,
        json={
            "cancel_url": {"href": "https://shop.example/cart"},
            "complete_url": {"href": "https://shop.example/complete"},
            "order": {
                "intent": "CAPTURE",
                "reference_id": "v2-only",
                "description": "v2",
                "order_amount": usd(1000),
            },
        },
    )

    gateway.shopper.complete_checkout(session.json()["order"]["uuid"])
    gateway.wait_for_webhooks()

    assert receiver.received == []


def test_v2_subscribers_hear_about_v1_checkouts_signed_as_usual(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    subscribed = client.post(
        "/v2/webhooks", headers=v1_auth, json={"url": receiver.url, "events": ["order.authorized", "order.captured"]}
    )
    assert subscribed.status_code == 200
    checkout_uuid = create_checkout(client, v1_auth)["checkout_uuid"]

    gateway.shopper.complete_checkout(checkout_uuid)
    gateway.wait_for_webhooks()

    assert [hit.json()["event"] for hit in receiver.received] == ["order.authorized", "order.captured"]
    assert all(hit.headers["sezzle-signature"] for hit in receiver.received)
    assert {hit.json()["data"]["uuid"] for hit in receiver.received} == {checkout_uuid}

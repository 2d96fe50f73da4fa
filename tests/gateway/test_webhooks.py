"""Webhook subscriptions, and deliveries: signed envelopes, retries, redelivery."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime
from typing import Any

import httpx
import pytest

from sezzle.gateway import Clock, Gateway

from .conftest import FAST_RETRIES, START, WebhookReceiver, authorized_order, bearer, error_of, price

ORDER_EVENTS = ["order.authorized", "order.captured", "order.refunded"]


def subscribe(client: httpx.Client, auth: dict[str, str], url: str, events: list[str]) -> str:
    answer = client.post("/v2/webhooks", headers=auth, json={"url": url, "events": events})
    assert answer.status_code == 200, answer.text
    subscription_uuid: str = answer.json()["uuid"]
    return subscription_uuid


def signed_by(private_key: str, body: bytes) -> str:
    return hmac.new(private_key.encode(), body, hashlib.sha256).hexdigest()


def test_subscription_lifecycle(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    created = client.post(
        "/v2/webhooks", headers=auth, json={"url": "https://shop.example/hooks", "events": ["order.captured"]}
    )
    assert created.status_code == 200
    uuid = created.json()["uuid"]
    assert {(link["rel"], link["method"]) for link in created.json()["links"]} == {
        ("create", "POST"),
        ("list", "GET"),
        ("self", "GET"),
        ("self", "PATCH"),
        ("self", "DELETE"),
    }

    replaced = client.patch(
        f"/v2/webhooks/{uuid}",
        headers=auth,
        json={"url": "https://shop.example/v2-hooks", "events": ["order.refunded", "customer.tokenized"]},
    )
    assert replaced.status_code == 200
    assert replaced.json()["events"] == ["order.refunded", "customer.tokenized"]
    fetched = client.get(f"/v2/webhooks/{uuid}", headers=auth).json()
    assert (fetched["url"], fetched["events"]) == (
        "https://shop.example/v2-hooks",
        ["order.refunded", "customer.tokenized"],
    )
    assert [entry["uuid"] for entry in client.get("/v2/webhooks", headers=auth).json()] == [uuid]

    assert client.delete(f"/v2/webhooks/{uuid}", headers=auth).status_code == 204
    assert client.get("/v2/webhooks", headers=auth).json() == []
    assert error_of(client.get(f"/v2/webhooks/{uuid}", headers=auth))["code"] == "record_not_found"
    gone = client.patch(
        f"/v2/webhooks/{uuid}", headers=auth, json={"url": "https://a.example", "events": ["order.captured"]}
    )
    assert gone.status_code == 404


@pytest.mark.parametrize(
    ("body", "status", "code", "location"),
    [
        ({"events": ["order.captured"]}, 400, "bad_request", "url"),
        ({"url": "https://a.example"}, 400, "bad_request", "events"),
        ({"url": "https://a.example", "events": ["order.shipped"]}, 422, "invalid", "events[0]"),
        ({"url": "ftp://a.example", "events": ["order.captured"]}, 422, "invalid", "url"),
        ({"url": "https://taken.example", "events": ["order.captured"]}, 422, "duplicate", "url"),
    ],
)
def test_subscription_validation(
    client: httpx.Client, auth: dict[str, str], body: dict[str, Any], status: int, code: str, location: str
) -> None:
    subscribe(client, auth, "https://taken.example", ["order.refunded"])

    answer = client.post("/v2/webhooks", headers=auth, json=body)

    assert answer.status_code == status
    assert (error_of(answer)["code"], error_of(answer)["location"]) == (code, location)


def test_order_events_are_delivered_signed_with_the_private_key(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    subscribe(client, auth, receiver.url, ORDER_EVENTS)
    order_uuid = authorized_order(client, auth, gateway)
    client.post(f"/v2/order/{order_uuid}/capture", headers=auth, json={"capture_amount": price(4_000)})
    client.post(f"/v2/order/{order_uuid}/refund", headers=auth, json=price(1_000))

    gateway.wait_for_webhooks()

    assert [hit.json()["event"] for hit in receiver.received] == ORDER_EVENTS
    for hit in receiver.received:
        assert hit.headers["sezzle-signature"] == signed_by(gateway.private_key, hit.body)
        assert hit.headers["content-type"] == "application/json"
        envelope = hit.json()
        assert set(envelope) == {"uuid", "created_at", "event", "data_type", "data"}
        assert envelope["data_type"] == "order"
        assert envelope["data"]["uuid"] == order_uuid
        assert datetime.fromisoformat(envelope["created_at"]) == START
    refunded = receiver.received[2].json()["data"]["authorization"]
    assert refunded["approved"] is True
    assert [item["amount"] for item in refunded["refunds"]] == [price(1_000)]
    assert all(delivery.delivered for delivery in gateway.webhook_deliveries)


def test_only_subscribed_events_are_delivered(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    subscribe(client, auth, receiver.url, ["order.captured"])

    authorized_order(client, auth, gateway, intent="CAPTURE")
    gateway.wait_for_webhooks()

    assert [hit.json()["event"] for hit in receiver.received] == ["order.captured"]


def test_a_failing_receiver_gets_retries_until_it_answers_200(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    receiver.statuses = [500, 202]
    subscribe(client, auth, receiver.url, ["order.authorized"])

    authorized_order(client, auth, gateway)
    gateway.wait_for_webhooks()

    deliveries = gateway.webhook_deliveries
    assert [(d.attempt, d.status_code, d.delivered) for d in deliveries] == [
        (1, 500, False),
        (2, 202, False),
        (3, 200, True),
    ]
    assert len({d.event_uuid for d in deliveries}) == 1
    assert len({hit.body for hit in receiver.received}) == 1


def test_an_unreachable_receiver_is_given_up_after_the_schedule(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    receiver.close()
    subscribe(client, auth, receiver.url, ["order.authorized"])

    authorized_order(client, auth, gateway)
    gateway.wait_for_webhooks()

    deliveries = gateway.webhook_deliveries
    assert len(deliveries) == len(FAST_RETRIES) + 1
    assert all(d.status_code is None and d.error for d in deliveries)
    assert len(gateway.state.subscriptions) == 1


def test_failing_subscriptions_can_be_deleted_as_sezzle_does(receiver: WebhookReceiver) -> None:
    receiver.statuses = [500, 500]
    with (
        Gateway(clock=Clock(START, frozen=True), webhook_retry_delays=(0.01,), delete_failing_subscriptions=True) as gw,
        httpx.Client(base_url=gw.url, verify=False) as http,
    ):
        auth = bearer(http, gw)
        subscribe(http, auth, receiver.url, ["order.authorized"])
        authorized_order(http, auth, gw)
        gw.wait_for_webhooks()

        assert [d.attempt for d in gw.webhook_deliveries] == [1, 2]
        assert http.get("/v2/webhooks", headers=auth).json() == []


def test_the_test_event_goes_to_a_url_or_to_every_subscriber(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    subscribe(client, auth, receiver.url, ["order.refunded"])
    subscribe(client, auth, receiver.url + "/other", ["order.refunded", "customer.tokenized"])

    broadcast = client.post("/v2/webhooks/test", headers=auth, json={"event": "order.refunded"})
    gateway.wait_for_webhooks()
    direct = client.post(
        "/v2/webhooks/test", headers=auth, json={"event": "customer.tokenized", "url": receiver.url + "/direct"}
    )
    gateway.wait_for_webhooks()

    assert broadcast.status_code == direct.status_code == 204
    assert sorted(hit.path for hit in receiver.received) == ["/hooks", "/hooks/direct", "/hooks/other"]
    tokenized = next(hit for hit in receiver.received if hit.path == "/hooks/direct").json()
    assert (tokenized["event"], tokenized["data_type"]) == ("customer.tokenized", "customer")
    assert tokenized["data"]["customer"]["uuid"]


def test_the_test_event_needs_a_known_event(client: httpx.Client, auth: dict[str, str]) -> None:
    assert client.post("/v2/webhooks/test", headers=auth, json={}).status_code == 400
    assert client.post("/v2/webhooks/test", headers=auth, json={"event": "nope"}).status_code == 422


def test_tokenization_sends_customer_tokenized(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    subscribe(client, auth, receiver.url, ["customer.tokenized"])
    body = {
        "cancel_url": {"href": "https://shop.example/c"},
        "complete_url": {"href": "https://shop.example/d"},
        "customer": {"tokenize": True},
    }
    token = client.post("/v2/session", headers=auth, json=body).json()["tokenize"]["token"]

    customer = gateway.shopper.accept_tokenization(token)
    gateway.wait_for_webhooks()

    (hit,) = receiver.received
    assert hit.json()["data"]["token"] == token
    assert hit.json()["data"]["customer"]["uuid"] == customer


def test_an_event_can_be_delivered_again(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    subscribe(client, auth, receiver.url, ["order.authorized"])
    authorized_order(client, auth, gateway)
    gateway.wait_for_webhooks()

    gateway.redeliver_webhook(gateway.webhook_deliveries[0].event_uuid)
    gateway.wait_for_webhooks()

    first, again = receiver.received
    assert first.body == again.body
    assert first.json()["uuid"] == again.json()["uuid"]

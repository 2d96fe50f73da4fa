"""Order operations: each happy path, and every amount and state rule broken once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from sezzle.errors import InvalidInputError
from sezzle.gateway import Gateway

from .conftest import WebhookReceiver, authorized_order, bearer, error_of, new_order, price


def post(client: httpx.Client, auth: dict[str, str], order_uuid: str, action: str, body: Any) -> httpx.Response:
    return client.post(f"/v2/order/{order_uuid}/{action}", headers=auth, json=body)


def test_checkout_with_intent_auth_authorizes_without_capturing(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)

    order = client.get(f"/v2/order/{order_uuid}", headers=auth).json()

    assert order["checkout_status"] == "completed"
    authorization = order["authorization"]
    assert authorization["approved"] is True
    assert authorization["authorization_amount"] == price(10_000)
    assert authorization["expiration"] == "2026-03-02T12:30:00.000Z"
    assert authorization["captures"] == []
    assert authorization["sezzle_order_id"]
    assert order["customer"]["first_name"]


def test_checkout_with_intent_capture_captures_the_whole_amount(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway, intent="CAPTURE")

    captures = client.get(f"/v2/order/{order_uuid}", headers=auth).json()["authorization"]["captures"]

    assert [capture["amount"] for capture in captures] == [price(10_000)]
    assert gateway.state.order(order_uuid).captured_cents == 10_000


def test_a_declined_checkout_is_denied_and_cannot_be_captured(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = new_order(client, auth)
    gateway.shopper.complete_checkout(order_uuid, approve=False)

    assert client.get(f"/v2/order/{order_uuid}", headers=auth).json()["checkout_status"] == "denied"
    refused = post(client, auth, order_uuid, "capture", {"capture_amount": price(100)})
    assert refused.status_code == 422
    assert error_of(refused)["code"] == "invalid_authorization"


def test_partial_captures_add_up_to_the_authorization(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)

    first = post(client, auth, order_uuid, "capture", {"capture_amount": price(4_000)})
    second = post(client, auth, order_uuid, "capture", {"capture_amount": price(6_000)})
    third = post(client, auth, order_uuid, "capture", {"capture_amount": price(1)})

    assert first.status_code == second.status_code == 200
    assert first.json()["uuid"] != second.json()["uuid"]
    assert third.status_code == 422
    assert error_of(third)["code"] == "amount_exceeds_authorization"
    assert error_of(third)["location"] == "capture_amount.amount_in_cents"
    captures = client.get(f"/v2/order/{order_uuid}", headers=auth).json()["authorization"]["captures"]
    assert captures == [
        {"uuid": first.json()["uuid"], "amount": price(4_000)},
        {"uuid": second.json()["uuid"], "amount": price(6_000)},
    ]


def test_capture_before_the_shopper_completes_checkout_is_refused(client: httpx.Client, auth: dict[str, str]) -> None:
    order_uuid = new_order(client, auth)

    answer = post(client, auth, order_uuid, "capture", {"capture_amount": price(100)})

    assert answer.status_code == 422
    assert error_of(answer)["code"] == "invalid_authorization"


def test_capture_after_the_authorization_expired_is_refused(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    gateway.clock.advance(timedelta(minutes=30))

    answer = post(client, auth, order_uuid, "capture", {"capture_amount": price(100)})

    assert answer.status_code == 422
    assert error_of(answer)["code"] == "authorization_expired"


def test_the_authorization_window_is_configurable() -> None:
    with Gateway(authorization_window=timedelta(days=7)) as gw, httpx.Client(base_url=gw.url, verify=False) as http:
        order_uuid = authorized_order(http, bearer(http, gw), gw)
        gw.clock.advance(timedelta(days=6))
        assert post(http, bearer(http, gw), order_uuid, "capture", {"capture_amount": price(100)}).status_code == 200


@pytest.mark.parametrize(
    ("action", "body", "location"),
    [
        ("capture", {"capture_amount": price(100, "CAD")}, "capture_amount.currency"),
        ("refund", price(100, "CAD"), "currency"),
        ("release", price(100, "CAD"), "currency"),
        ("upcharge", {"intent": "AUTH", "upcharge_amount": price(100, "CAD")}, "upcharge_amount.currency"),
    ],
)
def test_an_amount_in_another_currency_is_refused(
    client: httpx.Client,
    gateway: Gateway,
    auth: dict[str, str],
    action: str,
    body: dict[str, Any],
    location: str,
) -> None:
    order_uuid = authorized_order(client, auth, gateway, intent="CAPTURE")

    answer = post(client, auth, order_uuid, action, body)

    assert answer.status_code == 422
    error = error_of(answer)
    assert error["code"] == "currency_mismatch"
    assert error["location"] == location


@pytest.mark.parametrize(
    ("action", "body", "location"),
    [
        ("capture", {"capture_amount": price(0)}, "capture_amount.amount_in_cents"),
        ("refund", price(-5), "amount_in_cents"),
        ("release", price(0), "amount_in_cents"),
    ],
)
def test_amounts_must_be_positive(
    client: httpx.Client,
    gateway: Gateway,
    auth: dict[str, str],
    action: str,
    body: dict[str, Any],
    location: str,
) -> None:
    order_uuid = authorized_order(client, auth, gateway)

    answer = post(client, auth, order_uuid, action, body)

    assert answer.status_code == 422
    assert error_of(answer)["code"] == "invalid"
    assert error_of(answer)["location"] == location


@pytest.mark.parametrize(
    ("action", "body", "location"),
    [
        ("capture", {}, "capture_amount"),
        ("capture", {"capture_amount": {"amount_in_cents": 1.5, "currency": "USD"}}, "capture_amount.amount_in_cents"),
        ("refund", {"amount_in_cents": 100}, "currency"),
        ("upcharge", {"upcharge_amount": price(100)}, "intent"),
    ],
)
def test_malformed_operation_bodies_are_400_naming_the_field(
    client: httpx.Client,
    gateway: Gateway,
    auth: dict[str, str],
    action: str,
    body: dict[str, Any],
    location: str,
) -> None:
    order_uuid = authorized_order(client, auth, gateway)

    answer = post(client, auth, order_uuid, action, body)

    assert answer.status_code == 400
    assert error_of(answer)["location"] == location


def test_refunds_stay_within_what_was_captured(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    assert error_of(post(client, auth, order_uuid, "refund", price(1)))["code"] == "amount_exceeds_captured"
    post(client, auth, order_uuid, "capture", {"capture_amount": price(3_000)})

    refund = post(client, auth, order_uuid, "refund", price(2_000))
    too_much = post(client, auth, order_uuid, "refund", price(1_001))

    assert refund.status_code == 200
    assert too_much.status_code == 422
    assert error_of(too_much)["code"] == "amount_exceeds_captured"
    authorization = client.get(f"/v2/order/{order_uuid}", headers=auth).json()["authorization"]
    assert authorization["refunds"] == [{"uuid": refund.json()["uuid"], "amount": price(2_000)}]


def test_refunds_remain_possible_after_the_authorization_expired(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway, intent="CAPTURE")
    gateway.clock.advance(timedelta(days=2))

    assert post(client, bearer(client, gateway), order_uuid, "refund", price(10_000)).status_code == 200


def test_releases_stay_within_what_is_uncaptured(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    post(client, auth, order_uuid, "capture", {"capture_amount": price(7_000)})

    release = post(client, auth, order_uuid, "release", price(2_000))
    too_much = post(client, auth, order_uuid, "release", price(1_001))
    capture_after = post(client, auth, order_uuid, "capture", {"capture_amount": price(1_001)})

    assert release.status_code == 200
    assert error_of(too_much)["code"] == "amount_exceeds_authorization"
    assert error_of(capture_after)["code"] == "amount_exceeds_authorization"
    snapshot = gateway.state.order(order_uuid)
    assert (snapshot.captured_cents, snapshot.released_cents, snapshot.uncaptured_cents) == (7_000, 2_000, 1_000)


def test_releasing_everything_deletes_the_checkout(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)

    assert post(client, auth, order_uuid, "release", price(10_000)).status_code == 200

    assert client.get(f"/v2/order/{order_uuid}", headers=auth).json()["checkout_status"] == "deleted"


def test_release_after_the_authorization_expired_is_refused(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    gateway.clock.advance(timedelta(minutes=31))

    assert error_of(post(client, auth, order_uuid, "release", price(100)))["code"] == "authorization_expired"


def test_reauthorize_only_after_expiry_and_it_creates_a_new_auth_order(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway, intent="AUTH", reference_id="ord_77")
    early = post(client, auth, order_uuid, "reauthorize", price(5_000))
    assert early.status_code == 422
    assert error_of(early)["code"] == "authorization_not_expired"
    gateway.clock.advance(timedelta(minutes=31))

    answer = post(client, auth, order_uuid, "reauthorize", price(5_000))

    assert answer.status_code == 200
    body = answer.json()
    assert body["uuid"] != order_uuid
    assert body["intent"] == "AUTH"
    assert body["reference_id"] == "ord_77"
    assert body["order_amount"] == price(5_000)
    assert body["authorization"]["approved"] is True
    assert body["links"][0]["href"].endswith(f"/v2/order/{body['uuid']}")
    new = body["uuid"]
    assert post(client, auth, new, "capture", {"capture_amount": price(5_000)}).status_code == 200
    assert gateway.state.order(new).reauthorized_from == order_uuid


def test_reauthorize_more_than_was_left_is_refused(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    post(client, auth, order_uuid, "capture", {"capture_amount": price(4_000)})
    gateway.clock.advance(timedelta(hours=1))

    answer = post(client, auth, order_uuid, "reauthorize", price(6_001))

    assert answer.status_code == 422
    assert error_of(answer)["code"] == "amount_exceeds_limit"


def test_a_declined_reauthorization_is_still_http_200(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    gateway.clock.advance(timedelta(hours=1))
    gateway.shopper.default_spending_limit = 0

    answer = post(client, auth, order_uuid, "reauthorize", price(5_000))

    assert answer.status_code == 200
    assert answer.json()["authorization"]["approved"] is False
    capture = post(client, auth, answer.json()["uuid"], "capture", {"capture_amount": price(100)})
    assert error_of(capture)["code"] == "invalid_authorization"


def test_upcharges_are_new_orders_within_15_percent_cumulative(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    parent = authorized_order(client, auth, gateway, cents=10_000)

    first = post(client, auth, parent, "upcharge", {"intent": "CAPTURE", "upcharge_amount": price(1_000)})
    second = post(client, auth, parent, "upcharge", {"intent": "AUTH", "upcharge_amount": price(500)})
    over = post(client, auth, parent, "upcharge", {"intent": "AUTH", "upcharge_amount": price(1)})

    assert first.status_code == second.status_code == 200
    assert over.status_code == 422
    assert error_of(over)["code"] == "upcharge_limit_exceeded"
    upcharge = client.get(f"/v2/order/{first.json()['uuid']}", headers=auth).json()
    assert upcharge["is_upcharge"] is True
    assert upcharge["parent_order_uuid"] == parent
    assert [capture["amount"] for capture in upcharge["authorization"]["captures"]] == [price(1_000)]
    parent_order = client.get(f"/v2/order/{parent}", headers=auth).json()
    assert parent_order["upcharges"] == [
        {"uuid": first.json()["uuid"], "amount": price(1_000)},
        {"uuid": second.json()["uuid"], "amount": price(500)},
    ]
    assert parent_order["authorization"]["captures"] == []


def test_upcharge_needs_an_authorized_parent(client: httpx.Client, auth: dict[str, str]) -> None:
    order_uuid = new_order(client, auth)

    answer = post(client, auth, order_uuid, "upcharge", {"intent": "AUTH", "upcharge_amount": price(100)})

    assert error_of(answer)["code"] == "invalid_authorization"


def test_delete_checkout_only_before_the_shopper_completes_it(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    open_order = new_order(client, auth)
    done_order = authorized_order(client, auth, gateway)

    assert client.delete(f"/v2/order/{open_order}/checkout", headers=auth).status_code == 204
    refused = client.delete(f"/v2/order/{done_order}/checkout", headers=auth)

    assert client.get(f"/v2/order/{open_order}", headers=auth).json()["checkout_status"] == "deleted"
    assert refused.status_code == 422
    assert error_of(refused)["code"] == "already_completed"
    with pytest.raises(InvalidInputError, match="checkout_not_active"):
        gateway.shopper.complete_checkout(open_order)


def test_patch_order_changes_only_the_reference_id(client: httpx.Client, auth: dict[str, str]) -> None:
    order_uuid = new_order(client, auth)

    answer = client.patch(f"/v2/order/{order_uuid}", headers=auth, json={"reference_id": "ord_2"})
    invalid = client.patch(f"/v2/order/{order_uuid}", headers=auth, json={"reference_id": "no/slashes"})
    missing = client.patch(f"/v2/order/{order_uuid}", headers=auth, json={})

    assert answer.status_code == 204
    assert answer.content == b""
    assert client.get(f"/v2/order/{order_uuid}", headers=auth).json()["reference_id"] == "ord_2"
    assert (invalid.status_code, error_of(invalid)["location"]) == (422, "reference_id")
    assert (missing.status_code, error_of(missing)["location"]) == (400, "reference_id")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", ""),
        ("PATCH", ""),
        ("POST", "/capture"),
        ("POST", "/refund"),
        ("POST", "/release"),
        ("POST", "/reauthorize"),
        ("DELETE", "/checkout"),
    ],
)
def test_unknown_orders_are_404(client: httpx.Client, auth: dict[str, str], method: str, path: str) -> None:
    body = {"reference_id": "x"} if method == "PATCH" else price(100) if method == "POST" else None
    if path == "/capture":
        body = {"capture_amount": price(100)}

    answer = client.request(method, f"/v2/order/no-such-order{path}", headers=auth, json=body)

    assert answer.status_code == 404
    assert error_of(answer)["code"] == "record_not_found"


def test_completing_a_checkout_twice_is_refused(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    order_uuid = authorized_order(client, auth, gateway)

    with pytest.raises(InvalidInputError) as caught:
        gateway.shopper.complete_checkout(order_uuid)

    assert caught.value.field == "order_uuid"
    assert gateway.state.order(order_uuid).effects == 0


@pytest.mark.parametrize(
    "flag", [{}, {"partial_capture": True}, {"partial_capture": None}], ids=["absent", "true", "null"]
)
def test_a_partial_capture_leaves_the_rest_authorized(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], flag: dict[str, Any]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)

    first = post(client, auth, order_uuid, "capture", {"capture_amount": price(4_000), **flag})
    later = post(client, auth, order_uuid, "capture", {"capture_amount": price(6_000)})

    assert first.status_code == later.status_code == 200
    snapshot = gateway.state.order(order_uuid)
    assert (snapshot.captured_cents, snapshot.released_cents, snapshot.uncaptured_cents) == (10_000, 0, 0)


def test_partial_capture_false_captures_the_amount_and_releases_the_rest(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], receiver: WebhookReceiver
) -> None:
    client.post("/v2/webhooks", headers=auth, json={"url": receiver.url, "events": ["order.captured"]})
    order_uuid = authorized_order(client, auth, gateway)

    answer = post(client, auth, order_uuid, "capture", {"capture_amount": price(4_000), "partial_capture": False})
    later = post(client, auth, order_uuid, "capture", {"capture_amount": price(1)})

    assert answer.status_code == 200
    snapshot = gateway.state.order(order_uuid)
    assert (snapshot.captured_cents, snapshot.released_cents, snapshot.uncaptured_cents) == (4_000, 6_000, 0)
    assert [capture.uuid for capture in snapshot.captures] == [answer.json()["uuid"]]
    assert snapshot.checkout_status == "completed"
    assert (later.status_code, error_of(later)["code"]) == (422, "amount_exceeds_authorization")
    authorization = client.get(f"/v2/order/{order_uuid}", headers=auth).json()["authorization"]
    assert [release["amount"] for release in authorization["releases"]] == [price(6_000)]
    gateway.wait_for_webhooks()
    captured = receiver.received[0].json()["data"]["authorization"]
    assert [release["amount"] for release in captured["releases"]] == [price(6_000)]


def test_partial_capture_false_for_everything_left_releases_nothing(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    post(client, auth, order_uuid, "capture", {"capture_amount": price(3_000)})

    answer = post(client, auth, order_uuid, "capture", {"capture_amount": price(7_000), "partial_capture": False})
    over = post(client, auth, order_uuid, "capture", {"capture_amount": price(20_000), "partial_capture": False})

    assert answer.status_code == 200
    assert (over.status_code, error_of(over)["code"]) == (422, "amount_exceeds_authorization")
    snapshot = gateway.state.order(order_uuid)
    assert (snapshot.captured_cents, snapshot.released_cents) == (10_000, 0)

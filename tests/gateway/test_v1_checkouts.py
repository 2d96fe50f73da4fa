"""v1 authentication, configuration and checkouts: creating, completing, and every rule broken once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from sezzle.errors import InvalidInputError
from sezzle.gateway import Gateway

from .conftest import bearer
from .test_v1_support import (
    ADDRESS,
    CUSTOMER,
    ITEM,
    METADATA,
    checkout_body,
    completed_checkout,
    create_checkout,
    usd,
    v1_bearer,
    v1_error,
)


@pytest.fixture
def v1_auth(client: httpx.Client, gateway: Gateway) -> dict[str, str]:
    return v1_bearer(client, gateway)


# Authentication


def test_v1_authentication_answers_like_the_page(client: httpx.Client, gateway: Gateway) -> None:
    answer = client.post(
        "/v1/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
    )

    assert answer.status_code == 201
    body = answer.json()
    assert set(body) == {"token", "expiration_date", "merchant_uuid"}
    assert body["merchant_uuid"] == gateway.merchant_uuid
    assert body["expiration_date"] == "2026-03-02T14:00:00.000Z"


def test_wrong_keys_are_refused_with_a_v1_error(client: httpx.Client, gateway: Gateway) -> None:
    answer = client.post("/v1/authentication", json={"public_key": gateway.public_key, "private_key": "nope"})

    assert answer.status_code == 401
    assert v1_error(answer)["id"] == "unauthorized"


def test_v1_routes_need_a_live_token(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    missing = client.post("/v1/checkouts", json=checkout_body())
    unknown = client.post("/v1/checkouts", headers={"Authorization": "Bearer made-up"}, json=checkout_body())
    gateway.clock.advance(timedelta(minutes=121))
    expired = client.post("/v1/checkouts", headers=v1_auth, json=checkout_body())

    for answer in (missing, unknown, expired):
        assert answer.status_code == 401
        assert v1_error(answer)["id"] == "unauthorized"
    assert gateway.state.orders == []


def test_tokens_from_either_version_work_on_both(client: httpx.Client, gateway: Gateway) -> None:
    v1_token, v2_token = v1_bearer(client, gateway), bearer(client, gateway)

    on_v1 = client.post("/v1/checkouts", headers=v2_token, json=checkout_body())
    on_v2 = client.get(f"/v2/order/{on_v1.json()['checkout_uuid']}", headers=v1_token)

    assert on_v1.status_code == 200
    assert on_v2.status_code == 200
    assert gateway.requests.auth_count == 2


# Configuration


def test_configuration_sets_the_webhook_url_and_answers_200_without_a_body(
    client: httpx.Client, v1_auth: dict[str, str]
) -> None:
    answer = client.post("/v1/configuration", headers=v1_auth, json={"webhook_url": "https://shop.example/hooks"})

    assert answer.status_code == 200
    assert answer.content == b""


@pytest.mark.parametrize(
    ("body", "named"),
    [({}, "webhook_url"), ({"webhook_url": 7}, "webhook_url")],
)
def test_configuration_refuses_a_missing_or_unusable_url(
    client: httpx.Client, v1_auth: dict[str, str], body: dict[str, Any], named: str
) -> None:
    answer = client.post("/v1/configuration", headers=v1_auth, json=body)

    assert answer.status_code == 400
    error = v1_error(answer)
    assert error["id"] == "bad_request"
    assert named in error["message"]


# Creating checkouts


def test_create_checkout_answers_a_uuid_and_a_checkout_url(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    created = create_checkout(client, v1_auth)

    assert set(created) == {"checkout_uuid", "checkout_url"}
    assert created["checkout_uuid"] in created["checkout_url"]
    assert created["checkout_url"].startswith(gateway.url)
    order = gateway.state.order(created["checkout_uuid"])
    assert (order.reference_id, order.amount.cents, order.amount.currency) == ("Ref123456789", 12999, "USD")
    assert order.checkout_status == "active"
    assert order.intent == "CAPTURE"
    assert order.metadata == METADATA


def test_the_checkout_url_is_a_page_the_shopper_completes(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    created = create_checkout(client, v1_auth)

    page = client.get(created["checkout_url"])
    decision = client.post(created["checkout_url"], data={"decision": "approve"})

    assert page.status_code == 200
    assert "Ref123456789" in page.text
    assert decision.status_code == 303
    assert decision.headers["location"] == "https://sezzle.com/complete"
    assert gateway.state.order(created["checkout_uuid"]).captured_cents == 12999


def test_only_the_six_required_fields_are_needed(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    bare = {
        key: checkout_body()[key]
        for key in (
            "amount_in_cents",
            "currency_code",
            "order_reference_id",
            "order_description",
            "checkout_cancel_url",
            "checkout_complete_url",
        )
    }

    assert client.post("/v1/checkouts", headers=v1_auth, json=bare).status_code == 200


REQUIRED = [
    "amount_in_cents",
    "currency_code",
    "order_reference_id",
    "order_description",
    "checkout_cancel_url",
    "checkout_complete_url",
]


@pytest.mark.parametrize("field", REQUIRED)
def test_a_missing_required_field_is_a_400_naming_it(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], field: str
) -> None:
    answer = client.post("/v1/checkouts", headers=v1_auth, json=checkout_body(**{field: None}))

    assert answer.status_code == 400
    error = v1_error(answer)
    assert error["id"] == "bad_request"
    assert field in error["message"]
    assert gateway.state.orders == []


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"amount_in_cents": 99}, "amount_in_cents"),
        ({"amount_in_cents": "12999"}, "amount_in_cents"),
        ({"currency_code": "usd"}, "currency_code"),
        ({"merchant_completes": "yes"}, "merchant_completes"),
        ({"customer_details": "John"}, "customer_details"),
        ({"billing_address": {"street": 123}}, "billing_address.street"),
        ({"items": ["widget"]}, "items[0]"),
        ({"discounts": [{"name": "off", "amount": {"amount_in_cents": 10}}]}, "discounts[0].amount.currency"),
        ({"tax_amount": {"amount_in_cents": 100, "currency": "CAD"}}, "tax_amount.currency"),
    ],
)
def test_a_value_breaking_a_rule_is_a_400_naming_the_field(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], overrides: dict[str, Any], named: str
) -> None:
    answer = client.post("/v1/checkouts", headers=v1_auth, json=checkout_body(**overrides))

    assert answer.status_code == 400
    error = v1_error(answer)
    assert error["id"] == "bad_request"
    assert named in error["message"]
    assert gateway.state.orders == []


def test_a_body_that_is_not_json_is_a_400(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    answer = client.post("/v1/checkouts", headers={**v1_auth, "Content-Type": "application/json"}, content=b"{")

    assert answer.status_code == 400
    assert v1_error(answer)["id"] == "bad_request"


def test_the_minimum_follows_the_gateway_setting() -> None:
    with Gateway(minimum_order_amount=500) as gw, httpx.Client(base_url=gw.url) as http:
        auth = v1_bearer(http, gw)
        refused = http.post("/v1/checkouts", headers=auth, json=checkout_body(amount_in_cents=499))
        accepted = http.post("/v1/checkouts", headers=auth, json=checkout_body(amount_in_cents=500))

    assert "at least 500" in v1_error(refused)["message"]
    assert accepted.status_code == 200


def test_a_new_checkout_replaces_an_unfinished_one_with_the_same_reference(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    first = create_checkout(client, v1_auth)["checkout_uuid"]
    second = create_checkout(client, v1_auth, amount_in_cents=5000)["checkout_uuid"]

    assert gateway.state.order(first).checkout_status == "deleted"
    with pytest.raises(InvalidInputError, match="checkout_not_active"):
        gateway.shopper.complete_checkout(first)
    order = client.get("/v1/orders/Ref123456789", headers=v1_auth).json()
    assert order["amount_in_cents"] == 5000
    assert second != first


def test_a_reference_of_a_completed_order_cannot_start_another_checkout(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    completed_checkout(client, v1_auth, gateway)

    answer = client.post("/v1/checkouts", headers=v1_auth, json=checkout_body())

    assert answer.status_code == 409
    assert v1_error(answer)["id"] == "duplicate_order_reference_id"
    assert len(gateway.state.orders) == 1


# Completing checkouts


def test_without_merchant_completes_the_shopper_completing_captures_everything(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = create_checkout(client, v1_auth)["checkout_uuid"]

    snapshot = gateway.shopper.complete_checkout(checkout_uuid)

    assert snapshot.checkout_status == "completed"
    assert snapshot.captured_cents == 12999
    assert snapshot.uncaptured_cents == 0


def test_with_merchant_completes_the_shopper_only_authorizes_and_complete_captures(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway, merchant_completes=True)
    assert gateway.state.order(checkout_uuid).captured_cents == 0
    gateway.clock.advance(timedelta(minutes=29))

    answer = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)

    assert answer.status_code == 200
    assert gateway.state.order(checkout_uuid).captured_cents == 12999
    echo = answer.json()
    assert echo["amount_in_cents"] == 12999
    assert echo["currency_code"] == "USD"
    assert echo["order_reference_id"] == "Ref123456789"
    assert echo["order_description"] == "Order #1800"
    assert echo["checkout_cancel_url"] == "https://sezzle.com/cart"
    assert echo["checkout_complete_url"] == "https://sezzle.com/complete"
    assert echo["customer_details"] == CUSTOMER
    assert echo["billing_address"] == echo["shipping_address"] == ADDRESS
    assert echo["items"] == [ITEM]
    assert echo["discounts"] == [{"name": "20% off", "amount": usd(1000)}]
    assert echo["tax_amount"] == echo["shipping_amount"] == usd(1000)
    assert echo["metadata"] == METADATA
    assert echo["merchant_completes"] is True
    assert echo["requires_shipping_info"] is False


def test_completing_echoes_the_v1_only_options_as_given(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    options = {
        "locale": "fr-CA",
        "send_checkout_url": {"to_email": "john.doe@sezzle.com", "language": "fr"},
        "checkout_expiration": "2026-03-02T13:00:00+00:00",
        "requires_shipping_info": True,
    }
    checkout_uuid = completed_checkout(client, v1_auth, gateway, merchant_completes=True, **options)

    echo = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth).json()

    assert {key: echo[key] for key in options} == options
    assert gateway.state.order(checkout_uuid).captured_cents == 12999


def test_completing_again_changes_nothing(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway, merchant_completes=True)
    first = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)
    gateway.clock.advance(timedelta(minutes=90))  # past the authorization window, within the token's life

    again = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)

    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert len(gateway.state.order(checkout_uuid).captures) == 1


def test_completing_a_captured_checkout_echoes_it(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)

    answer = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)

    assert answer.status_code == 200
    assert answer.json()["merchant_completes"] is False
    assert len(gateway.state.order(checkout_uuid).captures) == 1


def test_completing_after_the_authorization_window_is_409_checkout_expired(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway, merchant_completes=True)
    gateway.clock.advance(timedelta(minutes=30, seconds=1))

    answer = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)

    assert answer.status_code == 409
    assert answer.json() == {
        "status": 409,
        "id": "checkout_expired",
        "message": "checkout not completed within time limit",
    }
    assert gateway.state.order(checkout_uuid).captured_cents == 0


def test_the_completion_window_follows_the_gateway_setting() -> None:
    with Gateway(authorization_window=timedelta(days=7)) as gw, httpx.Client(base_url=gw.url) as http:
        auth = v1_bearer(http, gw)
        checkout_uuid = http.post("/v1/checkouts", headers=auth, json=checkout_body(merchant_completes=True)).json()[
            "checkout_uuid"
        ]
        gw.shopper.complete_checkout(checkout_uuid)
        gw.clock.advance(timedelta(days=6))

        answer = http.post("/v1/checkouts/Ref123456789/complete", headers=v1_bearer(http, gw))

    assert answer.status_code == 200


@pytest.mark.parametrize(
    ("shopper", "error_id"),
    [("nothing", "checkout_not_completed"), ("declined", "checkout_denied"), ("too late", "checkout_expired")],
)
def test_completing_a_checkout_the_shopper_did_not_finish_is_refused(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], shopper: str, error_id: str
) -> None:
    expiration = "2026-03-02T12:10:00Z"
    checkout_uuid = create_checkout(client, v1_auth, merchant_completes=True, checkout_expiration=expiration)[
        "checkout_uuid"
    ]
    if shopper == "declined":
        gateway.shopper.complete_checkout(checkout_uuid, approve=False)
    if shopper == "too late":
        gateway.clock.advance(timedelta(minutes=11))

    answer = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)

    assert answer.status_code == 409
    assert v1_error(answer)["id"] == error_id
    assert gateway.state.order(checkout_uuid).captured_cents == 0


def test_completing_an_unknown_reference_is_404(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    answer = client.post("/v1/checkouts/Ref-unknown/complete", headers=v1_auth)

    assert answer.status_code == 404
    assert v1_error(answer)["id"] == "not_found"


@pytest.mark.parametrize(
    "overrides",
    [
        {"order_reference_id": "has spaces"},
        {"order_description": ""},
        {"checkout_complete_url": "sezzle.com/complete"},
        {"locale": "de-DE"},
        {"locale": "fr_CA"},
        {"items": [{"name": "widget", "quantity": "2.0000", "sku": None}]},
        {"metadata": {"location_id": 123}},
        {"send_checkout_url": {"language": "en"}},
        {"checkout_expiration": "tomorrow"},
        {"billing_address": {"street2": None, "phone": "5555045294"}, "display_order_reference_id": ""},
    ],
)
def test_what_v1_integrations_send_and_its_rules_allow_is_accepted(
    client: httpx.Client, v1_auth: dict[str, str], overrides: dict[str, Any]
) -> None:
    answer = client.post("/v1/checkouts", headers=v1_auth, json=checkout_body(**overrides))
    assert answer.status_code == 200, answer.text


def test_any_webhook_url_text_is_kept(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    answer = client.post("/v1/configuration", headers=v1_auth, json={"webhook_url": "ftp://shop.example"})
    assert answer.status_code == 200

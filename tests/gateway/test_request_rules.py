"""v2 bodies are checked against the spec's request rules, and only those.

What the gateway once refused by rules of its own, which the spec does not state, is accepted; what the
spec states is refused with Sezzle's status and the location of the field at fault.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sezzle._core.rules import rules
from sezzle.gateway import Gateway
from sezzle.gateway._api import API_ROUTES
from sezzle.gateway._request_rules import has_rules
from sezzle.gateway._v1api import V1_ROUTES

from .conftest import authorized_order, error_of, new_order, price, session_body

Change = Callable[[dict[str, Any]], None]


def _item(**changes: Any) -> dict[str, Any]:
    return {"name": "widget", "sku": "w-1", "quantity": 1, "price": price(5_000), **changes}


def _order(**changes: Any) -> Change:
    def change(body: dict[str, Any]) -> None:
        body["order"].update(changes)

    return change


def _customer(**changes: Any) -> Change:
    def change(body: dict[str, Any]) -> None:
        body["customer"] = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", **changes}

    return change


def _top(**changes: Any) -> Change:
    def change(body: dict[str, Any]) -> None:
        body.update(changes)

    return change


# One entry per rule the gateway no longer checks by hand, with an input that rule used to refuse.
NOW_ACCEPTED: dict[str, Change] = {
    "null-for-optional-fields": _order(locale=None, tax_amount=None, discounts=None, checkout_mode=None),
    "null-dob-and-address": _customer(dob=None, billing_address=None, phone=None),
    "dob-placeholder-date": _customer(dob="0000-00-00"),
    "dob-as-timestamp": _customer(dob="1990-05-17T00:00:00+00:00"),
    "locale-en_US": _order(locale="en_US"),
    "locale-fr_CA": _order(locale="fr_CA"),
    "discount-without-name": _order(discounts=[{"amount": price(500)}]),
    "discount-of-zero": _order(discounts=[{"name": "none", "amount": price(0)}]),
    "discount-negative": _order(discounts=[{"name": "rebate", "amount": price(-500)}]),
    "discount-as-bare-price": _order(discounts=[price(500)]),
    "discount-name-numeric-text": _order(discounts=[{"name": "0.0000", "amount": price(500)}]),
    "address-empty-object": _customer(shipping_address={}),
    "address-missing-parts": _customer(billing_address={"street": "1 Main St", "city": "Minneapolis"}),
    "address-empty-parts": _customer(billing_address={"street": "", "city": "", "state": "", "postal_code": ""}),
    "address-phone-alias": _customer(shipping_address={"street": "1 Main St", "phone_number": "6515550133"}),
    "customer-empty-names": _customer(first_name="", last_name=""),
    "item-without-sku": _order(items=[{"name": "widget", "quantity": 1, "price": price(5_000)}]),
    "item-null-sku": _order(items=[_item(sku=None)]),
    "item-negative-price": _order(items=[_item(price=price(-500))]),
    "quantity-float": _order(items=[_item(quantity=2.0)]),
    "quantity-decimal-string": _order(items=[_item(quantity="2.0000")]),
    "unknown-keys": _top(authToken="eyJ...", httpMethod="POST"),
    "unknown-keys-in-order": _order(store_id=7, customer_note="leave at door"),
    "url-method-post": _top(complete_url={"href": "https://shop.example/done", "method": "POST"}),
    "checkout-expiration-not-a-date": _order(checkout_expiration="next tuesday"),
}


@pytest.mark.parametrize("change", NOW_ACCEPTED.values(), ids=NOW_ACCEPTED.keys())
def test_what_only_the_gateway_refused_is_accepted(client: httpx.Client, auth: dict[str, str], change: Change) -> None:
    body = session_body()
    change(body)

    answer = client.post("/v2/session", headers=auth, json=body)

    assert answer.status_code == 201, answer.text
    order = client.get(f"/v2/order/{answer.json()['order']['uuid']}", headers=auth)
    assert order.status_code == 200


def _without(body: dict[str, Any], *path: str) -> dict[str, Any]:
    body = copy.deepcopy(body)
    target = body
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return body


def _with(body: dict[str, Any], change: Change) -> dict[str, Any]:
    body = copy.deepcopy(body)
    change(body)
    return body


SESSION = session_body()
# What the spec states, broken once each: (body, status, location).
SPEC_SESSION_RULES: dict[str, tuple[dict[str, Any], int, str]] = {
    "cancel-url-required": (_without(SESSION, "cancel_url"), 400, "cancel_url"),
    "href-required": (_without(SESSION, "complete_url", "href"), 400, "complete_url.href"),
    "href-http-or-https": (
        _with(SESSION, _top(complete_url={"href": "ftp://shop.example"})),
        422,
        "complete_url.href",
    ),
    "description-required": (_without(SESSION, "order", "description"), 400, "order.description"),
    "amount-at-least-100": (session_body(cents=99), 422, "order.order_amount.amount_in_cents"),
    "amount-within-int32": (session_body(cents=2**31), 422, "order.order_amount.amount_in_cents"),
    "amount-an-integer": (session_body(cents=100.5), 400, "order.order_amount.amount_in_cents"),  # type: ignore[arg-type]
    "currency-three-capitals": (session_body(currency="usd"), 422, "order.order_amount.currency"),
    "item-name-not-empty": (_with(SESSION, _order(items=[_item(name="")])), 422, "order.items[0].name"),
    "item-quantity-whole": (_with(SESSION, _order(items=[_item(quantity="2.5")])), 422, "order.items[0].quantity"),
    "item-price-required": (
        _with(SESSION, _order(items=[{"name": "widget", "quantity": 1}])),
        400,
        "order.items[0].price",
    ),
    "discount-currency": (
        _with(SESSION, _order(discounts=[{"amount": price(500, "us")}])),
        422,
        "order.discounts[0].amount.currency",
    ),
    "locale-listed": (_with(SESSION, _order(locale="de_DE")), 422, "order.locale"),
    "metadata-strings": (_with(SESSION, _order(metadata={"count": 3})), 400, "order.metadata.count"),
}


@pytest.mark.parametrize(("body", "status", "location"), SPEC_SESSION_RULES.values(), ids=SPEC_SESSION_RULES.keys())
def test_what_the_spec_states_is_refused_at_the_field(
    client: httpx.Client, auth: dict[str, str], body: dict[str, Any], status: int, location: str
) -> None:
    answer = client.post("/v2/session", headers=auth, json=body)

    assert answer.status_code == status
    error = error_of(answer)
    assert (error["code"], error["location"]) == ("bad_request" if status == 400 else "invalid", location)
    assert location in error["message"]


@pytest.mark.parametrize(
    ("action", "body", "status", "location"),
    [
        ("capture", {}, 400, "capture_amount"),
        ("capture", {"capture_amount": price(0)}, 422, "capture_amount.amount_in_cents"),
        (
            "capture",
            {"capture_amount": {"amount_in_cents": "2500", "currency": "USD"}},
            400,
            "capture_amount.amount_in_cents",
        ),
        ("capture", {"capture_amount": price(100), "partial_capture": "no"}, 400, "partial_capture"),
        ("refund", price(0), 422, "amount_in_cents"),
        ("release", {"amount_in_cents": 100}, 400, "currency"),
        ("reauthorize", price(100, "US"), 422, "currency"),
        ("upcharge", {"intent": "AUTH"}, 400, "amount_in_cents"),
        ("upcharge", {"intent": "AUTH", "upcharge_amount": None}, 400, "amount_in_cents"),
        ("upcharge", {"intent": "AUTH", "amount_in_cents": 0, "currency": "USD"}, 422, "amount_in_cents"),
        ("upcharge", {"intent": "AUTH", "amount_in_cents": "12", "currency": "USD"}, 400, "amount_in_cents"),
        ("upcharge", {"intent": "AUTH", "amount_in_cents": 100, "currency": "usd"}, 422, "currency"),
    ],
)
def test_money_moving_amounts_follow_the_spec(
    client: httpx.Client,
    gateway: Gateway,
    auth: dict[str, str],
    action: str,
    body: dict[str, Any],
    status: int,
    location: str,
) -> None:
    order_uuid = authorized_order(client, auth, gateway, intent="CAPTURE")
    before = gateway.state.order(order_uuid).effects

    answer = client.post(f"/v2/order/{order_uuid}/{action}", headers=auth, json=body)

    assert answer.status_code == status
    assert error_of(answer)["location"] == location
    assert gateway.state.order(order_uuid).effects == before


@pytest.mark.parametrize(
    "content", [b"[]", b'"capture"', b"null", b"{not json"], ids=["array", "string", "null", "not-json"]
)
def test_a_body_that_is_not_a_json_object_is_a_bad_request(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], content: bytes
) -> None:
    order_uuid = authorized_order(client, auth, gateway)

    answer = client.post(
        f"/v2/order/{order_uuid}/capture", headers={**auth, "Content-Type": "application/json"}, content=content
    )

    assert answer.status_code == 400
    error = error_of(answer)
    assert error["code"] == "bad_request"
    assert "location" not in error


def test_an_upcharge_with_its_amount_at_the_top_level_works_like_upcharge_amount(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    parent = authorized_order(client, auth, gateway, cents=10_000)

    flat = client.post(
        f"/v2/order/{parent}/upcharge",
        headers=auth,
        json={"intent": "CAPTURE", "amount_in_cents": 1_000, "currency": "USD"},
    )
    nested_null = client.post(
        f"/v2/order/{parent}/upcharge",
        headers=auth,
        json={"intent": "AUTH", "upcharge_amount": None, **price(500)},
    )
    over = client.post(f"/v2/order/{parent}/upcharge", headers=auth, json={"intent": "AUTH", **price(1)})

    assert flat.status_code == nested_null.status_code == 200
    assert flat.json()["order_amount"] == price(1_000)
    assert gateway.state.order(flat.json()["uuid"]).captured_cents == 1_000
    assert nested_null.json()["order_amount"] == price(500)
    assert (over.status_code, error_of(over)["code"], error_of(over)["location"]) == (
        422,
        "upcharge_limit_exceeded",
        "amount_in_cents",
    )
    other = client.post(f"/v2/order/{parent}/upcharge", headers=auth, json={"intent": "AUTH", **price(1, "CAD")})
    assert (error_of(other)["code"], error_of(other)["location"]) == ("currency_mismatch", "currency")


def test_express_checkout_amounts_need_not_be_positive(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = new_order(client, auth)
    update = {
        "currency_code": "USD",
        "address_uuid": "addr-1",
        "shipping_amount_in_cents": -100,
        "tax_amount_in_cents": None,
        "shipping_options": [{"name": "pickup", "shipping_amount_in_cents": 0}],
    }

    answer = client.patch(f"/v2/order/{order_uuid}/checkout", headers=auth, json=update)
    nameless = client.patch(
        f"/v2/order/{order_uuid}/checkout",
        headers=auth,
        json={**update, "shipping_options": [{"tax_amount_in_cents": 1}]},
    )
    other = client.patch(f"/v2/order/{order_uuid}/checkout", headers=auth, json={**update, "currency_code": "CAD"})

    assert answer.status_code == 204
    assert (nameless.status_code, error_of(nameless)["location"]) == (400, "shipping_options[0].name")
    assert (other.status_code, error_of(other)["code"]) == (422, "currency_mismatch")


def test_a_card_session_takes_the_same_items_and_customers_as_a_checkout(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    body = {
        "origin": "https://shop.example",
        "mode": "iframe",
        "merchant_reference_id": "cart-42",
        **price(1_000),
        "card_response_format": None,
        "customer": {"first_name": "Ada", "billing_address": {"country_code": "US"}, "dob": "0000-00-00"},
        "items": [{"name": "widget", "quantity": "1.0000", "price": price(1_000)}],
    }

    answer = client.post("/v2/session/card", headers=auth, json=body)

    assert answer.status_code == 201, answer.text


def test_every_route_that_takes_a_body_is_checked_against_the_rules() -> None:
    with_body = {route.operation for route in API_ROUTES if route.method in ("POST", "PATCH", "PUT")}
    v2_rules = {operation for operation in rules().operations() if " /v2/" in operation}
    v1_with_body = {route.operation for route in V1_ROUTES if route.operation in rules().operations()}

    assert with_body == v2_rules
    assert all(has_rules(operation) for operation in with_body | v1_with_body)
    # every v1 body the rules describe has its route: checkouts, refunds, configuration, authentication
    assert v1_with_body == {operation for operation in rules().operations() if " /v1/" in operation}

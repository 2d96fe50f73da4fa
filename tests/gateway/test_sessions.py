"""Sessions: what creating one answers, what it refuses, and reading it back."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from sezzle.gateway import Gateway

from .conftest import START, error_of, new_order, price, session_body


def test_a_session_with_an_order_answers_links_and_a_checkout_url(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    answer = client.post("/v2/session", headers=auth, json=session_body(intent="CAPTURE"))

    assert answer.status_code == 201
    body = answer.json()
    assert body["links"] == [{"href": f"{gateway.url}/v2/session/{body['uuid']}", "method": "GET", "rel": "self"}]
    order = body["order"]
    assert order["intent"] == "CAPTURE"
    assert order["checkout_url"].startswith(gateway.url)
    order_link = f"{gateway.url}/v2/order/{order['uuid']}"
    assert {(link["rel"], link["method"], link["href"]) for link in order["links"]} == {
        ("self", "GET", order_link),
        ("self", "PATCH", order_link),
        ("release", "POST", f"{order_link}/release"),
        ("capture", "POST", f"{order_link}/capture"),
        ("refund", "POST", f"{order_link}/refund"),
    }
    assert "tokenize" not in body


def test_get_session_shows_the_same_order_and_tokenize_request(client: httpx.Client, auth: dict[str, str]) -> None:
    request = session_body()
    request["customer"] = {"tokenize": True, "email": "ada@example.com"}
    created = client.post("/v2/session", headers=auth, json=request).json()

    fetched = client.get(f"/v2/session/{created['uuid']}", headers=auth)

    assert fetched.status_code == 200
    assert fetched.json() == created
    tokenize = created["tokenize"]
    assert tokenize["approval_url"]
    assert tokenize["links"][0]["rel"] == "token"
    assert tokenize["links"][0]["href"].endswith(f"/v2/token/{tokenize['token']}/session")


def test_a_new_order_is_an_active_checkout_with_the_details_sent(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = new_order(client, auth, metadata={"store": "north"}, tax_amount=price(500))

    order = client.get(f"/v2/order/{order_uuid}", headers=auth).json()

    assert order["checkout_status"] == "active"
    assert order["intent"] == "AUTH"
    assert order["reference_id"] == "ord_1"
    assert order["description"] == "two widgets"
    assert order["order_amount"] == price(10_000)
    assert order["metadata"] == {"store": "north"}
    assert order["tax_amount"] == price(500)
    assert order["is_upcharge"] is False
    assert "authorization" not in order
    assert order["checkout_expiration"] == "2026-03-03T12:00:00.000Z"


def _without(body: dict[str, Any], *path: str) -> dict[str, Any]:
    target = body
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return body


@pytest.mark.parametrize(
    ("body", "location"),
    [
        (_without(session_body(), "cancel_url"), "cancel_url"),
        (_without(session_body(), "complete_url", "href"), "complete_url.href"),
        (_without(session_body(), "order", "order_amount"), "order.order_amount"),
        (_without(session_body(), "order", "intent"), "order.intent"),
        (session_body(cents="100"), "order.order_amount.amount_in_cents"),  # type: ignore[arg-type]
        (session_body(metadata={"count": 3}), "order.metadata.count"),
    ],
    ids=["no-cancel-url", "no-href", "no-amount", "no-intent", "amount-as-string", "metadata-not-string"],
)
def test_malformed_sessions_are_400_naming_the_field(
    client: httpx.Client, auth: dict[str, str], body: dict[str, Any], location: str
) -> None:
    answer = client.post("/v2/session", headers=auth, json=body)

    assert answer.status_code == 400
    error = error_of(answer)
    assert error["code"] == "bad_request"
    assert error["location"] == location


@pytest.mark.parametrize(
    ("body", "location"),
    [
        (session_body(cents=99), "order.order_amount.amount_in_cents"),
        (session_body(currency="usd"), "order.order_amount.currency"),
        (session_body(intent="LATER"), "order.intent"),
        (session_body(reference_id="has spaces"), "order.reference_id"),
    ],
    ids=["below-minimum", "lowercase-currency", "unknown-intent", "bad-reference"],
)
def test_rule_breaking_sessions_are_422_naming_the_field(
    client: httpx.Client, auth: dict[str, str], body: dict[str, Any], location: str
) -> None:
    answer = client.post("/v2/session", headers=auth, json=body)

    assert answer.status_code == 422
    error = error_of(answer)
    assert error["code"] == "invalid"
    assert error["location"] == location


@pytest.mark.parametrize(
    ("customer", "status", "location"),
    [
        (None, 400, "customer"),
        ({"email": "ada@example.com"}, 400, "customer.tokenize"),
        ({"tokenize": None}, 422, "customer.tokenize"),
        ({"tokenize": False}, 422, "customer.tokenize"),
    ],
    ids=["no-customer", "no-tokenize", "null-tokenize", "tokenize-false"],
)
def test_a_session_needs_an_order_or_a_tokenizing_customer(
    client: httpx.Client, auth: dict[str, str], customer: dict[str, Any] | None, status: int, location: str
) -> None:
    body = _without(session_body(), "order")
    if customer is not None:
        body["customer"] = customer

    answer = client.post("/v2/session", headers=auth, json=body)

    assert answer.status_code == status
    assert error_of(answer)["location"] == location


def test_a_tokenize_only_session_has_no_order(client: httpx.Client, auth: dict[str, str]) -> None:
    body = _without(session_body(), "order")
    body["customer"] = {"tokenize": True}

    answer = client.post("/v2/session", headers=auth, json=body)

    assert answer.status_code == 201
    assert "order" not in answer.json()
    assert answer.json()["tokenize"]["expiration"] == "2026-03-02T12:30:00.000Z"


def test_a_body_that_is_not_json_is_a_bad_request(client: httpx.Client, auth: dict[str, str]) -> None:
    answer = client.post("/v2/session", headers={**auth, "Content-Type": "application/json"}, content=b"{nope")

    assert answer.status_code == 400
    assert error_of(answer)["code"] == "bad_request"


def test_unknown_session_and_unknown_path_are_404(client: httpx.Client, auth: dict[str, str]) -> None:
    assert error_of(client.get("/v2/session/nope", headers=auth))["code"] == "record_not_found"
    assert client.get("/v2/nothing-here", headers=auth).status_code == 404


def test_a_known_path_with_the_wrong_method_is_405(client: httpx.Client, auth: dict[str, str]) -> None:
    answer = client.put("/v2/session", headers=auth, json={})

    assert answer.status_code == 405
    assert error_of(answer)["code"] == "method_not_allowed"


def test_a_checkout_expiration_in_the_past_is_accepted_and_the_checkout_is_already_over(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    order_uuid = new_order(client, auth, checkout_expiration="2026-03-02T11:00:00Z")

    assert client.get(f"/v2/order/{order_uuid}", headers=auth).json()["checkout_status"] == "deleted"


def test_the_checkout_expires_on_the_simulated_clock(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    expires = (START + timedelta(minutes=10)).isoformat()
    order_uuid = new_order(client, auth, checkout_expiration=expires)

    gateway.clock.advance(timedelta(minutes=10))

    assert client.get(f"/v2/order/{order_uuid}", headers=auth).json()["checkout_status"] == "deleted"


@pytest.mark.parametrize(
    ("sent", "locale"),
    [("en-US", "en-US"), ("en_US", "en-US"), ("en_CA", "en-CA"), ("fr_CA", "fr-CA"), ("fr-CA", "fr-CA"), (None, None)],
)
def test_either_locale_form_is_the_same_locale(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], sent: str | None, locale: str | None
) -> None:
    order = client.post("/v2/session", headers=auth, json=session_body(locale=sent)).json()["order"]

    assert gateway.state.order(order["uuid"]).locale == locale
    assert f"lang='{locale or 'en-US'}'" in client.get(order["checkout_url"]).text


@pytest.mark.parametrize("quantity", [2, 2.0, "2", "2.0000"])
def test_a_whole_quantity_in_any_form_is_a_whole_number(
    client: httpx.Client, auth: dict[str, str], quantity: Any
) -> None:
    item = {"name": "widget", "quantity": quantity, "price": price(5_000)}
    order_uuid = new_order(client, auth, items=[item])

    items = client.get(f"/v2/order/{order_uuid}", headers=auth).json()["items"]

    assert items == [{"name": "widget", "quantity": 2, "price": price(5_000)}]

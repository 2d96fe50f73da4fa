"""Tokenization and tokenized customers: consent, lookups, preapproval, orders, revocation."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from sezzle.errors import InvalidInputError
from sezzle.gateway import Gateway

from .conftest import bearer, error_of, price, session_body


def tokenize_session(client: httpx.Client, auth: dict[str, str], **customer: Any) -> str:
    body = session_body()
    del body["order"]
    body["customer"] = {"tokenize": True, **customer}
    answer = client.post("/v2/session", headers=auth, json=body)
    assert answer.status_code == 201
    token: str = answer.json()["tokenize"]["token"]
    return token


@pytest.fixture
def customer_uuid(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> str:
    token = tokenize_session(client, auth, email="ada@example.com", first_name="Ada", last_name="Lovelace")
    return gateway.shopper.accept_tokenization(token)


def test_the_token_session_shows_the_customer_only_after_consent(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    token = tokenize_session(client, auth)
    before = client.get(f"/v2/token/{token}/session", headers=auth)
    assert before.status_code == 200
    assert before.json()["token"] == token
    assert "customer" not in before.json()

    customer = gateway.shopper.accept_tokenization(token)

    after = client.get(f"/v2/token/{token}/session", headers=auth).json()
    assert after["customer"]["uuid"] == customer
    assert after["customer"]["expiration"] == "2027-03-02T12:00:00.000Z"
    assert {link["rel"] for link in after["customer"]["links"]} >= {"self", "preapprove", "order"}


def test_a_tokenization_token_is_used_once_and_expires(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    used, declined, late = (tokenize_session(client, auth) for _ in range(3))
    gateway.shopper.accept_tokenization(used)
    gateway.shopper.decline_tokenization(declined)
    gateway.clock.advance(timedelta(minutes=30))

    for token, code in ((used, "already_completed"), (declined, "already_completed"), (late, "token_is_expired")):
        with pytest.raises(InvalidInputError, match=code):
            gateway.shopper.accept_tokenization(token)
    assert len(gateway.state.customers) == 1


def test_get_and_list_customers(client: httpx.Client, auth: dict[str, str], customer_uuid: str) -> None:
    customer = client.get(f"/v2/customer/{customer_uuid}", headers=auth)
    listing = client.get("/v2/customer", headers=auth)

    assert customer.status_code == 200
    assert customer.json()["email"] == "ada@example.com"
    assert customer.json()["first_name"] == "Ada"
    assert customer.json()["token_expiration"] == "2027-03-02T12:00:00.000Z"
    assert [entry["uuid"] for entry in listing.json()] == [customer_uuid]


def test_deleting_a_customer_revokes_it(client: httpx.Client, auth: dict[str, str], customer_uuid: str) -> None:
    assert client.delete(f"/v2/customer/{customer_uuid}", headers=auth).status_code == 204

    assert error_of(client.get(f"/v2/customer/{customer_uuid}", headers=auth))["code"] == "record_not_found"
    assert client.get("/v2/customer", headers=auth).json() == []
    order = client.post(
        f"/v2/customer/{customer_uuid}/order",
        headers=auth,
        json={"intent": "AUTH", "reference_id": "sub_1", "order_amount": price(500)},
    )
    assert order.status_code == 404


def test_preapprove_follows_the_spending_limit(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], customer_uuid: str
) -> None:
    gateway.shopper.set_spending_limit(customer_uuid, 5_000)

    within = client.post(f"/v2/customer/{customer_uuid}/preapprove", headers=auth, json=price(5_000))
    beyond = client.post(f"/v2/customer/{customer_uuid}/preapprove", headers=auth, json=price(5_001))

    assert within.status_code == beyond.status_code == 200
    assert within.json()["approved"] is True
    assert beyond.json()["approved"] is False
    assert within.json()["uuid"]
    assert gateway.state.orders == []


@pytest.mark.parametrize("intent", ["AUTH", "CAPTURE"])
def test_an_approved_customer_order(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], customer_uuid: str, intent: str
) -> None:
    answer = client.post(
        f"/v2/customer/{customer_uuid}/order",
        headers=auth,
        json={"intent": intent, "reference_id": "sub_1", "order_amount": price(2_500)},
    )

    assert answer.status_code == 200
    body = answer.json()
    assert body["intent"] == intent
    assert body["reference_id"] == "sub_1"
    assert body["authorization"]["approved"] is True
    assert len(body["authorization"]["captures"]) == (1 if intent == "CAPTURE" else 0)
    order = gateway.state.order(body["uuid"])
    assert order.customer_uuid == customer_uuid
    assert order.captured_cents == (2_500 if intent == "CAPTURE" else 0)


def test_a_declined_customer_order_is_still_http_200(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], customer_uuid: str
) -> None:
    gateway.shopper.set_spending_limit(customer_uuid, 1_000)

    answer = client.post(
        f"/v2/customer/{customer_uuid}/order",
        headers=auth,
        json={"intent": "CAPTURE", "reference_id": "sub_1", "order_amount": price(2_500)},
    )

    assert answer.status_code == 200
    assert answer.json()["authorization"]["approved"] is False
    assert answer.json()["authorization"]["captures"] == []
    assert client.get(f"/v2/order/{answer.json()['uuid']}", headers=auth).json()["checkout_status"] == "denied"


@pytest.mark.parametrize(
    ("body", "status", "location"),
    [
        ({"order_amount": price(500)}, 400, "intent"),
        ({"intent": "AUTH", "reference_id": "sub_1"}, 400, "order_amount"),
        ({"intent": "AUTH", "order_amount": price(500)}, 400, "reference_id"),
        ({"intent": "AUTH", "reference_id": "sub_1", "order_amount": price(99)}, 422, "order_amount.amount_in_cents"),
        (
            {
                "intent": "AUTH",
                "reference_id": "sub_1",
                "order_amount": price(500),
                "financing_options": ["4-pay-biweekly", "6-pay-monthly"],
            },
            422,
            "financing_options",
        ),
    ],
)
def test_customer_order_validation(
    client: httpx.Client, auth: dict[str, str], customer_uuid: str, body: dict[str, Any], status: int, location: str
) -> None:
    answer = client.post(f"/v2/customer/{customer_uuid}/order", headers=auth, json=body)

    assert answer.status_code == status
    assert error_of(answer)["location"] == location


def test_an_expired_customer_token_cannot_order(client: httpx.Client, gateway: Gateway, customer_uuid: str) -> None:
    gateway.clock.advance(timedelta(days=366))

    answer = client.post(
        f"/v2/customer/{customer_uuid}/order",
        headers=bearer(client, gateway),
        json={"intent": "AUTH", "reference_id": "sub_1", "order_amount": price(500)},
    )

    assert answer.status_code == 422
    assert error_of(answer)["code"] == "token_is_expired"


def test_tokenizing_during_checkout_links_the_order_to_the_customer(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    body = session_body()
    body["customer"] = {"tokenize": True, "email": "ada@example.com"}
    session = client.post("/v2/session", headers=auth, json=body).json()

    customer = gateway.shopper.accept_tokenization(session["tokenize"]["token"])
    gateway.shopper.complete_checkout(session["order"]["uuid"])

    assert gateway.state.order(session["order"]["uuid"]).customer_uuid == customer
    assert gateway.state.customer(customer).details["email"] == "ada@example.com"


def test_unknown_tokens_are_404_and_customer_tokens_are_not_implemented(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    assert error_of(client.get("/v2/token/nope/session", headers=auth))["code"] == "record_not_found"
    assert client.get("/v2/token/nope/customer", headers=auth).status_code == 501
